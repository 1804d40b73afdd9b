import type en from '../en/tokens'

const ja: typeof en = {
  title: 'トークン検査',
  intro:
    'Cognito の JWT をデコードし、コンソールが取得したプールの署名鍵で検証します。他の場所には送信せず、保存もしません。',
  source: {
    title: 'トークン',
    login: 'テストログインから',
    paste: 'トークンを貼り付け',
    loginPlaceholder: 'テストログインを選択',
    noLogins:
      'サインイン済みのテストログインがありません。テストログイン画面でサインインするか、トークンを貼り付けてください。',
    which: 'トークンの種類',
    id: 'ID トークン',
    access: 'アクセストークン',
    pastePlaceholder: 'eyJraWQiOi… (ID トークンまたはアクセストークン)',
    expectPool: '期待するユーザープール ID (任意)',
    expectClient: '期待するアプリクライアント ID (任意)',
    expectScopes: '含むべきスコープ (任意、空白区切り)',
    expectGroups: 'ユーザーが属するべきグループ (任意、空白区切り)',
    expectPoolHelp:
      'プールの OpenID Connect プロバイダーが発行したトークンは、そのプールを入力してください。トークンの発行者からプロバイダーを探します。',
    inspect: '検査',
    pasteRefused:
      '貼り付けたテキストは {length} 文字で、Cognito のトークン (最大 {max} 文字) より長いため貼り付けませんでした。トークンだけをコピーして貼り付け直してください。',
    tooLong: 'Cognito のトークン (最大 {max} 文字) より長いため、検査しませんでした。',
    empty: 'ログインを選ぶか、トークンを貼り付けて検査してください。'
  },
  parts: { header: 'ヘッダー', payload: 'ペイロード', signature: '署名' },
  verdict: {
    valid: '有効: プールの鍵で署名されており、すべてのチェックに合格しました。',
    validProvider: '有効: ID プロバイダー {provider} の鍵で署名されており、すべてのチェックに合格しました。',
    invalid: '無効: 理由は下のチェックを参照してください。',
    malformed: 'JWT ではありません: {reason}'
  },
  countdown: {
    left: '有効期限まで {time}',
    expired: '{relative}に期限切れ',
    none: '有効期限なし'
  },
  checks: {
    format: '形式',
    algorithm: 'アルゴリズム',
    signature: '署名',
    issuer: '発行者 (プール)',
    audience: '対象 (アプリクライアント)',
    tokenUse: 'トークンの用途',
    expiry: '有効期限',
    scopes: 'スコープ',
    groups: 'グループ'
  },
  status: { pass: '合格', fail: '不合格', skip: '未確認' },
  passed: {
    format: 'JSON のヘッダーとペイロードを持つ 3 つの base64url 部分です。',
    algorithm: 'Cognito が署名に使う RS256 です。',
    signature: '署名はプールの公開鍵 (JWKS) のいずれかと一致します。',
    issuer: 'ユーザープール {pool} が発行しました。',
    audience: 'アプリクライアント {actual} に発行されました。',
    tokenUse: 'token_use は「{actual}」です。',
    expiry: '{time} まで有効です。',
    scopes: '期待するスコープをすべて含みます: {expected}。',
    groups: 'ユーザーは期待するグループすべてに属しています: {expected}。'
  },
  passedProvider: {
    algorithm: 'コンソールが検証できるアルゴリズム {alg} です。',
    signature: '署名はプロバイダーが公開している鍵 (JWKS) のいずれかと一致します。',
    issuer: 'プール {pool} の OpenID Connect プロバイダー {provider} の発行者 {iss} が発行しました。'
  },
  keysFailure: {
    timeout:
      'プロバイダーの鍵を読めませんでした: {url} が時間内に応答しませんでした。発行者が動作しているか確認してから、もう一度検査してください。',
    unreachable:
      'プロバイダーの鍵を読めませんでした: {url} に接続できませんでした。発行者の URL とネットワークを確認してください。',
    tooLarge:
      'プロバイダーの鍵を読めませんでした: {url} の応答がディスカバリードキュメントや JWKS としては大きすぎるため、読み込みを中止しました。発行者の URL を確認してください。',
    http: 'プロバイダーの鍵を読めませんでした: {url} が HTTP {status} を返しました。プロバイダーの発行者 URL を確認してください。',
    notJson:
      'プロバイダーの鍵を読めませんでした: {url} の応答が JSON ではありません。発行者の URL を確認してください。',
    notJwks:
      '{url} の応答は鍵セットではありません (「keys」の一覧がありません)。プロバイダーの JWKS URL を確認してください。',
    notDiscovery:
      '{url} のディスカバリードキュメントに JWKS URL がありません。プロバイダーの設定で JWKS URL を入力してください。',
    otherIssuer:
      '{url} のディスカバリードキュメントは別の発行者を示しているため、その鍵ではこのトークンを確認できません。'
  },
  reasons: {
    malformed: 'テキストが JWT ではありません。',
    algNone:
      'ヘッダーの alg が「{alg}」です。署名のないトークンなので誰でも作れます。絶対に受け入れないでください。',
    unsupportedAlg: 'Cognito は RS256 で署名しますが、このトークンは {alg} です。',
    unsupportedProviderAlg:
      'このトークンは {alg} です。コンソールが検証できるのは {supported} のため、ここでは署名を確認できません。',
    insecureKeys:
      'プロバイダーの鍵は {url} にあり、このコンピューター以外のホストへの平文 http のため信頼できません。',
    unknownProvider:
      '発行者「{iss}」は Cognito ユーザープールでも、プール {pool} の OpenID Connect プロバイダーでもありません。発行したプロバイダーのプールを入力してください。',
    federatedToken: '外部プロバイダーのトークンには token_use がありません。',
    badSignature: '署名が一致しません。Cognito の署名後にトークンが変更されたか、別の鍵で署名されています。',
    unknownKey:
      'このトークンの鍵 ID (kid) を持つ鍵がプールにありません。別のプールのトークンか、鍵がローテーションされています。',
    jwksUnavailable: 'プールの鍵を {url} から取得できませんでした: {error}',
    notCognito:
      '発行者「{iss}」は AWS の Cognito ユーザープールでも、この接続のエンドポイントのプールでもありません。プールの OpenID Connect プロバイダーのトークンは、そのプールを期待するプールに入力してください。',
    insecureIssuer:
      '発行者「{iss}」はこのコンピューター以外のホストで平文の http を使っているため、その鍵は信頼できません。',
    wrongPool: 'このトークンは期待するプール {expected} ではなく、プール {actual} が発行しました。',
    wrongClient:
      'このトークンは期待するクライアント {expected} ではなく、アプリクライアント {actual} に発行されました。',
    noExpectedClient:
      'アプリクライアント {actual} に発行されました。確認するには期待するクライアント ID を入力してください。',
    missingTokenUse: 'token_use が「{actual}」で、「id」でも「access」でもありません。',
    unexpectedTokenUse: '「{expected}」トークンを期待しましたが、これは「{actual}」トークンです。',
    expired: 'このトークンは {time} に期限切れになりました。',
    notYetValid: 'このトークンは {time} より前は無効です。',
    missingExp: 'このトークンには有効期限 (exp) がありません。',
    notChecked: '確認していません。',
    missingScopes: 'トークンに {missing} が含まれていません。含まれるスコープ: {actual}。',
    missingGroups: 'ユーザーは {missing} に属していません。トークンのグループ: {actual}。'
  },
  jwks: '鍵: {url} ({relative}に取得、{count} 個)。',
  checksTitle: '検証',
  headerTitle: 'ヘッダー',
  showAllClaims: '最初の {shown} 個のクレームを表示中: {count} 個すべて表示',
  claimsTitle: 'クレーム',
  columns: { claim: 'クレーム', value: '値', meaning: '意味' },
  claims: {
    sub: 'このプールでのユーザーの一意で不変の ID (UUID) です。ユーザーの識別にはユーザー名ではなくこれを使います。',
    iss: '発行者: トークンを作成したユーザープール (https://cognito-idp.リージョン.amazonaws.com/プール ID)。',
    aud: '対象: ID トークンの発行先のアプリクライアント ID。',
    client_id: 'アクセストークンの発行先のアプリクライアント。',
    token_use: 'トークンの用途: 「id」(ユーザーが誰か) または「access」(ユーザーが呼び出せるもの)。',
    auth_time: 'ユーザーが実際にサインインした時刻。更新してもこの時刻は変わりません。',
    iat: '発行日時: このトークンが作成された時刻。',
    exp: '有効期限: この時刻以降はトークンを拒否しなければなりません。',
    nbf: 'この時刻より前はトークンが無効です。',
    jti: 'このトークンの一意の ID。',
    origin_jti:
      'このトークンの元になったサインインの ID。リフレッシュトークンを取り消すと、これを持つすべてのトークンが取り消されます。',
    event_id: 'サインインイベントの ID。ユーザーの認証イベントと照合できます。',
    username: 'ユーザーのユーザー名 (アクセストークン)。',
    cognito_username: 'プール内のユーザー名 (ID トークン)。',
    cognito_groups: 'ユーザーが所属するグループ。',
    cognito_roles: 'ユーザーのグループの IAM ロール。',
    cognito_preferred_role: '優先順位が最も高い (値が小さい) グループの IAM ロール。',
    scope: 'アクセストークンが許可する OAuth スコープ (スペース区切り)。',
    email: 'ユーザーのメールアドレス。',
    email_verified: 'メールアドレスが確認済みかどうか。',
    phone_number: 'ユーザーの電話番号 (E.164)。',
    phone_number_verified: '電話番号が確認済みかどうか。',
    name: 'ユーザーの氏名。',
    given_name: 'OpenID 標準クレーム: ユーザーの名。',
    family_name: 'OpenID 標準クレーム: ユーザーの姓。',
    middle_name: 'OpenID 標準クレーム: ユーザーのミドルネーム。',
    nickname: 'OpenID 標準クレーム: ユーザーの通称。',
    preferred_username:
      'OpenID 標準クレーム: ユーザーが表示に使いたい名前。サインインのエイリアスの場合があります。',
    profile: 'OpenID 標準クレーム: ユーザーのプロフィールページの URL。',
    picture: 'OpenID 標準クレーム: ユーザーのプロフィール画像の URL。',
    website: 'OpenID 標準クレーム: ユーザーのウェブページまたはブログの URL。',
    gender: 'OpenID 標準クレーム: ユーザーが申告した性別。',
    birthdate: 'OpenID 標準クレーム: ユーザーの誕生日 (YYYY-MM-DD、YYYY または 0000-MM-DD)。',
    zoneinfo: 'OpenID 標準クレーム: ユーザーのタイムゾーン (例: Asia/Tokyo)。',
    locale: 'OpenID 標準クレーム: ユーザーの言語と地域 (例: ja-JP、en-US)。',
    address: 'OpenID 標準クレーム: ユーザーの住所 (「formatted」フィールドを持つ JSON オブジェクト)。',
    updated_at: 'OpenID 標準クレーム: ユーザー情報が最後に更新された時刻。',
    nonce: 'アプリがサインイン開始時に送った値。リプレイ防止のためにそのまま返されます。',
    azp: '認可された当事者: トークンの発行先のアプリクライアント。',
    sid: 'ユーザーのサインインセッションの ID。',
    identities: 'フェデレーションユーザーの外部 ID プロバイダー (Google、SAML など) へのリンク。',
    version: 'アクセストークンの形式のバージョン。',
    at_hash: 'この ID トークンと同時に発行されたアクセストークンのハッシュ。',
    amr: 'ユーザーの認証方法。',
    kid: '鍵 ID: プールのどの鍵で署名されたか。',
    alg: '署名アルゴリズム (Cognito は RS256)。',
    typ: 'トークンの種類。',
    custom: 'ユーザープールのカスタム属性。',
    unknown:
      'OpenID Connect と Cognito の標準クレームではありません。アプリまたはトークン生成前トリガーが追加したものです。'
  },
  refresh: 'トークンを更新',
  refreshed: '新しいトークンを受け取り、検査しました。',
  toLogin: 'このサインインに戻る',
  toLab: 'この ID トークンで AWS 認証情報を取得…',
  copyToken: 'トークンをコピー',
  diff: {
    keep: '次のトークンと比較',
    kept: 'クレームを保持しました。別のトークン (同じサインインのもう一方、または更新後) を検査すると比較します。',
    title: 'クレームの比較',
    token: '{issued} 発行の {use} トークン',
    before: '保持: {token}',
    after: '現在: {token}',
    change: '変化',
    changes: { added: '追加', removed: '削除', changed: '変更', same: '同じ' },
    summary: '追加 {added}、削除 {removed}、変更 {changed}、同じ {same}。',
    customised: 'カスタム',
    perToken: 'トークンごとに変わる',
    showSame: '変わらないクレームも表示',
    clear: '比較をやめる'
  }
}

export default ja
