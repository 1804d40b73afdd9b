import type en from '../en/threatProtection'

/** ユーザープールの脅威保護（リスク設定）と、ユーザーの認証イベントのリスク。 */
const ja: typeof en = {
  tab: '脅威保護',
  title: '脅威保護',
  plan: {
    title: '機能プラン',
    tier: '機能プラン',
    mode: '脅威保護',
    customAuthMode: 'カスタム認証',
    modes: { OFF: 'オフ', AUDIT: '監査のみ', ENFORCED: 'フル機能' },
    needsPlus:
      '脅威保護には Plus 機能プランが必要です（リスク検出、適応型認証、漏えい認証情報の確認、IP 例外、認証イベント履歴）。このプールは {plan} です。下の設定は Plus に切り替えて脅威保護をオンにすると有効になります。',
    audit:
      '監査のみ: Cognito はリスクを検出して記録し、認証イベントを保持しますが、下のアクションは実行しません。',
    off: '脅威保護はオフです。Cognito はリスクを検出せず、認証イベントも保持しません。プールの設定でオン（監査のみまたはフル機能）にしてください。',
    enforced: 'フル機能: 検出したリスクごとに、Cognito が下のアクションを実行します。',
    switch: {
      label: 'モードを変更',
      about: {
        OFF: 'オフ: リスク検出も認証イベント履歴もありません。どのプランでも使えます。',
        AUDIT:
          '監査のみ: リスクを検出して認証イベントとともに記録しますが、サインインをブロックしたりチャレンジしたりはしません。Plus プランが必要です。',
        ENFORCED:
          'フル機能: リスクごとに設定したアクション（ブロック、MFA、通知）を実行します。Plus プランが必要です。'
      },
      review: 'モードの変更を確認',
      previewTitle: '脅威保護のモードを変更',
      note: '変更されるのはモードだけです。プールのその他の設定はそのまま送り返されます。',
      saved: '脅威保護は {mode} になりました。',
      needsPlus:
        '{mode} には Plus 機能プランが必要です。このプールは {plan} です。先に「概要」タブでプランを変更してください。'
    }
  },
  scope: '適用先',
  scopePool: 'プール全体',
  followsPool:
    'このアプリクライアントには独自の設定がなく、プールの設定に従います。ここで保存すると独自の設定になります。',
  ownSettings:
    'このアプリクライアントには独自の設定があり、そのサインインではプールの設定に代わって使われます。',
  notOffered:
    'このエンドポイントはリスク設定（DescribeRiskConfiguration / SetRiskConfiguration）を提供していないため、ここでは脅威保護を読み取りも変更もできません。Cognito 本体では動作します。',
  lastModified: '最終変更 {date}',
  compromised: {
    title: '漏えいした認証情報',
    intro: 'Cognito はパスワードを他所で漏えいした認証情報と照合します。',
    enabled: '漏えいした認証情報を確認する',
    events: '確認する操作',
    eventNames: { SIGN_IN: 'サインイン', PASSWORD_CHANGE: 'パスワード変更', SIGN_UP: 'サインアップ' },
    action: '見つかったとき',
    actions: { BLOCK: 'リクエストをブロック', NO_ACTION: '許可（記録のみ）' }
  },
  takeover: {
    title: 'アカウント乗っ取り',
    intro: 'リスクが低・中・高と評価されたサインインに Cognito が行うこと。',
    enabled: 'アカウント乗っ取りのリスクに対応する',
    level: 'リスク',
    levels: { low: '低', medium: '中', high: '高' },
    action: 'アクション',
    notify: 'ユーザーに通知',
    actions: {
      NO_ACTION: '許可',
      MFA_IF_CONFIGURED: 'MFA を設定済みなら MFA',
      MFA_REQUIRED: 'MFA を必須にする',
      BLOCK: 'ブロック'
    }
  },
  notify: {
    title: '通知メール',
    intro: '上のアクションが通知するとき、プールのリージョンで検証済みの SES ID から送信されます。',
    sourceArn: 'SES ID の ARN',
    from: '送信元',
    replyTo: '返信先',
    templates: { block: 'サインインをブロック', noAction: 'サインインを許可', mfa: 'MFA を要求' },
    subject: '件名',
    htmlBody: 'HTML 本文',
    textBody: 'テキスト本文'
  },
  exceptions: {
    title: 'IP 例外',
    intro:
      'CIDR 表記の範囲を 1 行に 1 つ（203.0.113.0/24、2001:db8::/32）。それぞれ最大 {max} 件。常に許可する範囲はリスク確認を省略し、常にブロックする範囲はサインイン前に拒否されます。',
    alwaysAllow: '常に許可',
    alwaysBlock: '常にブロック'
  },
  review: '変更を確認',
  previewTitle: '脅威保護を変更',
  saved: '脅威保護を保存しました。',
  problems: {
    ipInvalid:
      '「{value}」は CIDR 表記の範囲ではありません。アドレスとプレフィックス長を書いてください（例: 203.0.113.0/24、1 つのアドレスなら 203.0.113.7/32）。',
    ipHostBits:
      '「{value}」はプレフィックスより後ろのビットが立っています。ネットワーク {network} と書いてください。',
    ipTooMany: '1 つのリストは最大 {max} 件です。いくつか削除するか、より広い範囲にまとめてください。',
    ipInBoth: '「{value}」が常に許可と常にブロックの両方にあります。どちらか一方に残してください。',
    notifySourceRequired:
      'ユーザーへの通知には送信元の SES ID が必要です。ARN を入力するか、通知をオフにしてください。',
    subjectRequired:
      '「{template}」のメールに本文があり件名がありません。件名を付けるか本文を消してください。',
    emailInvalid: "「{value}」はメールアドレスではありません。name{'@'}example.com の形で書いてください。",
    arnMalformed: 'SES ID の ARN ではありません。{example} のような形です。',
    arnOtherRegion:
      'この SES ID は {region} にあります。Cognito はプールのリージョン {expected} からのみ送信します。'
  },
  events: {
    title: '認証イベントとリスク',
    empty: '認証イベントは記録されていません。',
    notOffered:
      'このエンドポイントは認証イベント（AdminListUserAuthEvents）を提供していません。Cognito では脅威保護がオン（Plus プラン）のときに保持されます。',
    risk: 'リスク {level}',
    noRisk: 'リスク評価なし',
    decisions: { NoRisk: 'リスクなし', AccountTakeover: 'アカウント乗っ取り', Block: 'ブロック' },
    compromised: '漏えいした認証情報',
    challenge: '{name}: {response}',
    feedback: 'フィードバック: {value}',
    feedbackValues: { Valid: '本人だった', Invalid: '本人ではなかった' },
    markValid: '本人だった',
    markInvalid: '本人ではなかった',
    previewTitle: 'このイベントにフィードバック',
    previewIntro:
      'フィードバックはプールのリスクモデルを学習させます。「本人ではなかった」は似たサインインのリスクも上げます。',
    saved: 'フィードバックを送信しました。'
  }
}

export default ja
