import type en from '../en/authFactors'

const ja: typeof en = {
  lostTitle: '認証アプリの紛失',
  lostIntro:
    'サインインコードを受け取る端末やアプリを紛失したユーザー向けです。実行後、MFA 必須のプールでは次回サインイン時に新しい認証アプリの設定が求められます。',
  steps: {
    deleteSoftwareToken: '{username} に登録された認証アプリを削除',
    mfaPreference: '認証アプリの MFA: {before} → オフ（他の要素はそのまま）',
    signOut: '{username} をすべてのセッションからサインアウトし、紛失した端末のトークンを更新できなくする'
  },
  mfaOn: 'オン',
  mfaPreferred: 'オン（優先）',
  mfaOff: 'オフ',
  outcomes: {
    done: '完了',
    notOffered: 'このエンドポイントでは提供されていません',
    skipped: 'スキップ'
  },
  run: '認証アプリをリセット',
  done: '{username} の認証アプリをリセットしました。'
}

export default ja
