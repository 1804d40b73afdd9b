import type en from '../en/audit'

const ja: typeof en = {
  title: '監査ログ',
  intro:
    'コンソールが AWS に加えたすべての変更（各画面・一括ジョブからのもの、失敗や拒否を含む）を記録します。パスワード・シークレット・トークンは記録しません。',
  file: '保存先: {file}',
  unwritten:
    'アプリ起動後、{count} 件の記録をログに書き込めませんでした。ディスクの空き容量とフォルダーの権限を確認してください。',
  filters: {
    text: '操作・ユーザー・プール・呼び出し元・エラーで検索…',
    operation: '操作',
    allOperations: 'すべての操作',
    result: '結果',
    pool: 'プール ID',
    range: '期間'
  },
  results: { all: 'すべての結果', ok: '成功', error: '失敗' },
  columns: {
    time: '日時',
    result: '結果',
    operation: '操作',
    target: '対象',
    pool: 'プール',
    caller: '呼び出し元',
    connection: '接続'
  },
  ok: '成功',
  failed: '失敗',
  refused: 'コンソールが拒否',
  uncertain:
    'リクエスト送信後に接続が切れました。AWS 側では変更が適用されている可能性があります。再試行の前に対象を確認してください。',
  count: '該当 {matched} 件中 {shown} 件を表示（ログ全体 {total} 件）',
  empty: 'まだ変更の記録はありません。どの接続で行った変更もここに表示されます。',
  noMatch: '条件に一致する記録はありません。',
  clear: '条件をクリア',
  export: 'エクスポート',
  exportJsonl: 'JSON Lines でエクスポート',
  exportCsv: 'CSV でエクスポート',
  exported: '{count} 件を {file} にエクスポートしました。',
  copyScript: 'シェルスクリプトとしてコピー',
  detail: {
    title: '記録',
    outcome: '結果',
    profile: 'プロファイル',
    caller: '呼び出し元 ARN',
    account: 'アカウント',
    region: 'リージョン',
    endpoint: 'エンドポイント',
    service: 'サービス',
    duration: '所要時間',
    cli: 'AWS CLI コマンド',
    cliHint:
      'ログに残していないシークレットやパスワードは <PASSWORD> のようなプレースホルダーです。実行前に埋めてください。',
    durationValue: '{ms} ミリ秒',
    parameters: 'パラメーター（シークレットは伏せ字）',
    unknownCaller: '不明（呼び出し元を取得できませんでした）'
  }
}

export default ja
