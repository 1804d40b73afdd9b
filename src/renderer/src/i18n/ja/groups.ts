import type en from '../en/groups'

const ja: typeof en = {
  title: 'グループ',
  create: 'グループを作成',
  createTitle: '新しいグループ',
  editTitle: 'グループ {name} の編集',
  empty: 'このプールにはまだグループがありません。',
  created: 'グループ {name} を作成しました。',
  saved: 'グループ {name} を保存しました。',
  deleted: 'グループ {name} を削除しました。',
  columns: {
    name: '名前',
    description: '説明',
    precedence: '優先順位',
    role: 'IAM ロール',
    modified: '更新日時'
  },
  fields: {
    name: 'グループ名',
    description: '説明',
    precedence: '優先順位',
    precedenceHelp:
      '小さいほど優先されます。複数のグループに属するユーザーには、最も小さい値のグループのロールが使われます。',
    roleArn: 'IAM ロール ARN（任意）',
    rolePlaceholder: 'arn:aws:iam::123456789012:role/MyRole'
  },
  members: {
    button: 'メンバー',
    title: '{name} のメンバー',
    empty: 'このグループにユーザーはいません。',
    more: 'さらに読み込む',
    add: 'ユーザーを追加',
    addPlaceholder: 'ユーザー名',
    added: '{username} を {group} に追加しました。',
    remove: '外す',
    removed: '{username} を {group} から外しました。',
    removeTitle: '{username} を {group} から外しますか?',
    removeDescription:
      'ユーザーのアカウントは残ります。グループのメンバーシップ（とそのロール）だけが外れます。',
    count: '{count} 件表示',
    username: 'ユーザー名',
    email: 'メール',
    status: '状態',
    enabled: '有効'
  },
  deleteTitle: 'グループ {name} を削除しますか?',
  deleteDescription: 'メンバーはプールに残り、このグループとそのロールを失います。'
}

export default ja
