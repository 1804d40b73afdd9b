import type en from '../en/logDelivery'

/** ユーザープールのログ配信: メッセージ配信エラーと脅威保護のユーザーアクティビティ。 */
const ja: typeof en = {
  tab: 'ログ',
  title: 'ログ配信',
  intro:
    'Cognito は 2 種類のログを送信できます。それぞれ 1 つの送信先に送られます。送信先のリソースポリシーで Cognito の書き込みを許可してください。',
  notOffered:
    'このエンドポイントはログ配信（GetLogDeliveryConfiguration / SetLogDeliveryConfiguration）を提供していないため、ここでは読み取りも変更もできません。Cognito 本体では動作します。',
  sources: {
    userNotification: {
      name: 'メッセージ配信エラー',
      about: 'Cognito が配信できなかったメールと SMS（userNotification）。ERROR レベルで CloudWatch Logs へ。'
    },
    userAuthEvents: {
      name: '脅威保護のユーザーアクティビティ',
      about:
        'サインインなどの認証イベントとそのリスク（userAuthEvents）。INFO レベル。Plus 機能プランが必要です。'
    }
  },
  deliver: 'このログを配信する',
  destination: '送信先',
  destinations: { cloudWatchLogs: 'CloudWatch Logs', s3: 'S3 バケット', firehose: 'Data Firehose' },
  arn: { cloudWatchLogs: 'ロググループの ARN', s3: 'バケットの ARN', firehose: 'ストリームの ARN' },
  level: 'レベル: {level}',
  review: '変更を確認',
  previewTitle: 'ログ配信を変更',
  saved: 'ログ配信を保存しました。',
  problems: {
    sourceTwice: 'ログ「{source}」が 2 回指定されています。送信先を 1 つにしてください。',
    levelNotAllowed: 'ログ「{source}」はレベル {level} では送信されません。',
    destinationNotAllowed: 'ログ「{source}」は {destination} に送れません。別の送信先を選んでください。',
    arnRequired: '送信先の ARN を入力するか、配信をオフにしてください。',
    needsPlus: 'ログ「{source}」には Plus 機能プランが必要です。このプールのプランは {plan} です。',
    arnMalformed: 'この種類の ARN ではありません。{example} のような形です。',
    arnOtherRegion:
      'この送信先は {region} にあります。Cognito はプールのリージョン {expected} にのみ配信します。'
  }
}

export default ja
