import type en from '../en/tags'

/** ユーザープールと ID プールのタグ: プレビューを見てから追加・変更・削除。 */
const ja: typeof en = {
  edit: 'タグを編集',
  editTitle: 'このプールのタグ',
  intro:
    'タグはコストレポートやアクセスポリシー (aws:ResourceTag) でプールを見分ける印です。1 プールに 50 個まで。',
  key: 'キー',
  value: '値',
  add: 'タグを追加',
  review: '変更を確認',
  previewTitle: 'このプールのタグを変更',
  saved: 'タグを保存しました。',
  problems: {
    tooMany: 'プールのタグは {max} 個までです (いまは {count} 個)。',
    keyEmpty: 'タグにはキーが必要です。キーを入力するか行を削除してください。',
    keyTooLong: 'キー「{key}」が {max} 文字を超えています。',
    keyReserved: '「aws:」で始まるキーは AWS 専用です。「{key}」以外のキーにしてください。',
    keyCharacters:
      "キー「{key}」に AWS が受け付けない文字があります。文字、数字、空白と _ . : / = + - {'@'} を使ってください。",
    keyDuplicate: 'キー「{key}」が 2 回あります。1 つにしてください。',
    valueTooLong: '「{key}」の値が {max} 文字を超えています。',
    valueCharacters:
      "「{key}」の値に AWS が受け付けない文字があります。文字、数字、空白と _ . : / = + - {'@'} を使ってください。"
  }
}

export default ja
