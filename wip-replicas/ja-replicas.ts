import type en from '../en/replicas'

/** マルチリージョンのユーザープールのレプリカ。 */
const ja: typeof en = {
  tab: 'レプリカ',
  title: '他リージョンのレプリカ',
  intro:
    'レプリカは別のリージョンでこのプールのサインインを受け付けます。設定はプライマリで変更され、レプリカにコピーされます。レプリカ自身はその変更を拒否します。',
  primary: 'プライマリのリージョン: {region}',
  notOffered:
    'このエンドポイントはレプリカ（ListUserPoolReplicas と関連の呼び出し）を提供していないため、ここでは一覧も変更もできません。Cognito 本体では動作します。',
  empty: 'レプリカはありません。プールはプライマリのリージョンにのみあります。',
  columns: { region: 'リージョン', role: '役割', status: '状態', actions: '' },
  roles: { PRIMARY: 'プライマリ', SECONDARY: 'レプリカ' },
  add: 'レプリカを追加',
  region: '新しいレプリカのリージョン',
  review: '確認',
  activate: '有効にする',
  deactivate: '無効にする',
  delete: '削除',
  previewCreate: '{region} にレプリカを追加',
  previewUpdate: '{region} のレプリカを変更',
  previewDelete: '{region} のレプリカを削除',
  deleteWarning: '{region} のサインインはこのレプリカで受け付けられなくなります。ユーザーはプライマリに残ります。',
  created: '{region} のレプリカを要求しました。準備ができるまで CREATING と表示されます。',
  updated: '{region} のレプリカは {status} になりました。',
  deleted: '{region} のレプリカの削除を開始しました。',
  problems: {
    regionInvalid: '「{region}」はリージョンコードではありません。eu-west-1 のような形です。',
    primaryRegion: 'プライマリは {region} にあります。レプリカは別のリージョンに置きます。',
    alreadyReplica: 'このプールにはすでに {region} のレプリカがあります。'
  }
}

export default ja
