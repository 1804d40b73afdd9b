import type en from '../en/limits'

const ja: typeof en = {
  indicator: {
    waiting: '流量調整中: {count} 件が待機中',
    throttled: '直近 1 分間に AWS が {count} 件をスロットリングしました',
    detail:
      'Cognito のリクエストレートクォータごとに呼び出しの順番を待つため、一括処理でも AWS のスロットリングを起こしにくくなっています。スロットリングされた呼び出しは自動で再試行されます。',
    category: '{category}: {count} 件待機中'
  },
  card: {
    title: 'リクエストレート',
    intro:
      'コンソールは Cognito のクォータカテゴリごと（アカウント・リージョン単位の毎秒リクエスト数）に呼び出しを調整します。既定値は AWS 公表のクォータです。同じアカウントを他のツールも使う場合は下げ、AWS でクォータを引き上げた場合は上げてください。',
    category: 'クォータカテゴリ',
    rate: '毎秒リクエスト数',
    defaultColumn: 'AWS 既定値 (公表値)',
    accountColumn: 'このアカウント (読み取り値)',
    inForce: '適用中',
    sources: { override: 'ここで設定', account: 'アカウントから', default: '公表の既定値' },
    accountRead:
      '{time} にこのアカウント・リージョンのプロビジョニング済み上限を読み取りました (GetProvisionedLimit)。ここでレートを設定しない限り、この値で呼び出しを調整します。',
    accountUnavailable: 'アカウントの上限を読み取れなかったため、公表の既定値を適用しています: {reason}',
    accountNoConnection: '接続を選ぶと、そのアカウントの上限を読み取ります。',
    readAgain: 'アカウントから再読み取り',
    changed: '変更済み',
    save: 'レートを保存',
    reset: 'アカウントまたは AWS の値に戻す',
    saved: 'リクエストレートを保存しました。すべての接続に直ちに適用されます。',
    invalid: '{min} から {max} までの毎秒リクエスト数を入力してください。'
  }
}

export default ja
