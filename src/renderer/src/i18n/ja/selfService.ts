import type en from '../en/selfService'

const ja: typeof en = {
  title: 'サインアップと回復',
  intro:
    'アプリがユーザーのために行う呼び出しを実行します: サインアップと確認コード、パスワードを忘れたとき、サインイン済みユーザー自身のアカウント。各リクエストと Cognito の応答を表示し、パスワード・コード・トークンはプレースホルダーにします。',
  clientTitle: 'アプリクライアント',
  secretNote:
    'このクライアントにはシークレットがあります。コンソールがバックグラウンドで読み取り、各呼び出しに SECRET_HASH を付けて送信します。ここには表示されません。',
  signUp: {
    title: 'サインアップ',
    username: 'ユーザー名',
    password: 'パスワード',
    attributesHelp: 'プールの必須属性と、コードの送信先になるメールアドレスです。',
    submit: 'サインアップ',
    signedUp: '{username} をサインアップしました。',
    code: '確認コード',
    codeHelp: 'Cognito が新しいユーザーに送ったコードです (管理者が代わりに確認することもできます)。',
    confirm: 'サインアップを確認',
    confirmed: '{username} は確認済みになり、サインインできます。',
    resend: 'コードを再送',
    resent: 'Cognito がコードを再送しました。'
  },
  recovery: {
    title: 'パスワードを忘れたとき',
    username: 'ユーザー名',
    send: 'リセットコードを送信',
    sent: 'Cognito がリセットコードを送信しました。',
    code: 'リセットコード',
    password: '新しいパスワード',
    confirm: '新しいパスワードを設定',
    done: '新しいパスワードを設定しました。{username} はこのパスワードでサインインします。',
    exposed:
      'このエンドポイントは応答にコードを含めました ({code})。Cognito はそうしません: コードはユーザーのメールか電話にだけ送られます。',
    useCode: 'このコードを使う'
  },
  account: {
    title: 'サインイン済みのユーザー',
    help: 'これらの呼び出しは、コンソールのメモリにあるテストログインのアクセストークンを使います。',
    login: 'テストログイン',
    noLogins: 'サインイン済みのテストログインがありません。先にテストログイン画面でサインインしてください。',
    getUser: 'ユーザーを取得 (GetUser)',
    previous: '現在のパスワード',
    proposed: '新しいパスワード',
    changePassword: 'パスワードを変更',
    changed: 'パスワードを変更しました。',
    attribute: '属性',
    value: '値',
    update: '属性を更新',
    updated: '属性を更新しました。'
  },
  steps: {
    title: 'リクエストと応答',
    empty: 'まだ呼び出しはありません。ここで行う呼び出しは、リクエストと応答とともに表示されます。',
    clear: 'クリア',
    request: 'リクエスト',
    response: '応答',
    delivery: 'コードを {medium} で {destination} に送信しました (属性 {attribute})。',
    noDelivery: 'Cognito はコードの送信先を示しませんでした。',
    confirmed: '確認済み: {value}',
    secretHash: 'クライアントのシークレットから SECRET_HASH を計算して送信しました。',
    attributes: 'ユーザーが読み取れる属性'
  }
}

export default ja
