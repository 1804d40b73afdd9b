import type en from '../en/developerIdentities'

const ja: typeof en = {
  tab: '開発者認証 ID',
  intro:
    'バックエンドがユーザーをサインインさせ、開発者プロバイダー {provider} の下で独自のユーザー ID で識別します。Cognito はユーザー ID ごとに ID を保持します。',
  noProvider:
    'この ID プールには開発者プロバイダーがありません。開発者認証 ID を使うには、プールを編集して名前（バックエンドの名前、例: login.example.com）を付けてください。',
  notOffered:
    'このエンドポイントはこの開発者 ID の呼び出しを提供していません。Cognito 本体では利用できます。',
  userIdentifier: 'バックエンドのユーザー ID',
  identityId: 'ID',
  find: '検索',
  findBy: { userIdentifier: 'ユーザー ID で', identityId: 'ID で' },
  linked: '{identityId} にリンクされたユーザー ID',
  noneLinked: 'この ID にリンクされたユーザー ID はありません。',
  unlink: 'リンク解除',
  unlinkTitle: '{user} のリンクを解除しますか?',
  unlinkText:
    'ユーザー ID {user} は {identityId} としてサインインしなくなります。バックエンド経由の次のサインインで別の ID が作成または検索されます。',
  unlinked: '{user} のリンクを解除しました。',
  issue: {
    title: 'ユーザー ID のトークンを取得',
    about:
      'バックエンドがサインイン時に行う処理（GetOpenIdTokenForDeveloperIdentity）です。ユーザー ID の ID（新しければ作成してリンク）と、その OpenID トークンを返します。トークンはここにだけ表示され、保存されません。',
    action: 'ID とトークンを取得',
    identity: 'ID',
    token: 'OpenID トークン',
    done: '{user} の ID は {identityId} です。'
  },
  merge: {
    title: '2 つのユーザー ID の ID を統合',
    about:
      'ソースのユーザー ID の ID が宛先の ID に統合され、両方のユーザー ID が 1 つの ID でサインインします。元に戻せません。',
    source: 'ソースのユーザー ID',
    destination: '宛先のユーザー ID',
    action: '統合…',
    confirmTitle: '{source} の ID を {destination} に統合しますか?',
    confirmText:
      '{source} は {destination} の ID でサインインするようになり、元の ID は統合されて消えます。元に戻せません。',
    confirm: '統合',
    done: '統合しました。両方のユーザー ID は {identityId} でサインインします。'
  }
}

export default ja
