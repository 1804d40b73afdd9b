import type en from '../en/insights'

const ja: typeof en = {
  tab: 'インサイト',
  indexed: 'ユーザー {count} 人のプールインデックス（{when} に完了）から集計しています。',
  indexLoading: 'プールインデックスを読み込み中です。これまでに読んだ {count} 人のユーザーを集計しています。',
  notIndexed:
    'インサイトはプールインデックスから集計します。先に「ユーザー」タブでインデックスを読み込んでください。',
  openUsers: 'ユーザータブを開く',
  refresh: '再集計',
  computed: '{ms} ミリ秒で集計しました。',
  period: '単位',
  periods: { day: '日', week: '週', month: '月' },
  utc: '期間は UTC です。週は月曜日に始まります。',
  columns: { bucket: 'ユーザーの区分', users: 'ユーザー数', share: '割合' },
  showUsers: 'この {count} 人のユーザーを表示',
  chartLabel: '{title}: 棒グラフ。下の表に同じ数値があります。',
  exportPng: 'PNG',
  exportCsv: 'CSV',
  exported: '{path} に保存しました。',
  empty: '集計するユーザーがいません。',
  earlier: 'それより前の期間のユーザー {count} 人は表示していません。',
  charts: {
    statuses: 'ステータス別ユーザー',
    signUps: 'サインアップ',
    modifications: '更新されたユーザー',
    invitations: '受諾されていない招待',
    email: 'メールアドレスの検証',
    phone: '電話番号の検証',
    providers: 'プロバイダー別フェデレーションユーザー',
    groups: 'グループ別ユーザー',
    distribution: '属性の値'
  },
  buckets: {
    disabled: '無効（ステータスを問わず）',
    none: 'なし',
    noGroup: 'どのグループにも属さない',
    noValue: '値なし',
    other: 'その他の値',
    verified: '検証済み',
    unverified: '未検証',
    absent: 'アドレスなし',
    pending: '有効期間内（{days} 日未満）',
    age: '{from}～{to} 日経過',
    ageOpen: '{from} 日以上経過'
  },
  invitationsHelp:
    'FORCE_CHANGE_PASSWORD のユーザーのうち、仮パスワードがプールの有効期間（{days} 日）を過ぎたユーザーを、最後に送ってからの日数別に示します。招待を再送するとサインインできるようになります。',
  providersEmpty: 'このプールにフェデレーションユーザーはいません。',
  groupsNotLoaded:
    'このインデックスにはグループのメンバーシップがありません。グループ付きで読み込み直してください。',
  mfa: {
    title: 'MFA',
    OFF: 'このプールでは MFA はオフです。',
    ON: 'このプールではすべてのユーザーに MFA が必須です。',
    OPTIONAL:
      'このプールでは MFA は任意です。誰が設定済みかはインデックスにありません（ListUsers は返しません）。ユーザーを開くと確認できます。'
  },
  attribute: '属性',
  attributePlaceholder: 'custom:tenant、locale など'
}

export default ja
