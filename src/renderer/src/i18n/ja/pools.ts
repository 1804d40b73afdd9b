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
    triggers: 'Lambda トリガー'
  },
  empty: 'このアカウントの {region} にはユーザープールがありません。',
  noMatch: '「{query}」に一致するプールはありません。',
  noConnection: 'ユーザープールを一覧表示するには接続を選択または追加してください。',
  goToSettings: '設定を開く',
  count: '{count} 件のプール'
}

export default ja
