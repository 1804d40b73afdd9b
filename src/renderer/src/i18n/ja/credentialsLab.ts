import type en from '../en/credentialsLab'

const ja: typeof en = {
  title: '認証情報ラボ',
  intro:
    'ゲスト、テストログイン、またはトークンで ID プールから AWS 認証情報を取得し、各呼び出しを確認します。',
  pool: 'ID プール',
  poolPlaceholder: 'ID プールを選ぶか ID を入力',
  source: '誰として',
  sources: {
    guest: 'ゲスト',
    login: 'テストログイン',
    token: 'トークンを貼り付け',
    developer: '開発者プロバイダー'
  },
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
  developer: {
    provider: '開発者プロバイダー名',
    noProvider:
      'この ID プールには開発者プロバイダーがありません。プールを編集して設定してください（バックエンドの名前、例: login.example.com）。',
    providerUnknown: 'ID プールを選ぶと、その開発者プロバイダーが表示されます。',
    userIdentifier: 'バックエンドのユーザー ID',
    userIdentifierPlaceholder: 'バックエンドでそのユーザーを識別する ID',
    identityId: '既存の ID（任意）',
    identityIdHint:
      '空のままならこのユーザー ID の ID を取得（なければ作成）します。指定すると、その ID にユーザー ID をリンクします。',
    tokenDuration: 'トークンの有効期間（任意）',
    tokenDurationHint: '空のままなら Cognito の既定の {default} 秒（15 分）。最大 {max} 秒（24 時間）。',
    seconds: '秒',
    loginsThen:
      'デベロッパーログインとして GetOpenIdTokenForDeveloperIdentity に送り、返ったトークンを {key} のキーで送ります。',
    problems: {
      userIdMissing: 'サインインするバックエンドのユーザー ID を入力してください。',
      userIdTooLong: 'バックエンドのユーザー ID は最大 {max} 文字です。短くしてください。',
      identityIdFormat:
        'ID は us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd の形です。プールの ID 一覧からコピーするか、空にしてください。',
      identityIdRegion:
        'この ID は {region} のものですが、ID プールは {poolRegion} にあります。このプールの ID を使うか、空にしてください。',
      durationRange: '{min} から {max}（24 時間）までの整数の秒数を入力するか、空にして 15 分にしてください。'
    }
  },
  openIdToken: {
    title: 'OpenID トークン',
    issuedBy: '発行した呼び出し',
    token: 'トークン',
    issuer: '発行者（iss）',
    subject: 'ID（sub）',
    audience: 'ID プール（aud）',
    amr: 'サインイン（amr）',
    validity: '有効期間',
    fromTo: '{from} から {to} まで',
    allClaims: 'すべてのクレーム',
    opaque:
      'このトークンは JSON Web Token ではないため、クレームを表示できません（Cognito は JWT を発行しますが、エミュレーターはそうとは限りません）。'
  },
  unlink: {
    title: 'リンクされたログイン',
    about:
      'ID {identityId} はログイン {provider} にリンクされています。リンク解除すると、このログインが ID から外れます (この実行のトークンを付けて UnlinkIdentity を送ります)。',
    action: 'このログインのリンクを解除',
    confirmTitle: '{provider} のリンクを解除しますか?',
    confirmText:
      'Cognito は ID {identityId} からログイン {provider} を外します。ID は残りますが、このログインはなくなります。同じログインで再度サインインすると別の ID になります。ログインが一つも残らない ID は未認証 (ゲスト) 専用になります。',
    done: 'ログイン {provider} を {identityId} からリンク解除しました。ID は残り、このログインだけがなくなりました。ほかにログインが残っていなければ、未認証専用の ID です。',
    developer:
      'この ID のログインは開発者認証 ID です。ID プールの「開発者認証 ID」タブで、バックエンドのユーザー ID を UnlinkDeveloperIdentity でリンク解除してください。',
    developerLink: '開発者認証 ID を開く',
    refusals: {
      RUN_GONE:
        'この実行のログインはもうメモリにありません (最長 1 時間、トークンの有効期限まで保持し、接続を切り替えると破棄します)。ラボをもう一度実行してからリンク解除してください。',
      PROVIDER_NOT_IN_RUN:
        'この実行は {provider} でサインインしていません。先にそのログインでラボを実行してください。',
      DEVELOPER_LOGIN:
        '開発者認証 ID のログインは「開発者認証 ID」タブで UnlinkDeveloperIdentity によりリンク解除します。'
    }
  },
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
      'ベーシックフローには引き受けるロールが必要ですが、指定がなく、プールからも読み出せませんでした。',
    NO_DEVELOPER_PROVIDER:
      'この ID プールには開発者プロバイダーがないため、バックエンドのユーザー ID ではサインインできません。'
  }
}

export default ja
