import type en from '../en/sessions'

const ja: typeof en = {
  title: 'セッション',
  columns: {
    type: '種類',
    client: 'アプリクライアント',
    device: 'デバイス',
    ipAddress: 'IP アドレス',
    location: '場所',
    created: '開始',
    lastActive: '最終アクティブ'
  },
  none: '有効なセッションはありません。',
  notOffered: 'このエンドポイントはセッション一覧（AdminListUserSessions）を提供していません。',
  notTracked:
    'このプールはセッションを記録していないため、一覧は表示されません。記録を有効にするには、プールのセッション設定（SetUserPoolSessionConfiguration の UserSessionTracking を ENABLED）を変更してください。Essentials または Plus の機能プランが必要です。',
  revoke: '失効',
  revokeAll: 'すべてサインアウト',
  revokeTitle: 'このセッションを失効させますか？',
  revokeText:
    '{device} から {created} に開始したセッションを終了します。リフレッシュトークンは使えなくなります。発行済みのアクセストークンは期限まで有効です。',
  revokeAllText:
    '{username} のすべてのセッションを終了し、リフレッシュトークンをすべて失効させます。発行済みのアクセストークンは期限まで有効です。',
  revoked: 'セッションを失効させました。残り {count} 件です。',
  bulkHint:
    '複数のユーザーをまとめてサインアウトするには、ユーザー一覧で選択し、一括操作「すべてサインアウト」を実行してください。',
  unknownDevice: '不明なデバイス'
}

export default ja
