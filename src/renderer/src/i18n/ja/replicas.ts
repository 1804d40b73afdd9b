import type en from '../en/replicas'

const ja: typeof en = {
  tab: 'レプリカ',
  title: '他リージョンのレプリカ',
  intro:
    'レプリカは別のリージョンでこのプールのサインインを処理します。設定はプライマリで変更され、レプリカにコピーされます。レプリカ自身ではその変更はできません。',
  primary: 'プライマリのリージョン: {region}',
  notOffered:
    'このエンドポイントはレプリカ（ListUserPoolReplicas などの呼び出し）を提供していないため、ここでは一覧表示も変更もできません。Cognito 本体では利用できます。',
  empty: 'レプリカはありません。プールはプライマリのリージョンにのみあります。',
  columns: { region: 'リージョン', role: '役割', status: '状態', actions: '操作' },
  roles: { PRIMARY: 'プライマリ', SECONDARY: 'レプリカ' },
  add: '新しいレプリカを確認',
  region: '新しいレプリカのリージョン',
  regionPlaceholder: 'リージョンを選択または入力',
  activate: '有効にする',
  deactivate: '無効にする',
  delete: '削除',
  previewCreate: '{region} にレプリカを追加',
  previewUpdate: '{region} のレプリカを変更',
  createNote:
    'Cognito はプール、ユーザー、設定を {region} にコピーします。準備ができるまでレプリカは CREATING と表示されます。',
  updateNote: {
    ACTIVE: '{region} のレプリカがサインインの処理を再開します。',
    INACTIVE: '{region} のレプリカはサインインを処理しなくなり、そのユーザーはプライマリに送られます。'
  },
  deleteTitle: '{region} のレプリカを削除',
  deleteDescription:
    '{region} のサインインはこのレプリカで処理されなくなります。ユーザーと設定はプライマリのリージョンに残ります。',
  created: '{region} のレプリカを要求しました。準備ができるまで CREATING と表示されます。',
  updated: '{region} のレプリカは {status} になりました。',
  deleted: '{region} のレプリカの削除を開始しました。',
  problems: {
    regionInvalid: '「{region}」はリージョンコードではありません。eu-west-1 のような形式です。',
    primaryRegion: 'プライマリは {region} にあります。レプリカは別のリージョンに置いてください。',
    alreadyReplica: 'このプールには既に {region} のレプリカがあります。'
  }
}

export default ja
