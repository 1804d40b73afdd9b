import type en from '../en/sessionConfiguration'

const ja: typeof en = {
  tab: 'セッション',
  title: 'セッション設定',
  scope: '適用対象',
  scopePool: 'プール全体',
  tracking: 'セッションを追跡',
  trackingHelp:
    'Cognito がユーザーごとのセッションを記録し、サポートが一覧表示や終了をできるようにします。オフにしても、アプリクライアントの設定は再びオンにするまで使われずに残ります。',
  maxPerUser: 'ユーザーあたりのセッション数',
  maxPerUserHelp:
    'ユーザーが持てる有効なトークンセッションの数 ({min}〜{max})。上限に達すると、次のサインインで最も長く使われていないセッションが終了します。値を下げてもすぐには終了しません。',
  ssoMaxValidity: 'マネージドログインのセッションを再利用する時間 (分)',
  ssoMaxValidityHelp:
    'サインイン後、このアプリクライアントが再入力なしでマネージドログインのセッションから新しいトークンを得られる時間 ({min}〜{max} 分、90 日)。0 は毎回サインインし直します。',
  notOffered:
    'このエンドポイントはセッション設定 (GetUserPoolSessionConfiguration / SetUserPoolSessionConfiguration とアプリクライアント用の操作) を提供していないため、ここでは読むことも変更することもできません。Cognito 本体では使えます。',
  review: '変更を確認',
  previewPool: 'プールのセッション設定: 送信される内容',
  previewClient: '{name} のセッション設定: 送信される内容',
  saved: 'セッション設定を保存しました。',
  problems: {
    maxPerUserRange: 'ユーザーあたりのセッション数は {min} から {max} までの整数にしてください。',
    ssoValidityRange:
      'マネージドログインのセッションの再利用時間は {min} から {max} までの整数 (分) にしてください。'
  }
}

export default ja
