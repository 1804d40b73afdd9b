import type en from '../en/linkedIdentities'

const ja: typeof en = {
  title: 'フェデレーションアカウント',
  intro:
    'このユーザーとしてサインインするプロバイダー（Google、SAML、OIDC など）の ID と、同じ人物と思われる他のユーザーです。',
  identities: 'リンク済みの ID',
  noIdentities: 'このユーザーにリンクされたプロバイダー ID はありません。',
  columns: { provider: 'プロバイダー', userId: 'プロバイダーでのユーザー ID', linked: 'リンク日時' },
  federatedUser:
    'このユーザーはプロバイダー経由のサインインで作成されました。代わりに、本人のネイティブユーザーのページからこの ID をリンクしてください。',
  duplicates: '重複の可能性',
  noDuplicates: 'このメールアドレスまたは電話番号を持つ他のユーザーはいません。',
  from: {
    index: '読み込み済みのプールインデックスから探しました。',
    listUsers: 'email と phone_number の完全一致の ListUsers フィルターで探しました。'
  },
  matchedOn: '{attributes} が同じ',
  unverified: '両方で検証済みではありません。同じ人物か確認してください',
  federatedTwin:
    '{identity} のフェデレーションユーザーです。{username} にリンクすると、どちらのサインインも 1 つのアカウントになります。',
  nativeTwin: '別のネイティブユーザーです。同じ人物なら手作業で統合してください。',
  open: '開く',
  link: 'リンク',
  unlink: 'リンク解除',
  linkNew: 'ID をリンク',
  provider: 'プロバイダー',
  providerPlaceholder: 'プールの ID プロバイダーを選択',
  noProviders:
    'このプールにはリンク先の ID プロバイダーがありません。プールの「ID プロバイダー」タブで追加してください。',
  userId: 'プロバイダーでのユーザー ID（subject）',
  userIdPlaceholder: '例: 110169484474386276334',
  preview: {
    linkTitle: '{identity} を {username} にリンクしますか？',
    unlinkTitle: '{identity} と {username} のリンクを解除しますか？',
    replaceWarning:
      'Cognito は一度もサインインしていない ID しかリンクできないため、先にフェデレーションユーザー {replace} を削除します（属性とグループは失われます）。次に {provider} でサインインすると {username} になります。',
    linkWarning:
      '今後、この ID で {provider} からサインインすると {username} としてサインインします。信頼できるプロバイダーの ID だけをリンクしてください。',
    unlinkWarning:
      'この ID は {username} としてサインインしなくなります。次に {provider} でサインインすると新しいフェデレーションユーザーが作成されます。'
  },
  linked: '{identity} を {username} にリンクしました。',
  linkedReplacing: '{deleted} を削除し、{identity} を {username} にリンクしました。',
  unlinked: '{identity} と {username} のリンクを解除しました。',
  problems: {
    providerRequired: 'ID プロバイダーを選択してください。',
    providerUnknown: 'このプールに {provider} という ID プロバイダーはありません。',
    userIdRequired: 'プロバイダーでのユーザー ID（subject）を入力してください。',
    destinationFederated:
      '{username} 自体がフェデレーションユーザーです。本人のネイティブユーザーに ID をリンクしてください。',
    alreadyLinked: '{identity} はすでにこのユーザーにリンクされています。',
    tooManyIdentities: '1 人のユーザーにリンクできる ID は最大 {max} 個です。先に 1 つ解除してください。',
    replaceSameUser: '{username} を自分自身の置き換えにはできません。',
    replaceNotFederated: '{username} はフェデレーションユーザーではないため、リンクのために削除しません。',
    replaceOtherIdentity: '{username} は {identity} のフェデレーションユーザーではありません。'
  }
}

export default ja
