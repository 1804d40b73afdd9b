import type en from '../en/connections'

const ja: typeof en = {
  title: '接続',
  intro:
    '接続は、共有設定ファイルの AWS プロファイル、リージョン、そしてローカルエミュレーター用のエンドポイントの組み合わせです。認証情報は AWS のファイルに残り、コンソールが保存することはありません。',
  add: '接続を追加',
  editTitle: '接続を編集',
  newTitle: '新しい接続',
  empty: '接続がまだありません。追加して始めてください。',
  fields: {
    name: '名前',
    source: '認証情報',
    profile: 'AWS プロファイル',
    region: 'リージョン',
    endpoint: 'カスタムエンドポイント（任意）',
    endpointHelp: 'moto、LocalStack、cognito-local などのローカルエミュレーター用。例: http://127.0.0.1:5000',
    readOnly: '読み取り専用',
    readOnlyHelp: 'この接続による AWS への変更をすべて拒否します。',
    production: '本番',
    productionHelp: 'この接続の使用中はヘッダーを赤くします。'
  },
  endpointProblems: {
    notUrl: '完全な URL を入力してください。例: https://cognito-idp.example.com、http://127.0.0.1:5000',
    scheme: 'https:// の URL を使ってください（http:// はこのマシンのみ）。',
    plainHttpRemote:
      'http:// はこのマシン（localhost、127.0.0.1、::1）にのみ使えます。リクエストとトークンが暗号化されずに送られるためです。それ以外のホストには https:// を使ってください。',
    credentialsInUrl:
      'URL からユーザー名とパスワードを削除してください。認証情報は AWS プロファイルから取得します。'
  },
  sources: { profile: 'AWS プロファイル', environment: '環境変数' },
  kinds: {
    static: 'アクセスキー',
    sso: 'IAM Identity Center (SSO)',
    'assume-role': 'ロールの引き受け',
    process: '認証情報プロセス',
    'web-identity': 'Web ID',
    unknown: 'その他'
  },
  mfa: 'MFA',
  noEnvironment: 'アプリの環境に AWS_ACCESS_KEY_ID がありません。',
  test: '接続をテスト',
  testing: 'テスト中…',
  use: '使用',
  active: '使用中',
  identityOk: '{arn} としてサインイン中（アカウント {account}）',
  cognitoOk: 'Cognito が応答しました: 最初のページにユーザープール {count} 件。',
  identityFailed: '呼び出し元の確認に失敗しました',
  noSts:
    'このエンドポイントには STS がありません（Cognito だけのエミュレーターでは普通です）。呼び出し元は表示できません。',
  cognitoFailed: 'Cognito が応答しません',
  removeTitle: '接続を削除',
  removeText: '「{name}」を削除しますか？AWS のファイルは変更されません。',
  mfaTitle: 'MFA コードが必要です',
  mfaText:
    'プロファイル {profile} は MFA が必要なロールを引き受けます。{serial} の現在のコードを入力してください。',
  mfaCode: '6 桁のコード'
}

export default ja
