import type en from '../en/pools'

const ja: typeof en = {
  title: 'ユーザープール',
  search: '名前または ID で検索',
  columns: {
    name: '名前',
    id: 'プール ID',
    status: '状態',
    created: '作成日時',
    modified: '更新日時',
    triggers: 'Lambda トリガー',
    users: 'ユーザー数（推定）',
    mfa: 'MFA',
    deletionProtection: '削除保護',
    favourite: 'お気に入り'
  },
  empty: 'このアカウントの {region} にはユーザープールがありません。',
  noMatch: '「{query}」に一致するプールはありません。',
  noConnection: 'ユーザープールを一覧表示するには接続を選択または追加してください。',
  goToSettings: '設定を開く',
  count: '{count} 件のプール',
  openById: {
    label: 'ID で開く',
    placeholder: 'プール ID を貼り付け（例: us-east-1_AbCdEf123）',
    invalid: 'ユーザープール ID ではありません。us-east-1_AbCdEf123 のように「リージョン_ID」の形式です。'
  },
  favourites: 'お気に入り',
  recent: '最近開いたプール',
  addFavourite: '{name} をお気に入りに追加',
  removeFavourite: '{name} をお気に入りから外す',
  mfa: { OFF: 'オフ', ON: '必須', OPTIONAL: '任意' },
  onOff: { on: 'オン', off: 'オフ' },
  tabs: { overview: '概要', clients: 'アプリクライアント', groups: 'グループ' },
  back: 'プール一覧',
  loadFailed: 'プールを読み込めませんでした。',
  create: {
    button: 'プールを作成',
    title: '新しいユーザープール',
    name: 'プール名',
    namePlaceholder: '例: my-customers',
    signIn: 'サインインに使うもの',
    signInOptions: {
      username: 'ユーザー名',
      email: 'メールアドレス',
      phone_number: '電話番号',
      email_or_phone: 'メールアドレスまたは電話番号'
    },
    aliases: 'サインインにも使える属性（エイリアス）',
    caseSensitive: 'ユーザー名の大文字・小文字を区別する',
    mfa: '多要素認証',
    mfaHelp: 'MFA をオンにすると認証アプリ（TOTP）が有効になります。SMS の設定は不要です。',
    requiredAttributes: '必須の標準属性',
    requiredHelp: 'プール作成後は変更できません。',
    customAttributes: 'カスタム属性',
    selfSignUp: 'ユーザー自身によるサインアップを許可',
    deletionProtection: '削除保護',
    submit: 'プールを作成',
    created: 'ユーザープール {name} を作成しました。'
  },
  policy: {
    title: 'パスワードポリシー',
    minimumLength: '最小文字数',
    requireUppercase: '大文字',
    requireLowercase: '小文字',
    requireNumbers: '数字',
    requireSymbols: '記号',
    temporaryDays: '仮パスワードの有効期間（日）',
    historySize: '再利用を禁止する過去のパスワード数',
    requires: '必須の文字種'
  },
  attributes: {
    title: '属性',
    add: 'カスタム属性を追加',
    addTitle: 'カスタム属性の追加',
    addHelp: 'カスタム属性は後から削除・名前変更できません。名前には custom: が付きます。',
    name: '名前',
    type: '型',
    mutable: '変更可能',
    required: '必須',
    constraints: '制約',
    min: '最小',
    max: '最大',
    remove: '削除',
    standard: '標準',
    custom: 'カスタム',
    developerOnly: '開発者専用',
    length: '長さ {min}〜{max}',
    value: '値 {min}〜{max}',
    none: 'カスタム属性はまだありません。',
    added: 'カスタム属性を追加しました。',
    showStandard: '標準属性を表示（{count} 件）'
  },
  signInPolicy: {
    title: 'サインインポリシーと機能プラン',
    editTitle: 'サインインポリシーの編集',
    previewTitle: 'サインインポリシー: 送信する内容',
    review: '変更を確認',
    tier: '機能プラン',
    factors: '最初のサインイン要素',
    factorsHelp:
      'ユーザーが最初に使えるサインイン方法です (選択ベースのサインイン、クライアントの ALLOW_USER_AUTH)。',
    passwordOnly: 'パスワードのみ',
    relyingParty: 'パスキーのリライングパーティ',
    relyingPartyHelp: 'パスキーを結び付けるドメインです。空の場合はプールのドメインを使います。',
    relyingPartyDefault: 'プールのドメイン',
    userVerification: 'パスキーのユーザー検証',
    plans: { LITE: 'Lite', ESSENTIALS: 'Essentials', PLUS: 'Plus' },
    factorNames: {
      PASSWORD: 'パスワード',
      EMAIL_OTP: 'メールのワンタイムコード',
      SMS_OTP: 'SMS のワンタイムコード',
      WEB_AUTHN: 'パスキー',
      SOFTWARE_TOKEN: '認証アプリ'
    },
    verification: { required: '必須', preferred: '推奨' },
    unlocks: {
      passwordSignIn: 'パスワードサインインと MFA',
      federation: 'フェデレーション',
      classicHostedUi: 'クラシックのホストされた UI',
      passwordless: 'パスワードレス (メール、SMS、パスキー)',
      managedLogin: 'マネージドログインとブランディング',
      accessTokenCustomization: 'アクセストークンのカスタマイズ',
      threatProtection: '脅威保護',
      compromisedCredentials: '漏えいした認証情報の検出'
    },
    problems: {
      passwordRequired:
        '最初の要素にパスワードを残してください。Cognito はすべてのサインインポリシーで必須としています。',
      planTooLow:
        '{factor} には Essentials または Plus の機能プランが必要です。プランを選ぶか、{factor} のチェックを外してください。',
      relyingPartyFormat:
        'リライングパーティは auth.example.com のようなドメイン名です (https:// やパスは付けません)。'
    }
  },
  overview: {
    general: '基本情報',
    arn: 'ARN',
    status: '状態',
    estimatedUsers: '推定ユーザー数',
    signIn: 'サインイン',
    usernameAttributes: 'サインインに使うもの',
    usernameOnly: 'ユーザー名',
    aliases: 'エイリアス',
    autoVerified: '自動検証する属性',
    caseSensitive: 'ユーザー名の大文字・小文字を区別',
    mfa: '多要素認証',
    mfaMode: 'モード',
    methods: '方式',
    sms: 'SMS',
    totp: '認証アプリ',
    email: 'メール',
    noMethods: 'なし',
    mfaNoMethod:
      'MFA はオンですが、有効な方式（SMS、認証アプリ、メール）がありません。ユーザーは MFA を完了できません。',
    messages: '検証・招待メッセージ',
    verification: '検証',
    verificationOption: '検証方法',
    invitation: '招待',
    subject: '件名',
    emailMessage: 'メール',
    smsMessage: 'SMS',
    invitationOk: '招待メッセージでユーザー名と仮パスワードが伝わります。',
    problems: {
      emailMissingCode:
        "招待メールに {'{'}####{'}'} がありません。ユーザーは仮パスワードを知ることができません。",
      emailMissingUsername:
        "招待メールに {'{'}username{'}'} がありません。ユーザーは何でサインインするか分からない可能性があります。",
      smsMissingCode:
        "招待 SMS に {'{'}####{'}'} がありません。ユーザーは仮パスワードを知ることができません。",
      smsMissingUsername:
        "招待 SMS に {'{'}username{'}'} がありません。ユーザーは何でサインインするか分からない可能性があります。"
    },
    selfSignUp: 'セルフサインアップ',
    recovery: 'アカウント復旧',
    noRecovery: '復旧方法がありません。ユーザーは忘れたパスワードを自分でリセットできません。',
    recoveryNames: {
      verified_email: '検証済みメール',
      verified_phone_number: '検証済み電話番号',
      admin_only: '管理者のみ'
    },
    triggers: 'Lambda トリガー',
    noTriggers: 'Lambda トリガーはありません。',
    domain: 'ドメインとマネージドログイン',
    noDomain: 'ドメインがないため、このプールではホスト UI（マネージドログイン）を使えません。',
    cognitoDomain: 'Cognito ドメイン',
    customDomain: 'カスタムドメイン',
    domainStatus: '状態',
    managedLogin: 'マネージドログインのバージョン',
    managedLoginVersions: { 1: '従来のホスト UI', 2: 'ブランディング付きマネージドログイン' },
    deletionProtection: '削除保護',
    protectionOn: 'オン: オフにするまでプールは削除できません。',
    protectionOff: 'オフ: プールを削除できます。',
    turnOn: 'オンにする',
    turnOff: 'オフにする',
    tags: 'タグ',
    noTags: 'タグはありません。',
    notAvailable: '取得できません',
    edit: '編集',
    saved: '保存しました。',
    danger: 'このプールを削除',
    dangerHelp: 'プールをすべてのユーザー、グループ、アプリクライアントとともに削除します。',
    deleteTitle: 'ユーザープール {name} を削除しますか?',
    deleteDescription:
      'プール {name}（{id}）を {users} 人のユーザー、グループ、アプリクライアントとともに削除します。ドメインがあれば先に削除します。',
    deleteBlocked: 'このプールは削除保護がオンです。先に「削除保護」セクションでオフにしてください。',
    deleted: 'ユーザープール {name} を削除しました。',
    updateTitle: 'サインインポリシーの編集',
    review: '変更を確認',
    policiesPreviewTitle: 'サインインポリシー: 送信される内容'
  }
}

export default ja
