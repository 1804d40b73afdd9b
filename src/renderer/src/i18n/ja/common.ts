import type en from '../en/common'

const ja: typeof en = {
  appName: 'Cognito 管理コンソール',
  nav: {
    pools: 'ユーザープール',
    identityPools: 'ID プール',
    testLogin: 'テストログイン',
    tokens: 'トークン検査',
    machineToken: 'マシントークン',
    selfService: 'サインアップと回復',
    support: 'サポートデスク',
    audit: '監査ログ',
    settings: '設定'
  },
  header: {
    region: 'リージョン',
    connection: '接続',
    noConnection: '接続なし',
    readOnly: '読み取り専用',
    production: '本番',
    theme: 'テーマ',
    language: '言語'
  },
  a11y: {
    mainNav: 'メイン',
    skipToContent: '本文へスキップ',
    decrease: '減らす',
    increase: '増やす',
    add: '追加'
  },
  palette: {
    open: '移動…',
    title: '移動・実行',
    label: '画面、プール、アプリクライアント、ユーザー、操作',
    placeholder: '画面、プール、アプリクライアント、ユーザー名、メール、操作を入力',
    results: '該当なし | 1 件 | {count} 件',
    searching: 'ユーザーを検索中…',
    searchFailed: 'ユーザー検索に失敗しました: {error}',
    usersIn: '{pool} のユーザーを検索します。',
    noPool: 'ユーザーを検索するにはユーザープールを開いてください。',
    hint: '↑ ↓ で選択、Enter で開く、Esc で閉じる',
    kinds: {
      action: '操作',
      screen: '画面',
      pool: 'ユーザープール',
      client: 'アプリクライアント',
      user: 'ユーザー'
    },
    showShortcuts: 'キーボードショートカットを表示'
  },
  shortcuts: {
    title: 'キーボードショートカット',
    keys: 'キー',
    does: '動作',
    global: 'どこでも',
    screen: 'この画面',
    then: 'の次に',
    palette: 'コマンドパレットを開く: 画面、プール、アプリクライアント、ユーザーへの移動や操作の実行',
    help: 'この一覧を表示 (入力欄で入力中を除く)',
    goTo: '{screen}へ移動',
    skip: '最初の Tab: 画面の本文へスキップ',
    tabs: 'タブを切り替える',
    grid: 'ユーザー一覧を移動し、Enter でユーザーを開く',
    focusSearch: '検索欄へ移動'
  },
  theme: { system: 'システム', light: 'ライト', dark: 'ダーク' },
  language: { en: 'English', ja: '日本語' },
  actions: {
    save: '保存',
    cancel: 'キャンセル',
    delete: '削除',
    edit: '編集',
    create: '作成',
    refresh: '再読み込み',
    close: '閉じる',
    copy: 'コピー',
    copied: 'コピーしました',
    reveal: '表示',
    hide: '隠す',
    retry: '再試行',
    confirm: '確認',
    search: '検索',
    open: '開く'
  },
  states: {
    loading: '読み込み中…',
    empty: 'まだ何もありません。',
    failed: '読み込めませんでした。理由と対処は上のメッセージにあります。',
    yes: 'はい',
    no: 'いいえ'
  },
  preview: {
    field: '項目',
    before: '現在',
    after: '保存後',
    none: '変更はありません。設定はすでにフォームのとおりです。',
    secretSet: '（新しいシークレット・非表示）',
    confirm: 'この変更を送信'
  },
  json: { raw: '生の JSON' },
  confirm: {
    typeToConfirm: '確認のため {value} と入力してください。',
    irreversible: 'この操作は元に戻せません。'
  },
  retriedWrite:
    '応答が途中で失われたため、このリクエストは {attempts} 回送信されました。最初の送信ですでに作成されている可能性があります。再試行する前に開いて確認してください。'
}

export default ja
