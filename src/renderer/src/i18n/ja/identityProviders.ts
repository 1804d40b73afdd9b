import type en from '../en/identityProviders'

const ja: typeof en = {
  tab: 'ID プロバイダー',
  title: 'ID プロバイダー',
  create: 'プロバイダーを追加',
  createTitle: '新しい ID プロバイダー',
  editTitle: 'ID プロバイダー {name} の編集',
  previewCreate: '{name} の追加: 送信する内容',
  previewEdit: '{name} の変更: 送信する内容',
  empty:
    'このプールには ID プロバイダーがありません。ユーザーは Cognito のユーザーディレクトリでのみサインインします。',
  created: 'ID プロバイダー {name} を追加しました。',
  saved: 'ID プロバイダー {name} を保存しました。',
  deleted: 'ID プロバイダー {name} を削除しました。',
  deleteTitle: 'ID プロバイダー {name} の削除',
  deleteDescription:
    '{name} のユーザーはこのプロバイダーでサインインできなくなり、アプリクライアントにも表示されなくなります。',
  review: '変更を確認',
  columns: { name: '名前', type: '種類', clients: '提供しているクライアント', modified: '更新日時' },
  types: {
    SAML: 'SAML',
    OIDC: 'OpenID Connect',
    Google: 'Google',
    Facebook: 'Facebook',
    LoginWithAmazon: 'Login with Amazon',
    SignInWithApple: 'Sign in with Apple'
  },
  fields: {
    type: '種類',
    name: 'プロバイダー名',
    nameHelp: 'サインイン画面と identity_provider パラメータで使われます。作成後は変更できません。',
    socialNameHelp: 'Cognito ではこのプロバイダーの名前は {name} です。',
    source: 'メタデータ',
    sourceUrl: 'メタデータ URL',
    sourceFile: 'メタデータ XML ファイル',
    metadataUrl: 'メタデータドキュメントの URL',
    metadataFile: 'メタデータ XML',
    metadataFileHelp: 'XML を貼り付けるか、IdP から入手したファイルを選んでください。',
    chooseFile: 'XML ファイルを選択…',
    idpSignout: 'IdP からもサインアウトする (SAML サインアウトフロー)',
    idpInit: 'IdP 起点のサインインを受け付ける',
    encryptedResponses: 'アサーションの暗号化を必須にする',
    requestSigning: 'IdP へのリクエストに署名する (rsa-sha256)',
    client_id: 'クライアント ID',
    client_secret: 'クライアントシークレット',
    private_key: '秘密鍵 (.p8)',
    secretKeep: '設定済み: 空欄のままなら保存済みの値を使います',
    secretSet: '設定済み (非表示)',
    team_id: 'チーム ID',
    key_id: 'キー ID',
    authorize_scopes: '要求するスコープ',
    api_version: 'Graph API バージョン',
    oidc_issuer: '発行者 (Issuer) URL',
    attributes_request_method: 'ユーザー情報のリクエストメソッド',
    authorize_url: '認可エンドポイント',
    token_url: 'トークンエンドポイント',
    attributes_url: 'ユーザー情報エンドポイント',
    jwks_uri: 'JWKS URI',
    endpointsHelp: '空欄ならディスカバリードキュメントの値を使います。',
    discover: 'ディスカバリードキュメントを読む',
    discovered: '{issuer} のディスカバリードキュメント',
    claims: '提供されるクレーム',
    identifiers: 'IdP 識別子',
    identifiersHelp: 'このプロバイダーへサインインを振り分けるメールドメインや名前 (例: example.com)。',
    mapping: '属性マッピング',
    secrets: 'シークレット'
  },
  mapping: {
    attribute: 'プールの属性',
    claim: 'プロバイダーの属性 (クレーム)',
    add: 'マッピングを追加',
    remove: '削除',
    empty: 'マッピングされた属性はありません。',
    required: 'プールで必須: {names}'
  },
  problems: {
    nameFormat:
      'プロバイダー名は 3〜32 文字で、先頭は空白やアンダースコア以外、3 文字目以降に空白とアンダースコアは使えません。',
    nameReserved: '{name} は Cognito が予約しています。別の名前にしてください。',
    socialName: '{type} プロバイダーの名前は {type} にする必要があります。',
    identifierFormat:
      "「{identifier}」は識別子として使えません。英数字・空白・+ = . {'@'} - _ で 40 文字までです。",
    identifierDuplicate: '「{identifier}」が 2 回あります。1 つ削除してください。',
    samlSource: 'メタデータ URL かメタデータ XML ファイルのどちらか一方を指定してください。',
    samlNotXml:
      'メタデータが XML ではありません。IdP から入手したファイル全体 (< で始まる) を貼り付けてください。',
    samlNoEntityDescriptor: 'XML に EntityDescriptor がありません。SAML メタデータではありません。',
    samlNoIdpDescriptor:
      'メタデータに ID プロバイダー (IDPSSODescriptor) がありません。サービスプロバイダーではなく IdP のメタデータを使ってください。',
    secretMissing: '{field} を入力してください。新しいプロバイダーには必要です。',
    mappingUnknownAttribute:
      'プロバイダーが設定できる属性 {attribute} はこのプールにありません。一覧から選んでください。',
    mappingEmptyClaim: '{attribute} に入れるプロバイダーの属性を入力するか、行を削除してください。',
    mappingRequiredMissing:
      'プールは {attribute} を必須としています。マッピングしないとフェデレーションユーザーがサインアップできません。',
    mappingImmutable:
      '{attribute} はサインアップ後に変更できません。プロバイダー側の値が変わると、そのユーザーはサインインできなくなります。'
  },
  clients: {
    title: 'このプロバイダーを提供するアプリクライアント',
    none: 'このプールにはアプリクライアントがありません。',
    enable: '{client} で {name} を提供する',
    disable: '{client} で {name} の提供をやめる',
    previewTitle: 'アプリクライアント {client}: ID プロバイダー',
    changed: '{client} が提供するプロバイダー: {providers}'
  },
  certificate: {
    open: 'SAML 署名証明書',
    title: 'プールの SAML 署名証明書',
    intro:
      'Cognito はこの証明書で SAML リクエストに署名し、応答を暗号化する SAML プロバイダーもこの証明書を使います。ID プロバイダーに渡してください。Cognito は毎年新しい証明書を発行します。',
    subject: 'サブジェクト',
    validTo: '有効期限',
    fingerprint: 'SHA-256 フィンガープリント',
    copy: 'PEM をコピー',
    save: '.crt として保存…',
    saved: '署名証明書を {path} に保存しました。'
  },
  find: {
    placeholder: '識別子で検索 (例: example.com)',
    button: '検索',
    found: '識別子 {identifier} は {name} に振り分けられます。'
  }
}

export default ja
