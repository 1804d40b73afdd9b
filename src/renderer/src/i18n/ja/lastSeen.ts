import type en from '../en/lastSeen'

const ja: typeof en = {
  load: '最終利用を読み込む',
  loadHelp:
    'これらのユーザーが最後に利用した日時を (プールのクォータに合わせて) 読み込み、インデックスの「最終利用」列に入れます。そのあと「次の日数以上利用なし」で絞り込めます。',
  cancel: '停止',
  sources: {
    sessions: 'ユーザーのセッションから',
    authEvents: '最新の成功したサインインイベントから'
  },
  progress: '最終利用: {total} 人中 {done} 人を{source}読み込み済み',
  summary:
    '最終利用: {total} 人中 {done} 人を{source}読み込みました。利用なし {neverSeen} 人、読み込めなかったユーザー {failed} 人。',
  cancelled: '停止しました。',
  failed: '停止しました: {error}',
  notSeenDays: '{min} から {max} までの整数の日数を入力してください。'
}

export default ja
