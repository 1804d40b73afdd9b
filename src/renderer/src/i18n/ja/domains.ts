import type en from '../en/domains'

const ja: typeof en = {
  tab: 'ドメイン',
  title: 'ドメインとマネージドログイン',
  none: 'このプールにはドメインがありません。ホストされたサインインページと /oauth2 エンドポイントはありません。',
  create: 'ドメインを追加',
  createTitle: '新しいドメイン',
  editTitle: 'ドメイン {domain} の編集',
  review: '変更を確認',
  previewCreate: '{domain} の追加: 送信する内容',
  previewEdit: '{domain} の変更: 送信する内容',
  created: 'ドメイン {domain} を追加しました。',
  saved: 'ドメイン {domain} を保存しました。',
  deleted: 'ドメイン {domain} を削除しました。',
  deleteTitle: 'ドメイン {domain} の削除',
  deleteDescription:
    '{domain} のサインインページと /oauth2 エンドポイントは、このプールのすべてのアプリクライアントで使えなくなります。',
  kinds: { prefix: 'Cognito プレフィックスドメイン', custom: 'カスタムドメイン' },
  versions: { '1': 'ホストされた UI (クラシック)', '2': 'マネージドログイン' },
  fields: {
    kind: '種類',
    prefix: 'プレフィックス',
    prefixHelp: 'https://PREFIX.auth.{region}.amazoncognito.com になります。作成後は変更できません。',
    custom: 'ドメイン名',
    customHelp: '所有しているドメイン (例: auth.example.com)。作成後は変更できません。',
    certificateArn: '証明書 ARN (ACM、us-east-1)',
    managedLoginVersion: 'サインインページ',
    managedLoginHelp:
      'マネージドログインには Essentials または Plus の機能プランと、クライアントごとのブランディングスタイルが必要です。',
    domain: 'ドメイン',
    status: '状態',
    baseUrl: 'サインインページの URL',
    cloudFrontTarget: 'DNS のターゲット (CloudFront)',
    cloudFrontHelp: '{domain} の CNAME (またはエイリアス) レコードをこのホストに向けてください。'
  },
  problems: {
    prefixFormat:
      'プレフィックスは 1〜63 文字の英小文字・数字・ハイフンで、先頭と末尾にハイフンは使えません。',
    prefixReserved:
      'プレフィックスに「{word}」は使えません。aws、amazon、cognito は Cognito の予約語です。別の値を選んでください。',
    customFormat:
      'auth.example.com のような完全なドメイン名を入力してください (英小文字・数字・ハイフン・ドット)。',
    certificateMissing:
      'カスタムドメインには、その名前の us-east-1 で発行された ACM 証明書の ARN が必要です。',
    arnMalformed: '証明書の ARN ではありません。{example} のような形式です。',
    arnOtherRegion:
      'この証明書は {region} にあります。プールのリージョンにかかわらず、カスタムドメインには {expected} の証明書が必要です。'
  },
  classic: {
    title: 'ホストされた UI (クラシック) のスタイル',
    intro:
      'クラシックのホストされた UI には、ロゴと、決められたクラスだけの CSS を設定できます。プールの既定は、独自のスタイルを持たないすべてのアプリクライアントに適用されます。',
    scope: 'スタイルの対象',
    allClients: 'すべてのアプリクライアント (プールの既定)',
    none: 'スタイルなし: クラシックのページは Cognito の既定のデザインで表示されます。',
    inherited: 'このアプリクライアントには独自のスタイルがなく、下のプールの既定が表示されます。',
    logoAt: 'ロゴ: {url}',
    noLogo: 'ロゴなし',
    currentLogo: '現在のロゴ',
    edit: 'スタイルを編集',
    editTitle: '{scope} のクラシックスタイル',
    previewTitle: '{scope} のクラシックスタイルの置き換え: 送信される内容',
    saved: '{scope} のクラシックスタイルを保存しました。',
    css: 'CSS',
    cssHelp:
      "Cognito のクラス (.banner-customizable、.submitButton-customizable など) だけが使えます。{'@'}import、{'@'}media、HTML、スクリプトは使えません。",
    logo: 'ロゴ',
    chooseLogo: 'ロゴを選択…',
    logoHelp:
      'PNG または JPEG で 100,000 バイトまで。Cognito が 350 × 178 ピクセルに収まるように縮小します。',
    logoLost:
      'Cognito は CSS とロゴをまとめて設定します。ロゴをもう一度選択しないと、現在のロゴは削除されます。',
    unsupported:
      'このエンドポイントはクラシックのホストされた UI のスタイル (GetUICustomization) を提供していません。Cognito の AWS リージョンでは設定できます。',
    problems: {
      cssForbidden: 'Cognito は CSS 内の {what} を受け付けません。削除してください。',
      cssUnknownClass:
        '「{selector}」は Cognito のクラスではありません。.banner-customizable など、Cognito が挙げるクラスだけを使ってください。',
      cssMalformed:
        'CSS がルール (クラスと、波括弧で囲んだ宣言) の並びになっていません。括弧を確認してください。',
      classicTooLarge:
        'CSS とロゴはリクエストで {bytes} バイトになります。Cognito が受け付けるのは {max} バイトまでです。小さいロゴか短い CSS にしてください。'
    }
  },
  branding: {
    title: 'アプリクライアントごとのマネージドログインのブランディング',
    intro:
      'マネージドログインでは、ブランディングスタイルを持つアプリクライアントだけがサインインページを表示します。',
    classic:
      'このドメインはクラシックのホストされた UI を提供しています。ブランディングはマネージドログインに切り替えた後に適用されます。',
    client: 'アプリクライアント',
    style: 'ブランディングスタイル',
    none: 'なし: マネージドログインのページは表示されません',
    defaults: 'Cognito の既定のデザイン',
    custom: 'カスタム設定',
    assets: '画像 {count} 件',
    create: '既定値で作成',
    delete: 'スタイルを削除',
    deleteTitle: '{client} のブランディングスタイルの削除',
    deleteConfirm:
      '{client} のマネージドログインのページは、スタイルが再び設定されるまで表示されなくなり、スタイルの設定と画像は失われます。削除前に取られるスナップショットには残ります。',
    edit: 'スタイルを編集',
    editTitle: '{client} のブランディングスタイル',
    previewTitle: '{client} のブランディングスタイルの変更: 送信される内容',
    saved: '{client} のブランディングスタイルを保存しました。',
    useDefaults: 'Cognito の既定のデザインに戻す (下の設定と画像は破棄されます)',
    settings: '設定 (JSON)',
    settingsHelp:
      'Cognito が返すスタイルの設定ドキュメント (コンポーネント、カテゴリ、色) です。値をその場で編集してください。',
    images: '画像',
    category: '表示される場所',
    mode: 'カラーモード',
    file: 'ファイル',
    keep: '残す',
    removeImage: '削除',
    chooseImage: '画像を選択…',
    imageHelp:
      'PNG、JPEG、SVG、WebP で 750,000 バイトまで。ファビコンは ICO または SVG のみです。すでに画像がある場所とモードにファイルを選ぶと置き換えます。',
    categories: {
      PAGE_HEADER_LOGO: 'ページヘッダーのロゴ',
      PAGE_HEADER_BACKGROUND: 'ページヘッダーの背景',
      PAGE_FOOTER_LOGO: 'ページフッターのロゴ',
      PAGE_FOOTER_BACKGROUND: 'ページフッターの背景',
      PAGE_BACKGROUND: 'ページの背景',
      FORM_LOGO: 'フォームのロゴ',
      FORM_BACKGROUND: 'フォームの背景',
      FAVICON_ICO: 'ファビコン (ICO)',
      FAVICON_SVG: 'ファビコン (SVG)',
      IDP_BUTTON_ICON: 'ID プロバイダーのボタンアイコン',
      EMAIL_GRAPHIC: 'メールサインインの画像',
      SMS_GRAPHIC: 'SMS サインインの画像',
      AUTH_APP_GRAPHIC: '認証アプリの画像',
      PASSWORD_GRAPHIC: 'パスワードの画像',
      PASSKEY_GRAPHIC: 'パスキーの画像'
    },
    modes: { LIGHT: 'ライト', DARK: 'ダーク', DYNAMIC: '両方 (ブラウザに従う)' },
    problems: {
      assetEmpty: 'ファイルが空です。画像ファイルそのものを選んでください。',
      assetTooLarge:
        'ファイルは {bytes} バイトですが、Cognito が受け付けるのは {max} バイトまでです。解像度を下げるか圧縮してから選び直してください。',
      assetUnknownType:
        'ファイルが PNG、JPEG、SVG、WebP、ICO の画像ではありません。画像ファイルを選んでください。',
      assetWrongType:
        'この場所に使えるのは {allowed} ですが、ファイルは {extension} です。その形式のファイルを選んでください。',
      settingsJson:
        '設定が正しい JSON ではありません ({detail})。テキストを直すか、エディターを閉じてやり直してください。',
      settingsNotObject:
        '設定は配列や単一の値ではなく、1 つの JSON オブジェクト (名前と値の組) にしてください。',
      styleTooLarge:
        'このスタイルは {bytes} バイトを送信しますが、Cognito が 1 回に受け付けるのは {max} バイトまでです。画像を減らすか小さくしてください。',
      tooManyAssets:
        'スタイルに入れられる画像は {max} 件までですが、{count} 件になります。先にいくつか削除してください。'
    },
    created:
      'アプリクライアント {client} に Cognito の既定のデザインのブランディングスタイルを作成しました。',
    deleted: '{client} のブランディングスタイルを削除しました。',
    unsupported:
      'このエンドポイントにはマネージドログインのブランディング (CreateManagedLoginBranding など) がありません。'
  }
}

export default ja
