import type en from '../en/terms'

const ja: typeof en = {
  title: 'アプリクライアントごとの規約文書',
  intro:
    'マネージドログインは各アプリクライアントの利用規約とプライバシーポリシーにリンクします。言語ごと、またはすべての言語に 1 つのリンクを指定してください。',
  add: '文書を追加',
  edit: '編集',
  delete: '削除',
  none: '規約文書はまだありません。',
  client: 'アプリクライアント',
  name: '名前',
  nameHelp: 'terms-of-use または privacy-policy で始めます (例: terms-of-use、privacy-policy-2025)。',
  links: 'リンク',
  language: '言語',
  url: 'URL',
  addLink: '言語を追加',
  removeLink: 'リンクを削除',
  createTitle: '新しい規約文書',
  editTitle: '{name} を編集',
  review: '変更を確認',
  previewTitle: '{client} の {name}: 送信される内容',
  saved: '{client} の {name} を保存しました。',
  deleteTitle: '{name} を削除',
  deleteText: '{client} のマネージドログインはこの文書にリンクしなくなります。',
  deleted: '{name} を削除しました。',
  unsupported: 'このエンドポイントには規約文書 (CreateTerms、ListTerms など) がありません。',
  languages: {
    'cognito:default': 'その他すべての言語',
    'cognito:english': '英語',
    'cognito:french': 'フランス語',
    'cognito:spanish': 'スペイン語',
    'cognito:german': 'ドイツ語',
    'cognito:bahasa-indonesia': 'インドネシア語',
    'cognito:italian': 'イタリア語',
    'cognito:japanese': '日本語',
    'cognito:korean': '韓国語',
    'cognito:portuguese-brazil': 'ポルトガル語 (ブラジル)',
    'cognito:chinese-simplified': '中国語 (簡体字)',
    'cognito:chinese-traditional': '中国語 (繁体字)'
  },
  problems: {
    nameKind:
      '名前は terms-of-use または privacy-policy で始めてください。Cognito はそれで種類を区別します。',
    nameFormat: '名前は空白なしの {max} 文字以内にしてください。',
    noLinks:
      'リンクを 1 つ以上追加してください。「その他すべての言語」は個別のリンクがない言語すべてに使われます。',
    languageTwice: '{language} のリンクが 2 つあります。1 つにしてください。',
    linkFormat:
      '{language} のリンクが完全な URL ({max} 文字以内) ではありません。例: https://example.com/terms',
    linkInsecure: '{language} のリンクは https:// で始め、ユーザー名やパスワードを含めないでください。'
  }
}

export default ja
