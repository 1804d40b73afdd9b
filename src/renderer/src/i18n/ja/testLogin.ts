import type en from '../en/testLogin'

const ja: typeof en = {
  title: 'テストログイン',
  intro:
    'アプリと同じ方法でユーザーとしてサインインし、Cognito が出すチャレンジを一つずつ確認してトークンを取得します。パスワードとトークンはこのアプリのメモリ内だけに保持され、ディスクには書き込まれません。',
  noConnection: 'ユーザーとしてサインインするには接続を選択または追加してください。',
  goToSettings: '設定を開く',
  form: {
    title: 'サインイン',
    pool: 'ユーザープール',
    poolPlaceholder: 'ユーザープールを選択',
    client: 'アプリクライアント',
    clientPlaceholder: 'アプリクライアントを選択',
    noClients: 'このプールにはアプリクライアントがありません。先に作成してください。',
    secretNote:
      'このクライアントにはシークレットがあります。コンソールが裏で読み取り SECRET_HASH を計算します。ここには表示されません。',
    capabilities: 'このクライアントで使えるフロー',
    flow: 'サインインフロー',
    username: 'ユーザー名',
    usernamePlaceholder: 'ユーザー名、またはメール・電話番号のエイリアス',
    password: 'パスワード',
    signIn: 'サインイン',
    flowBlocked: 'このクライアントでは選択したフローを使えません。'
  },
  flows: {
    USER_SRP_AUTH: 'SRP (USER_SRP_AUTH)',
    USER_PASSWORD_AUTH: 'パスワード (USER_PASSWORD_AUTH)',
    ADMIN_USER_PASSWORD_AUTH: '管理者 (ADMIN_USER_PASSWORD_AUTH)',
    USER_AUTH: '選択式サインイン (USER_AUTH)',
    HOSTED_UI: 'マネージドログイン (ホスト UI)'
  },
  factors: {
    PASSWORD: 'パスワード (PASSWORD)',
    PASSWORD_SRP: 'SRP によるパスワード (PASSWORD_SRP)',
    EMAIL_OTP: 'メールのコード (EMAIL_OTP)',
    SMS_OTP: 'SMS のコード (SMS_OTP)',
    WEB_AUTHN: 'パスキー (WEB_AUTHN)'
  },
  choice: {
    preferred: '優先する第一要素',
    none: 'なし: Cognito に要素を提示させる',
    noneHelp: 'Cognito はこのユーザーが使える要素を SELECT_CHALLENGE で返します。'
  },
  code: {
    cli: 'AWS CLI',
    sdk: 'SDK for JavaScript v3',
    placeholders:
      'パスワード、シークレット、コード、トークンはプレースホルダーです。実際の値に置き換えてください。'
  },
  flowHelp: {
    USER_AUTH:
      '選択式サインイン: プールのサインインポリシーに従い、パスワード、メールまたは SMS のコード、パスキーで認証します (InitiateAuth USER_AUTH)。',
    USER_SRP_AUTH:
      'パスワードはこのコンピューターから出ません。Amplify ライブラリと同じく SRP-6a でパスワードを知っていることを証明します。',
    USER_PASSWORD_AUTH:
      'パスワードを TLS で Cognito に送ります (InitiateAuth)。シンプルなアプリと同じ方式です。',
    ADMIN_USER_PASSWORD_AUTH: 'この接続の AWS 認証情報で行うサーバー側のサインインです (AdminInitiateAuth)。'
  },
  hosted: {
    title: 'マネージドログイン (ホスト UI)',
    help: 'プールのサインインページを専用の Cookie を持つ別ウィンドウで開き、PKCE 付きの認可コードグラントを使って、コールバック URL へのリダイレクトを受け取ります。',
    callback: 'コールバック URL',
    withCognito: 'マネージドログインページでサインイン',
    withProvider: '{provider} でサインイン',
    unavailable: 'このクライアントではマネージドログインを使えません。'
  },
  challenge: {
    title: 'Cognito からの要求: {name}',
    session:
      'このチャレンジのセッションは {relative} ({time}) に終了します。Cognito は {minutes} 分間保持します。',
    sessionEnded: 'チャレンジのセッションが終了しました。サインインをやり直してください。',
    why: {
      NEW_PASSWORD_REQUIRED:
        'このユーザーは管理者が仮パスワードで作成したため (状態 FORCE_CHANGE_PASSWORD)、トークンを受け取る前に新しいパスワードを決める必要があります。',
      SMS_MFA: 'このユーザーは SMS による多要素認証を使っています。Cognito がコードを送信しました。',
      EMAIL_OTP: 'このユーザーはメールによる多要素認証を使っています。Cognito がコードを送信しました。',
      SOFTWARE_TOKEN_MFA:
        'このユーザーは認証アプリ (TOTP) を使っています。アプリに表示されている 6 桁のコードを入力してください。',
      SELECT_MFA_TYPE: 'このユーザーには複数の MFA 方式があります。今回使う方式を選んでください。',
      MFA_SETUP:
        'このプールは MFA 必須ですが、このユーザーにはまだ MFA がありません。認証アプリを関連付けてからコードを入力してください。',
      SELECT_CHALLENGE: 'Cognito はこのユーザーに次の第一要素を提示しています。一つ選んでください。',
      PASSWORD: 'ユーザーのパスワードを入力してください。',
      PASSWORD_SRP:
        'ユーザーのパスワードを入力してください。コンソールは SRP で証明し、パスワード自体は送信しません。',
      SMS_OTP: 'Cognito が SMS でサインインコードを送信しました。',
      WEB_AUTHN: 'Cognito は下記のオプションに対するパスキーのアサーションを求めています。',
      other: 'コンソールは {name} チャレンジに回答できません。それを使うアプリで完了してください。'
    },
    newPassword: '新しいパスワード',
    requiredAttributes: 'Cognito が求める属性',
    code: 'コード',
    codePlaceholder: '4〜8 桁の数字',
    sentTo: '{destination} に送信しました ({medium})。',
    mfaType: 'MFA 方式',
    mfaTypes: {
      SMS_MFA: 'テキストメッセージ (SMS)',
      SOFTWARE_TOKEN_MFA: '認証アプリ (TOTP)',
      EMAIL_OTP: 'メール'
    },
    setupTotp: '認証アプリを関連付ける',
    scan: '認証アプリでこの QR コードを読み取るか、シークレットキーを入力してください。その後、アプリに表示されたコードを入力します。',
    secretKey: 'シークレットキー',
    qrAlt: '認証アプリ用の QR コード',
    deviceName: 'デバイス名 (任意)',
    factor: '第一要素',
    resend: '新しいコードを送信',
    resent: 'Cognito が新しいコードを送信しました。以前のコードは使えません。',
    passkeyExplained:
      'パスキーは証明書利用者 (RP) のドメインに結び付いています。ブラウザーはそのドメイン上のページでしか認証 (navigator.credentials.get) を行わず、このアプリはそのページではありません。アプリのページかマネージドログインのウィンドウで実行するか、生成された AuthenticationResponseJSON を貼り付けてください。',
    requestOptions: 'Cognito から返された認証情報リクエストのオプション',
    passkeyManagedLogin: 'マネージドログインのウィンドウでパスキーを使ってサインイン',
    credential: 'AuthenticationResponseJSON',
    credentialPlaceholder: 'パスキーの認証が返した JSON オブジェクト (id, rawId, response, type)',
    submit: '続行'
  },
  result: {
    title: '結果',
    empty: 'サインインすると Cognito の応答がここに表示されます。',
    signedIn: '{username} として {method} でサインインしました。',
    idToken: 'ID トークン',
    accessToken: 'アクセストークン',
    refreshToken: 'リフレッシュトークン',
    expires: 'ID トークンとアクセストークンは {relative} ({time}) に期限切れになります。',
    expired: 'ID トークンとアクセストークンの期限が切れました。更新してください。',
    inspect: 'トークン検査で開く',
    refresh: 'トークンを更新',
    rotated:
      '新しい ID・アクセス・リフレッシュトークンを受け取りました。リフレッシュトークンはローテーションされました。',
    refreshed: '新しい ID トークンとアクセストークンを受け取りました。',
    lab: 'このログインで AWS 認証情報を取得',
    forget: 'このログインを破棄',
    forgotten: 'ログインを破棄しました。',
    history: '手順'
  },
  lifecycle: {
    title: 'Cognito がまだ受け付けるもの',
    rotated:
      'リフレッシュトークンは {time} にローテーションされ、新しいものに置き換わりました。以前のトークンはクライアントの猶予期間の {seconds} 秒間は有効で、その後は Cognito に拒否されます。',
    revoked:
      'リフレッシュトークンは {time} に取り消されました。そこから発行されたアクセストークンと ID トークンも無効です。',
    signedOut:
      '{time} にグローバルサインアウトしました。Cognito はこのユーザーのリフレッシュトークンを拒否し、ユーザー API はアクセストークンを拒否します。署名は有効期限まで検証に通るため、署名だけを確認する API はまだ受け付けます。',
    probe: {
      accessToken: 'アクセストークン (GetUser)',
      refresh: 'リフレッシュトークン',
      previousRefresh: '以前のリフレッシュトークン'
    },
    verifySignature: 'アクセストークンの署名を検証',
    revoke: 'リフレッシュトークンを取り消す',
    globalSignOut: 'グローバルサインアウト',
    accepted: '受け付け',
    refused: '拒否',
    confirm: {
      revoke: {
        title: 'このリフレッシュトークンを取り消しますか？',
        text: 'RevokeToken はこのリフレッシュトークンと、そこから発行されたアクセストークンと ID トークンを無効にします。新しいトークンには再サインインが必要です。',
        done: 'リフレッシュトークンを取り消しました。'
      },
      globalSignOut: {
        title: 'このユーザーをすべての場所からサインアウトしますか？',
        text: 'GlobalSignOut はこのテストログインだけでなく、すべてのアプリでこのユーザーのリフレッシュトークンを無効にします。',
        done: 'ユーザーをすべての場所からサインアウトしました。'
      }
    }
  },
  history: {
    request: '送信',
    started: '開始',
    challenge: 'Cognito の要求',
    answered: '回答',
    signedIn: 'サインイン完了',
    refreshed: '更新',
    failed: '拒否'
  },
  logins: {
    title: 'メモリ内のログイン',
    empty: 'テストログインはまだありません。',
    clearAll: 'すべてのログインを破棄',
    clearAllTitle: 'すべてのログインを破棄しますか?',
    clearAllText: '{count} 件のログインのトークンをメモリから消去します。AWS では何も変わりません。',
    cleared: '{count} 件のログインを破棄しました。',
    columns: { username: 'ユーザー', pool: 'プール', method: 'フロー', status: '状態', started: '開始日時' },
    status: { challenge: '回答待ち', signedIn: 'サインイン済み' }
  },
  machine: {
    title: 'マシン間トークン',
    intro:
      'シークレットを持つアプリクライアントのアクセストークンを、バックエンドサービスと同じ方法 (クライアント認証情報) で取得します。クライアントのシークレットはコンソールが読み取って送信し、この画面には届きません。',
    clientTitle: 'クライアントとスコープ',
    method: 'トークンの取得方法',
    methods: {
      GetClientToken: 'GetClientToken (Cognito API)',
      tokenEndpoint: 'トークンエンドポイント (/oauth2/token)'
    },
    methodHelp: {
      GetClientToken: 'クライアント ID とシークレットを使う Cognito の API 操作です。',
      tokenEndpoint:
        'プールのドメインのトークンエンドポイントに対する OAuth 2.0 クライアント認証情報グラントです。クライアントは HTTP Basic で認証されます。'
    },
    scopes: 'スコープ',
    scopesHelp:
      '要求するスコープにチェックを入れてください。何も選ばないと、Cognito はクライアントに許可されたすべてのスコープを付与します。',
    noScopes: 'このクライアントはカスタムスコープを許可していません。',
    blocked: 'このクライアントはこの方法でトークンを取得できません:',
    get: 'トークンを取得',
    tokenTitle: 'トークン',
    empty: 'クライアントを選んでトークンを取得してください。トークンはこのアプリのメモリにのみ保持されます。',
    received: 'アクセストークンを受け取りました。',
    fields: {
      method: '方法',
      type: '種類',
      expires: '有効期間',
      scopes: '要求したスコープ',
      issued: '発行日時'
    },
    allScopes: '許可されたすべてのスコープ',
    seconds: '{count} 秒',
    inspect: 'トークン検査で確認'
  }
}

export default ja
