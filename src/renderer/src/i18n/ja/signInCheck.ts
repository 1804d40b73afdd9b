import type en from '../en/signInCheck'

const ja: typeof en = {
  title: 'サインインチェック',
  intro:
    '相手から聞いたユーザー名・メールアドレス・電話番号を入力すると、ユーザーを探してサインインできない理由を表示します。',
  find: {
    pool: 'ユーザープール',
    poolPlaceholder: 'ユーザープールを選択',
    identifier: 'ユーザー名・メール・電話番号（+81…）',
    run: '検索してチェック',
    none: 'このプールに、そのユーザー名・メールアドレス・電話番号のユーザーはいません。',
    filters: '検索条件: {filters}',
    several: '{count} 人が一致しました。1 人選んでください。',
    choosePool: '先にユーザープールを選んでください。'
  },
  client: {
    label: 'アプリがサインインに使うアプリクライアント（任意）',
    placeholder: '指定しない',
    flow: 'アプリが使うフロー'
  },
  run: 'サインインをチェック',
  rerun: '再チェック',
  checkedAt: '{at} にチェック',
  verdict: {
    blocked: 'サインインできません',
    atRisk: 'サインインできますが問題があります',
    ok: 'サインインを妨げるものはありません'
  },
  noReasons: 'ステータス、プール設定、下記の情報のいずれにも、このユーザーを拒否する要因はありません。',
  severity: { blocking: '阻害', warning: '警告', info: '情報' },
  reasons: {
    disabled: 'ユーザーが無効です。すべてのサインインが拒否されます。',
    unconfirmed: 'サインアップが確認されていません。確認されるまでサインインできません。',
    temporaryPasswordExpired:
      '仮パスワードは {days} 日前（{expiresOn}）に期限切れになりました。招待を再送して新しい仮パスワードを送ってください。',
    temporaryPasswordPending:
      'ユーザーはまだパスワードを設定していません。仮パスワードはあと {days} 日（{expiresOn} まで）有効です。',
    resetRequired:
      '管理者がパスワードをリセットしました。送られたコードで新しいパスワードを設定する必要があります。',
    compromised: 'Cognito がパスワードの漏えいを検出しました。パスワードのリセットが必要です。',
    archived: 'アカウントはアーカイブ済みで、サインインできません。',
    externalProvider:
      'このユーザーは外部プロバイダー（{providers}）でサインインします。ここでのパスワードは使いません。',
    emailUnverified: {
      alias:
        'メールアドレス {value} はサインイン識別子ですが未確認です。このアドレスではサインインできません。',
      username:
        'メールアドレス {value} はサインイン識別子ですが未確認です。パスワードリセットなどのコードが届きません。'
    },
    phoneUnverified: {
      alias: '電話番号 {value} はサインイン識別子ですが未確認です。この番号ではサインインできません。',
      username:
        '電話番号 {value} はサインイン識別子ですが未確認です。パスワードリセットなどのコードが届きません。'
    },
    mfaRequiredNoFactor:
      'プールは MFA（{factors}）を必須にしていますが、ユーザーには使える要素がありません。サインインは MFA で止まります。',
    mfaSetupAtSignIn:
      'プールは MFA 必須で、ユーザーはまだ設定していません。サインイン時に認証アプリの設定を求められます。',
    authenticatorApp:
      'このユーザーは認証アプリでサインインします。紛失した場合は認証アプリをリセットしてください。',
    noAllowedFirstFactor:
      'ユーザーの要素（{configured}）はいずれも、プールが最初の要素として許可するもの（{allowed}）ではありません。',
    repeatedFailures:
      'サインインに {count} 回連続で失敗しています（最後は {last}）。しばらくロックアウトされている可能性があります（Cognito が再試行を遅らせます）。',
    highRisk: '直近のサインイン（{at}）は脅威保護により高リスクと判定されました。',
    clientFlowNotAllowed:
      'アプリクライアント {client} は {flow} を許可していません（{setting} がオフ）。アプリのサインインは拒否されます。',
    activeSessions: 'ユーザーには有効なセッションが {count} 件あります。',
    linkedIdentities: '{providers} にリンクされています。そのプロバイダーでもサインインできます。'
  },
  fixes: {
    resendInvitation: '招待を再送',
    enable: '有効にする',
    confirmSignUp: 'サインアップを確認',
    resetPassword: 'パスワードをリセット',
    verifyEmail: 'メールを確認済みにする',
    verifyPhone: '電話番号を確認済みにする',
    resetAuthenticator: '認証アプリの紛失…',
    openClient: 'アプリクライアントを開く'
  },
  facts: {
    title: 'チェックで読んだ情報',
    status: 'ステータス',
    mfa: 'MFA',
    poolMfa: 'プールの MFA',
    signInWith: 'サインイン識別子',
    tier: '機能プラン',
    authFactors: '認証要素',
    authEvents: '最近の認証イベント',
    sessions: '有効なセッション',
    devices: '記憶済みデバイス',
    none: 'なし',
    username: 'ユーザー名',
    notOffered: 'このエンドポイントでは提供されていません'
  },
  notOfferedNote: '一部の情報はこのエンドポイントでは提供されていないため、それらなしでチェックしました。',
  confirmReset:
    '{username} のパスワードをリセットしますか？現在のパスワードは使えなくなり、新しいパスワードを設定するためのコードが送られます。'
}

export default ja
