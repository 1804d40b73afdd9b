import type en from '../en/errors'

const ja: typeof en = {
  VALIDATION: { title: '入力を確認してください', hint: '示された値を修正して再試行してください。' },
  PAYLOAD_TOO_LARGE: {
    title: '一度に送るデータが多すぎます',
    hint: 'ファイルや選択を小さく分けて、少しずつ送ってください。'
  },
  UNKNOWN_CHANNEL: {
    title: '不明な操作',
    hint: 'アプリを再起動してください。続く場合は不具合として報告してください。'
  },
  FORBIDDEN_SENDER: { title: '拒否されました', hint: 'コンソール自身のウィンドウからのみ呼び出せます。' },
  READ_ONLY: {
    title: '読み取り専用の接続',
    hint: '変更するには「設定」でこの接続の読み取り専用をオフにしてください。'
  },
  NO_CONNECTION: { title: '接続がありません', hint: '「設定」で接続を追加して選択してください。' },
  NOT_FOUND: { title: '見つかりません', hint: '削除されたか、別のリージョンやアカウントにあります。' },
  ALREADY_EXISTS: { title: '既に存在します', hint: '別の名前を選んでください。' },
  INVALID_PASSWORD: {
    title: 'パスワードが拒否されました',
    hint: 'プールのパスワードポリシーに従ってください。'
  },
  INVALID_PARAMETER: { title: '値が拒否されました', hint: '詳細に修正すべき項目が示されています。' },
  NOT_AUTHORIZED: {
    title: '認可されていません',
    hint: 'パスワード、ユーザーの状態、アプリクライアントの認証フローを確認してください。'
  },
  USER_NOT_CONFIRMED: { title: '未確認のユーザー', hint: '先にユーザーのサインアップを確認してください。' },
  PASSWORD_RESET_REQUIRED: {
    title: 'パスワードのリセットが必要です',
    hint: 'ユーザーはパスワードをリセットする必要があります。'
  },
  CODE_MISMATCH: { title: 'コードが違います', hint: 'コードを確認して再試行してください。' },
  EXPIRED_CODE: { title: 'コードの有効期限切れ', hint: '新しいコードを要求してください。' },
  THROTTLED: { title: 'スロットリング中', hint: '少し待ってから再試行してください。' },
  LIMIT_EXCEEDED: { title: '上限に達しました', hint: '待つか、AWS にクォータの引き上げを依頼してください。' },
  CONCURRENT_MODIFICATION: {
    title: '同時に変更されました',
    hint: '再読み込みしてもう一度変更してください。'
  },
  PRECONDITION: { title: '現在は実行できません', hint: '不足しているものは詳細に示されています。' },
  OPERATION_NOT_ENABLED: {
    title: 'レプリカが拒否しました',
    hint: 'このプールはマルチリージョンのプールの別リージョンにあるレプリカで、レプリカではこの変更はできません。プライマリのプール（リージョンは「レプリカ」タブに表示されます）で変更してください。Cognito がレプリカにコピーします。'
  },
  CREDENTIALS_MISSING: {
    title: '認証情報がありません',
    hint: 'AWS の設定ファイルのプロファイルを確認してください。'
  },
  CREDENTIALS_EXPIRED: {
    title: '認証情報の有効期限切れ',
    hint: 'プロファイルの認証情報を更新し、接続を再テストしてください。'
  },
  SSO_LOGIN_REQUIRED: {
    title: 'SSO サインインが必要です',
    hint: 'プロファイルに対して aws sso login を実行し、接続を再テストしてください。'
  },
  ACCESS_DENIED: {
    title: 'アクセスが拒否されました',
    hint: 'IAM ID に権限が不足しています。詳細を参照してください。'
  },
  NETWORK: {
    title: 'ネットワークの問題',
    hint: '再試行してください。接続が何度も切れる場合は、このコンピューターとエンドポイントの間のネットワーク、VPN、プロキシを確認してください。'
  },
  ENDPOINT: { title: 'エンドポイントの問題', hint: '接続のエンドポイント URL を確認してください。' },
  TIMEOUT: {
    title: '時間内に応答がありません',
    hint: 'ネットワークまたはエンドポイントを確認して再試行してください。'
  },
  NOT_SUPPORTED: { title: 'ここでは未対応です', hint: 'このエンドポイントはこの操作を実装していません。' },
  UNSUPPORTED_OPERATION: {
    title: 'このエンドポイントにない操作です',
    hint: 'このエンドポイントは {operation} を提供していません。エミュレーターは Cognito の一部だけを実装しています。AWS 本体では動作します。'
  },
  CANCELLED: { title: 'キャンセルしました', hint: 'これ以上の処理は行われていません。' },
  INTERNAL: {
    title: '予期しないエラー',
    hint: '再試行してください。繰り返す場合は詳細を添えて報告してください。'
  }
}

export default ja
