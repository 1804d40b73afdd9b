import type en from '../en/principalTags'

const ja: typeof en = {
  tab: 'プリンシパルタグ',
  intro:
    '属性ベースのアクセス制御：認証情報の各プリンシパルタグは、プロバイダーのトークンのクレームから値を取ります。IAM ポリシーでは aws:PrincipalTag/KEY として参照します。',
  provider: 'プロバイダー',
  noProviders:
    'この ID プールには、クレームをプリンシパルタグにできるプロバイダーがありません。先にユーザープールか別の ID プロバイダーをプールに追加してください。',
  notOffered:
    'このエンドポイントはプリンシパルタグ（Get/SetPrincipalTagAttributeMap）を提供していません。Cognito 本体では使えます。',
  defaults:
    'Cognito の既定のマッピングが有効です（ユーザープールの場合：タグ username はクレーム sub から、タグ client は aud から）。',
  none: 'プリンシパルタグはありません。このプロバイダーの認証情報にはセッションタグが付きません。',
  tag: 'タグキー',
  claim: 'クレーム',
  edit: 'プリンシパルタグを編集',
  editTitle: '{provider} のプリンシパルタグ',
  useDefaults: 'Cognito の既定のマッピングを使う',
  rowsAbout: '左にタグキー、右にその値となるトークンのクレームを入力します（例：department ← custom:dept）。',
  review: '変更を確認',
  previewTitle: '{provider} のプリンシパルタグを変更',
  saved: '{provider} のプリンシパルタグを保存しました。',
  problems: {
    tooMany: 'プリンシパルタグはプロバイダーごとに最大 {max} 個です。このマップには {count} 個あります。',
    keyEmpty: 'プリンシパルタグにはキーが必要です。入力するか行を削除してください。',
    keyTooLong: 'タグキー「{key}」が {max} 文字を超えています。',
    keyReserved: '「aws:」で始まるキーは AWS 用です。「{key}」以外のキーを選んでください。',
    keyCharacters:
      "タグキー「{key}」に AWS が受け付けない文字があります。文字、数字、空白と _ . : / = + - {'@'} を使ってください。",
    keyDuplicate: 'タグキー「{key}」が 2 回指定されています。1 つにしてください。',
    claimEmpty: 'タグ「{key}」には値となるクレームが必要です。',
    claimTooLong: '「{key}」のクレームが {max} 文字を超えています。',
    claimCharacters:
      "「{key}」のクレームに AWS が受け付けない文字があります。文字、数字、空白と _ . : / = + - {'@'} を使ってください。"
  }
}

export default ja
