import type en from '../en/triggers'

const ja: typeof en = {
  tab: 'トリガー',
  title: 'Lambda トリガー',
  intro:
    'Cognito はサインアップ、サインイン、メッセージ送信の各時点でこれらの関数を呼び出します。各関数はこのプールからの呼び出しを許可している必要があります。',
  columns: { trigger: 'トリガー', function: '関数', permission: '呼び出し権限' },
  notSet: '未設定',
  set: '設定',
  change: '変更',
  remove: '削除',
  showPermission: 'ステートメント',
  kmsKey: 'カスタム送信者の KMS キー: {key}',
  kinds: {
    preSignUp: {
      name: 'サインアップ前',
      when: 'サインアップ、管理者による作成、フェデレーションサインインでユーザーが作成される前に実行されます。',
      changes: 'サインアップの拒否、ユーザーの確認、メールや電話番号の検証済み設定ができます。'
    },
    customMessage: {
      name: 'カスタムメッセージ',
      when: '検証、招待、MFA、アカウント復旧のメッセージを送る前に実行されます。',
      changes: 'メールの件名と本文、SMS の本文を書き換えられます。'
    },
    postConfirmation: {
      name: '確認後',
      when: 'サインアップの確認、またはパスワードリセットの確認の後に実行されます。',
      changes: 'Cognito 側は何も変わりません。ウェルカム処理や他システムへの登録に使います。'
    },
    preAuthentication: {
      name: '認証前',
      when: 'サインイン時、パスワードの確認前に実行されます。',
      changes: 'サインインを拒否できます。'
    },
    postAuthentication: {
      name: '認証後',
      when: 'サインインの成功後に実行されます。',
      changes: 'Cognito 側は何も変わりません。ログや分析に使います。'
    },
    defineAuthChallenge: {
      name: '認証チャレンジの定義',
      when: 'カスタム認証フローの各段階で実行されます。',
      changes: '次のチャレンジ、トークン発行、サインイン失敗を決めます。'
    },
    createAuthChallenge: {
      name: '認証チャレンジの作成',
      when: '定義トリガーがカスタムチャレンジを求めたときに実行されます。',
      changes: 'チャレンジと期待する回答を作ります。'
    },
    verifyAuthChallengeResponse: {
      name: '認証チャレンジ回答の検証',
      when: 'ユーザーがカスタムチャレンジに回答したときに実行されます。',
      changes: '回答が正しいかどうかを判定します。'
    },
    preTokenGeneration: {
      name: 'トークン生成前',
      when: 'サインインとリフレッシュでトークンを発行する前に実行されます。',
      changes:
        'クレームやグループを追加、変更、非表示にできます。バージョン 1 は ID トークン、2 と 3 はアクセストークンも変更します (3 はマシン間認証にも対応)。'
    },
    userMigration: {
      name: 'ユーザー移行',
      when: 'まだ存在しないユーザーがサインインまたはパスワードリセットをしたときに実行されます。',
      changes: '入力されたパスワードのまま、別のディレクトリからユーザーを作成できます。'
    },
    customEmailSender: {
      name: 'カスタムメール送信者',
      when: 'コードやリンクを送るすべてのメールで、Cognito 自身のメールの代わりに実行されます。',
      changes: '任意のプロバイダーでメールを送ります。コードは KMS キーで暗号化されて届きます。'
    },
    customSmsSender: {
      name: 'カスタム SMS 送信者',
      when: 'コードを送るすべての SMS で、Cognito 自身の SMS の代わりに実行されます。',
      changes: '任意のプロバイダーで SMS を送ります。コードは KMS キーで暗号化されて届きます。'
    },
    inboundFederation: {
      name: 'インバウンドフェデレーション',
      when: 'SAML または OpenID Connect プロバイダー経由でサインインしたときに実行されます。',
      changes: 'プロバイダーが送る属性を、Cognito がユーザーに割り当てる前に変更できます。'
    }
  },
  permission: {
    granted: '許可済み',
    missing: '未許可',
    unknown: '読み取り不可',
    missingHelp:
      '関数のリソースポリシーがこのプールからの呼び出しを許可していません。このステートメントを追加するまでトリガーは失敗します。',
    unknownHelp:
      '関数のポリシーを読み取れませんでした ({reason})。このステートメントが含まれているか確認してください。',
    grantedHelp: '関数のリソースポリシーはこのプールからの呼び出しを許可しています。参考のステートメント:',
    statement: 'リソースポリシーのステートメント',
    cli: 'AWS CLI で追加する場合',
    title: '{trigger} の呼び出し権限'
  },
  form: {
    title: '{trigger} トリガーの設定',
    function: '関数',
    functionPlaceholder: '関数を選ぶか ARN を貼り付けてください',
    functionsUnavailable:
      'アカウントの関数を一覧できませんでした ({reason})。関数の ARN を貼り付けてください。',
    version: 'イベントバージョン',
    kmsKey: 'KMS キー ARN',
    kmsKeyHelp: '2 つのカスタム送信者で共通のキーです。ここで変えるともう一方も変わります。',
    preview: '変更内容',
    previewNone: '(なし)',
    save: 'トリガーを設定'
  },
  removeTitle: '{trigger} トリガーを削除しますか?',
  removeDescription: 'プールは {function} を呼び出さなくなります。関数自体は残ります。',
  saved: '{trigger} は {function} を呼び出します。',
  removed: '{trigger} を削除しました。',
  problems: {
    arnMalformed: '完全な ARN ではありません。例: {example}',
    arnOtherRegion:
      'これは {region} にあり、プールは {expected} にあります。Cognito は同じリージョンのものだけを呼び出します。',
    kmsKeyRequired: 'カスタム送信者には、受け取るコードを暗号化する KMS キーが必要です。',
    versionNotAccepted: 'このトリガーが受け付けるイベントバージョンは {versions} です。'
  }
}

export default ja
