import type en from '../en/messages'

/** ユーザープールが送るメッセージ (検証・招待・MFA) と送信元 (Cognito・SES・SNS)。 */
const ja: typeof en = {
  tab: 'メッセージ',
  title: 'メッセージと送信元',
  intro:
    'サインアップ・招待・SMS コードでのサインイン時に Cognito がユーザーへ送る文面と、その送信元です。空欄の項目は Cognito の既定の文面になります。',
  edit: '編集',
  save: '変更を確認',
  htmlPreviewTitle: 'サンプル値を入れた送信メール',
  previewTitle: 'このプールのメッセージを保存',
  saved: 'メッセージを保存しました。',
  sections: {
    verification: '検証',
    invitation: '招待 (管理者が作成したユーザー)',
    mfa: 'MFA',
    email: 'メール送信元',
    sms: 'SMS 送信元'
  },
  fields: {
    option: '検証方法',
    emailSubject: 'メールの件名',
    emailMessage: 'メール本文',
    emailSubjectByLink: 'メールの件名 (リンク)',
    emailMessageByLink: 'メール本文 (リンク)',
    sms: 'SMS 本文',
    mfaSms: 'MFA の SMS 本文',
    sender: '送信者',
    sourceArn: 'SES ID の ARN',
    from: '差出人 (From)',
    replyTo: '返信先 (Reply-to)',
    configurationSet: 'SES 設定セット',
    snsCallerArn: 'Cognito が SMS 送信に使う IAM ロール',
    externalId: '外部 ID'
  },
  options: { CONFIRM_WITH_CODE: 'コード', CONFIRM_WITH_LINK: 'リンク' },
  senders: { COGNITO_DEFAULT: 'Cognito (既定)', DEVELOPER: 'Amazon SES' },
  defaultText: 'Cognito の既定',
  placeholders: 'プレースホルダー: {code} はコードまたは仮パスワード、{username} はユーザー名。',
  linkPlaceholder: 'リンクは {mark} の形で書きます。記号の間の文字がクリックする部分になります。',
  dailyLimit:
    'Cognito 自身の送信元は、このプールで 1 日 {limit} 通までしか送れません。それを超える一括招待やパスワードリセットは失敗します。多く送るには SES を使ってください。',
  sesNote: 'SES は SES アカウントの上限で送信します。ID は SES で検証済みである必要があります。',
  smsNote:
    '新しい AWS アカウントの SMS は SNS サンドボックス内です。AWS に解除を依頼するまで、検証済みの番号にしか送れません。',
  tierNote: '機能プラン: {tier}。',
  htmlPreview: 'ユーザーに見えるメール (サンプル値、スクリプトとネットワークなし)',
  sample: { username: 'jane.doe', code: '123456' },
  problems: {
    placeholderMissing: '{placeholder} を入れてください。ないとユーザーはその値を知ることができません。',
    tooShort: '{min} 文字以上にするか、空欄にして Cognito の既定にしてください。',
    sesIdentityRequired: 'SES には検証済みの SES ID の ARN が必要です。',
    sesOnly: '設定セットは SES で送る場合だけ有効です。SES を選ぶか、空欄にしてください。',
    emailInvalid: "アドレスは name{'@'}example.com または 名前 <name{'@'}example.com> の形で書いてください。",
    roleInvalid: 'arn:aws:iam::123456789012:role/CognitoSms のような IAM ロール ARN を使ってください。',
    roleRequired: '外部 ID はロールに付くものです。ロールも入力するか、空欄にしてください。',
    arnMalformed: 'SES ID の ARN ではありません。{example} のような完全な ARN を使ってください。',
    arnOtherRegion:
      'この ID は {region}、プールは {expected} にあります。{expected} の SES で検証してください。'
  }
}

export default ja
