import type en from '../en/timeline'

const ja: typeof en = {
  title: 'タイムライン',
  lastSeen: '最終確認 {relative}（{at}）: 最新の成功したサインインです。',
  neverSeen: '最近の認証イベントに成功したサインインはありません。',
  authEventsNotOffered:
    'このエンドポイントは認証イベント（AdminListUserAuthEvents）を提供していないため、タイムラインにサインインが含まれず、最終確認日時もありません。Cognito ではプールの脅威保護が必要です。',
  filter: 'タイムラインを絞り込む',
  kinds: {
    account: 'アカウント',
    authEvent: 'サインインイベント',
    audit: 'このコンソールでの変更',
    job: '一括ジョブ'
  },
  none: '条件に一致する項目はありません。',
  account: { created: 'ユーザー作成', modified: 'ユーザー最終更新' },
  authEvent: '{type}: {response}',
  risk: 'リスク {risk}',
  feedback: 'フィードバック {feedback}',
  audit: '{operation}（{result}）接続 {connection}',
  job: '一括ジョブ「{description}」: {outcome}',
  refresh: '再読み込み'
}

export default ja
