import type en from '../en/users'

const ja: typeof en = {
  tab: 'ユーザー',
  sources: { label: 'ユーザーの検索方法', server: 'サーバー検索', index: 'プールインデックス' },
  columns: {
    username: 'ユーザー名',
    status: 'ステータス',
    enabled: '有効',
    created: '作成日時',
    modified: '更新日時',
    email: 'メール',
    phone_number: '電話番号',
    sub: 'sub',
    name: '名前',
    given_name: '名',
    family_name: '姓',
    groups: 'グループ',
    lastSeen: '最終利用'
  },
  columnsChooser: { button: '表示列', reset: '既定の列に戻す' },
  grid: {
    selectAll: '表示中のユーザーをすべて選択',
    sortBy: 'この列で並べ替え（もう一度押すと逆順）'
  },
  count: {
    server: '{count} 人を読み込み済み',
    index: 'インデックス {total} 人中 {count} 人が一致'
  },
  selected: '{count} 人を選択中',
  noneSelected:
    '一致したユーザーのチェックがすべて外れているため、一括操作の対象がありません。ユーザーをチェックするか、「すべて」をもう一度チェックしてください。',
  empty: {
    server: 'このフィルターに一致するユーザーはいません。',
    noIndex: 'インデックスは空です。読み込むとプールの全ユーザーを検索できます。',
    noMatch: '一致するユーザーはいません。条件を緩めるか検索をクリアしてください。'
  },
  server: {
    attribute: '属性',
    operator: '演算子',
    startsWith: '前方一致 (^=)',
    equals: '完全一致 (=)',
    value: '値',
    all: 'すべて表示',
    help: 'Cognito は標準属性 1 つに = か ^= でしか絞り込めません。それ以外はプールインデックスを使ってください。',
    sent: '送信したフィルター: {filter}',
    noFilter: 'フィルターなし',
    loaded: '{count} 人を読み込み済み',
    moreAvailable: 'サーバーに続きあり',
    loadMore: 'さらに読み込む'
  },
  index: {
    start: 'インデックスを読み込む',
    reload: 'インデックスを再読み込み',
    rate: 'リクエスト率',
    perSecond: '/秒',
    rateHelp:
      '1 秒あたりの ListUsers 呼び出し数。Cognito の既定値は 30（UserList クォータ）です。クォータを引き上げた場合のみ増やしてください。',
    notLoaded:
      '未読み込み: インデックスはプールの全ユーザーをメモリに読み込み、自由に検索できるようにします。',
    loading: 'インデックス作成中… 約 {estimated} 人中 {indexed} 人',
    done: '約 {estimated} 人中 {indexed} 人をインデックス済み（{age}）',
    cancelled: '約 {estimated} 人中 {indexed} 人で停止（部分的なインデックス）',
    failed: '約 {estimated} 人中 {indexed} 人の時点で失敗',
    throttled: 'スロットリングされた {count} 件の呼び出しを再試行',
    text: 'すべての属性を検索',
    statuses: 'すべてのステータス',
    enabled: '有効・無効',
    enabledAny: '有効・無効を問わない',
    enabledOnly: '有効のみ',
    disabledOnly: '無効のみ',
    groups: 'すべてのグループ',
    groupsNotLoaded: 'このインデックスにはグループの所属情報がありません。',
    match: '一致条件',
    matchAll: 'すべての条件 (AND)',
    matchAny: 'いずれかの条件 (OR)',
    column: '属性',
    operator: '演算子',
    value: '値',
    addCondition: '+ 条件',
    removeCondition: 'この条件を削除',
    operators: {
      contains: 'を含む',
      startsWith: 'で始まる',
      endsWith: 'で終わる',
      equals: 'と等しい',
      notEquals: 'と等しくない',
      lessThan: 'より前（文字順）',
      atLeast: '以降（文字順）',
      present: '値がある',
      notSeenForDays: '未利用 (日数)',
      absent: '値がない'
    }
  },
  create: {
    button: 'ユーザーを作成',
    title: 'ユーザーの作成',
    username: 'ユーザー名',
    usernameAttributes: 'このプールは {names} でサインインします。その値をユーザー名にしてください。',
    moreAttributes: 'その他の属性',
    emailVerified: 'メール確認済み',
    phoneVerified: '電話番号確認済み',
    password: 'パスワード',
    generate: 'ポリシーに沿って生成',
    type: '入力する',
    generatedPassword: '仮パスワード（一度だけ表示）',
    invitation: '招待を送信',
    suppressed: 'メッセージは送信されません。仮パスワードはご自身で伝えてください。',
    byEmail: 'メール',
    bySms: 'SMS',
    openUser: 'ユーザーを開く'
  },
  invalid: {
    username: 'ユーザー名に空白や制御文字は使えません（128 文字以内）。',
    unknown: 'このプールにこの属性はありません（カスタム属性は custom:… という名前です）。',
    system: 'Cognito が管理する属性のため書き込めません。',
    immutable: 'この属性はユーザー作成後に変更できません。',
    required: 'プールで必須の属性です。',
    email: "メールアドレスは name{'@'}example.com の形式です。",
    phone: 'E.164 形式で入力してください（+ と国番号、例 +819012345678）。',
    birthdate: '1990-04-25 のような日付を入力してください（年を伏せる場合は 0000）。',
    dateTime: '1990-04-25 のような日付か ISO 8601 の日時を入力してください。',
    number: '整数を入力してください。',
    numberMin: '{min} 以上を入力してください。',
    numberMax: '{max} 以下を入力してください。',
    boolean: 'true か false を入力してください。',
    tooShort: '{min} 文字以上必要です。',
    tooLong: '{max} 文字以内にしてください。'
  },
  password: {
    breaks: 'プールのポリシーでは次が必要です: {rules}。',
    rules: {
      length: '{min} 文字以上',
      uppercase: '大文字',
      lowercase: '小文字',
      numbers: '数字',
      symbols: '記号',
      spaces: '先頭と末尾に空白を含めないこと'
    },
    permanent: '恒久: ユーザーはこのパスワードでサインインします（CONFIRMED）。',
    temporary: '仮: 次回サインイン時に新しいパスワードの設定が必要です（FORCE_CHANGE_PASSWORD）。'
  },
  actions: {
    resendInvitation: '招待を再送信',
    confirmSignUp: 'サインアップを確認',
    setPassword: 'パスワードを設定',
    resetPassword: 'パスワードをリセット',
    enable: '有効化',
    disable: '無効化',
    globalSignOut: 'すべての端末からサインアウト',
    delete: 'ユーザーを削除'
  },
  explain: {
    disable:
      '{username} はサインインできなくなり、リフレッシュトークンも使えなくなります。有効化すれば、すべてそのままの状態で戻せます。',
    resetPassword:
      '{username} にメールまたは SMS で確認コードが届き、そのコードで新しいパスワードを設定する必要があります。ステータスは RESET_REQUIRED になり、現在のパスワードは使えなくなります。',
    globalSignOut:
      '{username} のすべてのリフレッシュトークンを無効にします。発行済みのアクセストークンと ID トークンは期限切れまで（通常 1 時間以内）有効です。',
    delete: '{username} を属性・グループ・デバイスごとプールから削除します。'
  },
  outcomes: {
    created: '{username} を作成しました。',
    invitationResent: '{username} に新しい仮パスワード付きの招待を再送信しました。',
    confirmed: '{username} のサインアップを確認しました。サインインできます。',
    passwordSet: '{username} に恒久パスワードを設定しました。ステータスは {status} です。',
    temporaryPasswordSet:
      '{username} に仮パスワードを設定しました。次回サインイン時に新しいパスワードの設定が必要です（{status}）。',
    passwordReset:
      '{username} のパスワードをリセットしました。届いたコードで新しいパスワードを設定する必要があります（ステータス {status}）。',
    enabled: '{username} を有効にしました。再びサインインできます。',
    disabled: '{username} を無効にしました。サインインできず、トークンも更新されません。',
    signedOut: '{username} をすべての端末からサインアウトしました。リフレッシュトークンは無効です。',
    deleted: '{username} をプールから削除しました。',
    attributesUpdated: '{username} の {names} を更新しました。',
    attributesDeleted: '{username} から {names} を削除しました。',
    addedToGroup: '{username} を {group} に追加しました。',
    removedFromGroup: '{username} を {group} から外しました。',
    mfaUpdated: '{username} の MFA を設定しました（有効: {enabled}）。'
  },
  statusMeaning: {
    UNCONFIRMED: 'サインアップ済みで未確認です。コードを入力するか管理者が確認するまでサインインできません。',
    CONFIRMED: '確認済み: パスワードでサインインできます。',
    ARCHIVED: 'アーカイブ済み: もう使われていません。',
    COMPROMISED: '侵害: 漏えいしたパスワードが検出されました。リセットが必要です。',
    UNKNOWN: '不明なステータスです。',
    RESET_REQUIRED: 'パスワードのリセットが必要: 届いたコードで新しいパスワードを設定する必要があります。',
    FORCE_CHANGE_PASSWORD:
      '管理者が作成: 仮パスワードでサインインし、新しいパスワードを設定する必要があります。',
    EXTERNAL_PROVIDER: '外部 ID プロバイダー（SAML・OIDC・ソーシャル）でサインインしたユーザーです。'
  },
  export: {
    button: 'エクスポート…',
    title: 'ユーザーのエクスポート',
    what: '対象',
    shown: '表示中の表（{count} 人）',
    wholeIndex: 'インデックス全体（{count} 人）',
    format: '形式',
    layout: 'CSV の列',
    tableColumns: '表の列',
    importHeader: 'プールのインポート用ヘッダー（Cognito のインポートジョブ用）',
    backup:
      'バックアップ: インポート用ヘッダーに有効状態とグループを加えたもの（このコンソールのインポートで復元）',
    tooMany:
      'サーバー検索の結果は一度に {max} 行までエクスポートできます。それ以上はインデックスを使ってください。',
    selected: 'チェックしたユーザー（{count} 人）',
    run: '{count} 人をエクスポート',
    progressLabel: 'エクスポートの進み具合',
    progress: '{total} 人中 {written} 人を書き込みました',
    cancel: 'エクスポートを中止',
    cancelled: 'エクスポートを中止しました。書きかけのファイルは削除され、ディスクには何も残っていません。',
    saved: '{count} 人を {path} に書き込みました。'
  },
  mfa: { SOFTWARE_TOKEN_MFA: '認証アプリ (TOTP)', SMS_MFA: 'SMS', EMAIL_OTP: 'メールのコード' },
  devices: {
    remembered: '記憶済み',
    notRemembered: '記憶なし',
    remember: '記憶する',
    dontRemember: '記憶しない',
    forget: '削除',
    forgetTitle: '{name} を削除しますか?',
    forgetText:
      '{username} は {name} で再び MFA が必要になり、このデバイスからのサインインは既知のデバイスとして扱われなくなります。',
    forgotten: '{name} を削除しました。',
    nowRemembered: '{name} を記憶しました。プールが許す場合は MFA を省略できます。',
    nowNotRemembered: '{name} の記憶を解除しました。再び MFA を求めます。',
    notOffered:
      'このエンドポイントはデバイス追跡（AdminListDevices）を提供していないため、ここではデバイスの一覧・削除・変更はできません。'
  },
  detail: {
    back: 'ユーザー',
    enabled: '有効',
    disabled: '無効',
    disabledMeaning: 'このユーザーは無効のためサインインできません。',
    attributes: '属性',
    custom: 'カスタム',
    immutable: '変更不可',
    readOnly: '読み取り専用',
    addAttribute: '属性を追加',
    saveAttributes: '属性を保存',
    deleteAttribute: '{name} を削除しますか？',
    deleteAttributeText: '{username} から {name} を削除します。',
    dates: '作成 {created} · 更新 {modified}',
    groups: 'グループ',
    leaveGroup: '{group} から外す',
    noGroups: 'どのグループにも属していません。',
    addToGroup: 'グループに追加',
    add: '追加',
    mfa: 'MFA',
    poolMfa: 'プールの MFA: {mode}',
    preferred: '優先する要素',
    devices: 'デバイス',
    noDevices: '記憶されたデバイスはありません。',
    notAvailable: 'このエンドポイントでは利用できません。'
  }
}

export default ja
