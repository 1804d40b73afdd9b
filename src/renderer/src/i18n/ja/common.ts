import type en from '../en/common'

const ja: typeof en = {
  appName: 'Cognito 管理コンソール',
  nav: {
    pools: 'ユーザープール',
    identityPools: 'ID プール',
    testLogin: 'テストログイン',
    tokens: 'トークン検査',
    machineToken: 'マシントークン',
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
  }
}

export default ja
