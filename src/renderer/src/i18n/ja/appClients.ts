import type en from '../en/appClients'

const ja: typeof en = {
  title: 'アプリクライアント',
  create: 'アプリクライアントを作成',
  createTitle: '新しいアプリクライアント',
  editTitle: 'アプリクライアント {name} の編集',
  empty: 'このプールにはまだアプリクライアントがありません。',
  created: 'アプリクライアント {name} を作成しました。',
  saved: 'アプリクライアント {name} を保存しました。',
  deleted: 'アプリクライアント {name} を削除しました。',
  rotated: '{name} のシークレットをローテーションし、古いシークレット {count} 件を削除しました。',
  review: '変更を確認',
  previewEdit: 'アプリクライアント {name} を保存しますか?',
  previewCreate: 'アプリクライアント {name} を作成しますか?',
  units: { seconds: '秒', minutes: '分', hours: '時間', days: '日' },
  existence: {
    ENABLED: '隠す: 存在しないユーザーにもサインインと復旧で同じ応答',
    LEGACY: '従来: ユーザーが存在しないことを伝える'
  },
  problems: {
    urlFormat:
      '{field}: {url} は Cognito が受け付ける URL ではありません。https://app.example.com/callback のような完全な URL を入力してください。',
    urlFragment:
      '{field}: {url} にフラグメント (#...) があります。削除してください。Cognito はフラグメント付きの URL を拒否します。',
    urlInsecure:
      '{field}: {url} は http:// です。https:// を使うか、開発用なら http://localhost を使ってください。',
    defaultRedirectNotCallback:
      'デフォルトのリダイレクト URI {url} はコールバック URL のいずれかである必要があります。',
    accessValidityRange: 'アクセストークンの有効期間は 5 分〜1 日です。',
    idValidityRange: 'ID トークンの有効期間は 5 分〜1 日です。',
    refreshValidityRange: 'リフレッシュトークンの有効期間は 60 分〜10 年 (3650 日) です。',
    authSessionRange: 'サインインセッションは 3〜15 分です。',
    gracePeriodRange: '古いリフレッシュトークンの猶予は 0〜60 秒です。',
    oauthFlowsMissing: 'OAuth がオンです。グラントタイプを 1 つ以上選ぶか、OAuth をオフにしてください。',
    oauthScopesMissing: 'OAuth がオンです。スコープを 1 つ以上選んでください。',
    callbackMissing:
      '{flow} グラントはユーザーをコールバック URL に戻します。コールバック URL を追加してください。',
    clientCredentialsMixed:
      'クライアントクレデンシャルは認可コードやインプリシットと併用できません。マシン用には別のクライアントを使ってください。',
    clientCredentialsSecret:
      'クライアントクレデンシャルにはクライアントシークレットが必要です。「クライアントシークレットを生成」でクライアントを作成してください。',
    clientCredentialsStandardScope:
      'クライアントクレデンシャルのトークンはカスタムスコープのみを持ちます。{scope} を外してください。',
    clientCredentialsCustomScope:
      'クライアントクレデンシャルにはカスタムスコープが 1 つ以上必要です。リソースサーバーにスコープを追加し (API スコープタブ)、選んでください。',
    scopeNeedsOpenid: '{scope} スコープには openid が必要です。openid を追加してください。',
    scopeUnknown:
      'スコープ {scope} は標準スコープでも、このプールのリソースサーバーのスコープでもありません。',
    attributeUnknown: 'プールに属性 {attribute} がありません。',
    requiredNotWritable:
      '{attribute} はこのプールの必須属性です。サインアップで設定できるよう書き込み可能のままにしてください。',
    analyticsTarget:
      '分析には Pinpoint アプリケーション ARN か、アプリケーション ID とロール ARN と外部 ID が必要です。'
  },
  warnings: {
    title: 'この設定では期待どおりに動きません',
    passwordlessNotInPolicy:
      '選択ベースのサインイン (ALLOW_USER_AUTH) はパスワードしか提示できません。プールのサインインポリシーがメールのコード、SMS のコード、パスキーのどれも許可していません。概要タブの「サインインポリシーと機能プラン」で追加してください。',
    liteTier:
      '選択ベースのサインイン (ALLOW_USER_AUTH) でメールのコード、SMS のコード、パスキーは使えません。プールの機能プランが Lite です。概要タブの「サインインポリシーと機能プラン」で Essentials か Plus に切り替えてください。',
    noDomain:
      '選んだホスト UI の許可タイプにはドメインが必要ですが、このプールにはありません。「ドメイン」タブで追加しないと、ユーザーにはサインインページがありません。'
  },
  columns: { name: '名前', id: 'クライアント ID', secret: 'シークレット', flows: '認証フロー' },
  secret: {
    label: 'クライアントシークレット',
    present: 'シークレットあり',
    absent: 'シークレットなし（パブリッククライアント）',
    reveal: 'シークレットを表示',
    generate: 'クライアントシークレットを生成',
    generateHelp:
      'サーバーサイドのアプリ専用です。ブラウザやモバイルアプリはシークレットを秘密にできません。',
    rotate: 'シークレットをローテーション',
    rotateTitle: '{name} のシークレットをローテーションしますか?',
    rotateDescription:
      '新しいシークレットを作成し、古いシークレットをすべて削除します。古いシークレットを使うアプリは新しいものに切り替えるまでサインインできなくなります。'
  },
  secrets: {
    title: 'クライアントシークレット一覧',
    intro:
      'クライアントはシークレットを最大 {max} 個まで持てます。古いシークレットを削除する前にアプリを新しいものへ切り替えられます。値は追加したときにだけ表示されます。',
    id: 'シークレット ID',
    created: '作成日時',
    actions: '操作',
    none: 'シークレットはありません。',
    add: 'シークレットを追加',
    added: '{name} に新しいシークレットを追加しました。',
    newTitle: '新しいシークレット {id}',
    newOnce:
      '今すぐコピーしてください。表示されるのはこの一度だけです。このクライアントを使うアプリに設定してから、古いシークレットを削除してください。',
    deleted: 'シークレット {id} を削除しました。',
    deleteTitle: 'シークレット {id} を削除しますか?',
    deleteDescription: 'このシークレットを使っているアプリはすぐにサインインできなくなります。',
    oldLeft: '次の古いシークレットは削除できず、まだ有効です: {ids}。一覧から削除してください。',
    unsupported:
      'このエンドポイントは複数のクライアントシークレット（ListUserPoolClientSecrets、AddUserPoolClientSecret、DeleteUserPoolClientSecret）と、それを使うローテーションに対応していません。AWS 本体では使えます。現在のシークレットは表示できます。',
    problems: {
      secretPublicClient:
        'パブリッククライアントのため、管理するシークレットがありません。シークレット付きのクライアントを作成してください。',
      secretLimit:
        'シークレットは最大 {max} 個までです。どのアプリも使っていないものを削除してから追加してください。',
      secretLast:
        '最後のシークレットは削除できません。先に新しいシークレットを追加するか、クライアントを削除してください。'
    }
  },
  fields: {
    name: 'アプリクライアント名',
    flows: '認証フロー',
    tokenValidity: 'トークンの有効期間',
    access: 'アクセストークン',
    id: 'ID トークン',
    refresh: 'リフレッシュトークン',
    authSession: 'サインインセッション（分）',
    authSessionHelp: 'チャレンジ (MFA、新しいパスワード) に使える時間。3〜15 分。',
    rotation: 'リフレッシュトークンのローテーション',
    rotationHelp: '更新のたびに新しいリフレッシュトークンを返します (GetTokensFromRefreshToken のみ)。',
    gracePeriod: '古いトークンの猶予（秒）',
    attributes: '属性',
    attributesHelp:
      '読み取り可能な属性は ID トークンと GetUser に含まれ、書き込み可能な属性はユーザーが変更できます。空ならすべて。',
    attributesRequired:
      '読み取り可能な属性は ID トークンと GetUser に含まれ、書き込み可能な属性はユーザーが変更できます。空ならすべて。必須属性 ({names}) は書き込み可能のままにしてください。そうしないとサインアップで設定できません。',
    readAttributes: '読み取り可能な属性',
    writeAttributes: '書き込み可能な属性',
    allAttributes: 'すべて（制限なし）',
    oauth: 'OAuth 2.0 / ホスト UI',
    oauthEnabled: 'このクライアントで OAuth フローを使う',
    oauthFlows: 'OAuth グラントタイプ',
    scopes: 'スコープ',
    scopesHelp:
      '標準スコープと、このプールのリソースサーバーのカスタムスコープ (API スコープタブ) から選びます。',
    callbackUrls: 'コールバック URL',
    logoutUrls: 'サインアウト URL',
    urlsHelp: '1 行に 1 つ。https://、開発用には http://localhost。',
    identityProviders: 'ID プロバイダー',
    tokenRevocation: 'トークンの取り消し',
    preventUserExistenceErrors: 'ユーザー存在エラー',
    defaultRedirectUri: 'デフォルトのリダイレクト URI',
    security: 'セキュリティ',
    propagateContext: '追加のユーザーコンテキストを伝搬',
    propagateContextHelp: '端末のコンテキストデータを脅威保護に送ります（シークレットのあるクライアント）。',
    analytics: '分析',
    analyticsEnabled: 'サインインイベントを Amazon Pinpoint に送る',
    analyticsArn: 'Pinpoint アプリケーション ARN',
    analyticsArnHelp: '空にして、アプリケーション ID、ロール ARN、外部 ID を指定することもできます。',
    analyticsAppId: 'アプリケーション ID',
    analyticsRole: 'ロール ARN',
    analyticsExternalId: '外部 ID',
    analyticsUserData: 'ユーザーデータを共有',
    created: '作成日時',
    modified: '更新日時',
    none: 'なし'
  },
  flowHelp: {
    ALLOW_USER_PASSWORD_AUTH: 'ユーザー名とパスワードを Cognito に送信（InitiateAuth）',
    ALLOW_ADMIN_USER_PASSWORD_AUTH:
      'AWS 認証情報を持つサーバーからユーザー名とパスワードで認証（AdminInitiateAuth）',
    ALLOW_USER_SRP_AUTH: 'SRP: パスワードが端末の外に出ない',
    ALLOW_REFRESH_TOKEN_AUTH: 'リフレッシュトークンで新しいトークンを取得',
    ALLOW_CUSTOM_AUTH: 'Lambda トリガーによるカスタムチャレンジ',
    ALLOW_USER_AUTH: '選択式サインイン（パスワードレス、パスキー）'
  },
  oauthFlows: {
    code: '認可コード',
    implicit: 'インプリシット',
    client_credentials: 'クライアントクレデンシャル'
  },
  capabilities: {
    title: 'テストログインの可否チェック',
    intro: 'テストログインで使うサインインフローのうち、このクライアントで使えるもの。',
    works: '使用可',
    blocked: '使用不可',
    flows: {
      USER_PASSWORD_AUTH: 'USER_PASSWORD_AUTH',
      ADMIN_USER_PASSWORD_AUTH: 'ADMIN_USER_PASSWORD_AUTH',
      USER_SRP_AUTH: 'USER_SRP_AUTH',
      REFRESH_TOKEN_AUTH: 'REFRESH_TOKEN_AUTH',
      USER_AUTH: '選択式サインイン (USER_AUTH)',
      HOSTED_UI_CODE: 'ホスト UI（認可コード）'
    },
    reasons: {
      enabled: 'このクライアントでは {setting} が有効です。',
      notEnabled: 'このクライアントでは {setting} が有効になっていません。',
      defaultFlows: '認証フローが未設定のため Cognito の既定値が適用され、{setting} が含まれます。',
      secretHash: 'このクライアントにはシークレットがあります。SECRET_HASH は自動で計算されます。',
      secretBasicAuth:
        'このクライアントにはシークレットがあります。コードをトークンに交換する際にコンソールが送信します。',
      oauthDisabled: 'このクライアントでは OAuth フローがオフです。',
      codeGrantMissing: '認可コードグラントが許可されていません。',
      noCallbackUrl: 'コールバック URL がありません。',
      noCognitoProvider: 'ID プロバイダーに Cognito ユーザープールが含まれていません。',
      noDomain: 'プールにドメインがないため、ホスト UI がありません。',
      openidScopeMissing: 'openid スコープがないと ID トークンは発行されません。',
      factorAllowed: 'プールのサインインポリシーで {setting} が第一要素として許可されています。',
      factorNotInPolicy:
        'プールのサインインポリシー (AllowedFirstAuthFactors) で {setting} が第一要素として許可されていません。',
      userAuthOff: 'このクライアントでは選択式サインインを使えません。{setting} を有効にしてください。',
      liteTier:
        'コードとパスキーには Essentials または Plus の機能プランが必要です。このプールは Lite です。',
      passkeyNeedsPage:
        'パスキーの認証は証明書利用者 (RP) のドメイン上のページで行います。コンソールはオプションを表示し、マネージドログインのウィンドウを提供します。',
      otpNeedsDelivery:
        'Cognito はコードをメール (SES) または SMS (SNS) で送ります。ユーザーに検証済みのアドレスか電話番号が必要です。',
      noSecret:
        'このクライアントにはシークレットがないため、自身を認証できません。シークレット付きのクライアントを作成してください。',
      clientCredentialsMissing:
        'クライアントの許可された OAuth フローにクライアント認証情報グラントがありません。',
      noCustomScopes:
        'このクライアントはカスタムスコープを許可していません。リソースサーバーのスコープを許可スコープに追加してください。',
      noTokenEndpoint:
        'プールにドメインがないため、トークンエンドポイントがありません。GetClientToken を使うか、ドメインを追加してください。'
    }
  },
  deleteTitle: 'アプリクライアント {name} を削除しますか?',
  deleteDescription: 'クライアント ID {id} を使うアプリはユーザーをサインインさせられなくなります。'
}

export default ja
