import type en from '../en/credentialsLab'

const ja: typeof en = {
  title: '認証情報ラボ',
  intro:
    'ゲスト、テストログイン、またはトークンで ID プールから AWS 認証情報を取得し、各呼び出しを確認します。',
  pool: 'ID プール',
  poolPlaceholder: 'ID プールを選ぶか ID を入力',
  source: '誰として',
  sources: { guest: 'ゲスト', login: 'テストログイン', token: 'トークンを貼り付け' },
  login: 'テストログイン',
  loginPlaceholder: 'サインイン済みのテストログインを選択',
  noLogins:
    'サインイン済みのテストログインがありません。テストログイン画面でサインインするか、ID トークンを貼り付けてください。',
  provider: 'プロバイダー',
  providers: {
    cognito: 'Cognito ユーザープール（ID トークン）',
    facebook: 'Facebook',
    google: 'Google',
    amazon: 'Login with Amazon',
    oidc: 'OIDC プロバイダー',
    saml: 'SAML アサーション'
  },
  signIn: 'ユーザーをサインイン…',
  providerKey: 'Logins のキー',
  providerKeyHint: 'ID プールのプロバイダーから入力されます。必要なら編集してください。',
  providerKeyStandard: 'このプロバイダーの標準のキーです。',
  providerKeyNotInPool:
    'このプロバイダーの標準のキーですが、ID プールはこのプロバイダーを登録していないため、ログインは拒否されます。',
  providerKeyEnter: 'プロバイダーの Logins キーを入力してください。',
  token: 'トークン',
  tokenPlaceholder: 'トークンを貼り付け（SAML アサーションは base64）',
  flow: 'フロー',
  flows: {
    enhanced: '拡張: GetId → GetCredentialsForIdentity',
    basic: 'ベーシック: GetId → GetOpenIdToken → STS AssumeRoleWithWebIdentity'
  },
  customRole: 'カスタムロール ARN（任意）',
  role: '引き受けるロール',
  rolePlaceholder: 'エンドポイントが返せばプールのロールが既定になります',
  logins: 'Logins マップ',
  loginToken: '（{username} の ID トークン）',
  loginsGuest: 'Logins マップなし: ゲストのアイデンティティです。',
  run: '認証情報を取得',
  steps: 'ステップ',
  noCallMade: '呼び出しは行われていません。ID プールに何も送信する前に停止しました。',
  request: 'リクエスト',
  response: 'レスポンス',
  ms: '{ms} ミリ秒',
  result: '認証情報',
  identityId: 'アイデンティティ ID',
  accessKeyId: 'アクセスキー ID',
  secretKey: 'シークレットアクセスキー',
  sessionToken: 'セッショントークン',
  expires: '有効期限',
  expiresIn: '残り {time}',
  expired: '期限切れ',
  assumedRole: '引き受けたロール',
  caller: 'この認証情報での STS GetCallerIdentity',
  copyAs: 'コピー形式',
  formats: {
    env: '環境変数（sh）',
    powershell: '環境変数（PowerShell）',
    profile: 'credentials ファイルのプロファイル',
    json: 'JSON（credential_process）'
  },
  memoryOnly: 'この認証情報はこのウィンドウのメモリにだけあります。',
  failed: 'フローが止まりました',
  invalidPool: 'ID プール ID は us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd の形です。',
  failures: {
    GUEST_DISABLED:
      'この ID プールではゲストアクセスがオフのため、ログインなしの訪問者は ID を得られません。',
    PROVIDER_NOT_CONFIGURED:
      'この ID プールは {provider} からのログインを受け付けません。認証プロバイダーに含まれていません。',
    TOKEN_OTHER_CLIENT:
      'この ID トークンは、ID プールがこのユーザープールに対して登録していないアプリクライアントに発行されたものです。',
    ROLE_TRUST:
      'ロールがこの ID を拒否しました。信頼ポリシーがこのプールの cognito-identity.amazonaws.com を許可していないか、プールに該当するロールがありません。',
    CLASSIC_FLOW_DISABLED: 'この ID プールではベーシック（クラシック）フローがオフです。',
    TOKEN_EXPIRED: 'ID トークンの有効期限が切れています。',
    WRONG_PROVIDER_KEY: 'Logins のキーがトークンまたはプロバイダーと合っていません。',
    NOT_AN_ID_TOKEN:
      'これは ID トークンではありません。ID プールにはユーザープールの ID トークンを渡します。',
    NO_ROLE:
      'ベーシックフローには引き受けるロールが必要ですが、指定がなく、プールからも読み出せませんでした。'
  }
}

export default ja
