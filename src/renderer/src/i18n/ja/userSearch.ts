import type en from '../en/userSearch'

const ja: typeof en = {
  title: 'どこにいるか分からないユーザーを探す',
  intro:
    'プールが分からないときは、選んだ接続とリージョンのすべてのユーザープールを、ユーザー名・メールアドレス・電話番号・sub で検索します。',
  identifier: 'ユーザー名・メール・電話番号（+81…）・sub',
  connections: '接続',
  regions: 'リージョン',
  run: 'すべてを検索',
  cancel: '中止',
  needConnection: '接続を 1 つ以上選んでください。',
  needRegion: 'リージョンを 1 つ以上選んでください。',
  progress: '{total} リージョン中 {listed} でプール一覧を取得、{pools} プール中 {searched} を検索済み',
  filters: '検索条件: {filters}',
  state: {
    done: '検索が終わりました: {count} 件一致。',
    cancelled: '検索を中止しました: ここまでに {count} 件一致。未検索のプールは飛ばしました。'
  },
  none: '検索したプールに、そのユーザー名・メールアドレス・電話番号・sub のユーザーはいません。',
  columns: {
    connection: '接続',
    region: 'リージョン',
    pool: 'ユーザープール',
    user: 'ユーザー',
    status: 'ステータス'
  },
  disabled: '無効',
  open: 'サインインをチェック',
  openHint: '{connection} の {region} で開きます（コンソールの接続先が切り替わります）。',
  failures: '{count} か所を検索できませんでした。そこにいるユーザーは表示されていません:',
  failure: '{connection} · {region}{pool}: {message}'
}

export default ja
