import type en from '../en/resourceServers'

const ja: typeof en = {
  tab: 'API スコープ',
  title: 'リソースサーバーとカスタムスコープ',
  intro:
    'リソースサーバーはお使いの API です。そのスコープ (identifier/scope) をアプリクライアントが要求できます (クライアント認証情報グラントなど)。',
  create: 'リソースサーバーを追加',
  createTitle: '新しいリソースサーバー',
  editTitle: 'リソースサーバー {name} の編集',
  previewCreate: '{name} の追加: 送信する内容',
  previewEdit: '{name} の変更: 送信する内容',
  review: '変更を確認',
  empty: 'このプールにはリソースサーバーがありません。アプリクライアントは標準スコープのみ許可できます。',
  created: 'リソースサーバー {name} を追加しました。',
  saved: 'リソースサーバー {name} を保存しました。',
  deleted: 'リソースサーバー {name} を削除しました。',
  deleteTitle: 'リソースサーバー {name} の削除',
  deleteDescription: 'このスコープは発行されなくなり、要求したアプリは拒否されます。',
  deleteClients:
    'このスコープを許可しているアプリクライアント: {clients}。削除後、これらからスコープを外してください。',
  columns: { identifier: '識別子', name: '名前', scopes: 'スコープ', clients: '許可しているクライアント' },
  fields: {
    identifier: '識別子',
    identifierHelp: '通常は API の URL (例: https://api.example.com)。作成後は変更できません。',
    name: '名前',
    scopes: 'カスタムスコープ',
    scopeName: 'スコープ',
    scopeDescription: '説明',
    addScope: 'スコープを追加',
    removeScope: '削除',
    fullScope: 'クライアントが要求する値'
  },
  problems: {
    identifierRequired: '識別子を入力してください (例: https://api.example.com)。',
    identifierFormat:
      '「{identifier}」は識別子として使えません。空白・引用符・バックスラッシュを含まない表示可能な文字を使ってください。',
    nameRequired: 'リソースサーバーの名前を入力してください。',
    nameFormat: "名前に使えるのは英数字、空白、+ = , . {'@'} - のみです。",
    scopeNameRequired: 'スコープ {index} に名前がありません。入力するか行を削除してください。',
    scopeNameFormat:
      '「{scope}」はスコープ名として使えません。空白・引用符・スラッシュ・バックスラッシュは使えません (例: orders.read)。',
    scopeDuplicate: 'スコープ {scope} が重複しています。どちらかを削除してください。',
    scopeDescriptionRequired: 'スコープ {scope} の説明を入力してください。Cognito では必須です。',
    scopeDescriptionLength: '{scope} の説明が {max} 文字を超えています。短くしてください。',
    tooManyScopes: 'リソースサーバーのスコープは最大 {max} 個です。'
  }
}

export default ja
