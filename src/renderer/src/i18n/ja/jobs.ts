import type en from '../en/jobs'

const ja: typeof en = {
  title: '{count} 人への一括操作',
  bulkButton: '一括操作…',
  action: '操作',
  group: 'グループ',
  attribute: '属性',
  value: '値',
  kinds: {
    disable: '無効化',
    enable: '有効化',
    delete: '削除',
    resetPassword: 'パスワードをリセット',
    resendInvitation: '招待を再送信',
    globalSignOut: 'すべての端末からサインアウト',
    addToGroup: 'グループに追加',
    removeFromGroup: 'グループから外す',
    setAttribute: '属性を設定'
  },
  dryRun: 'ドライラン',
  run: '{count} 人に実行',
  plan: {
    outcome: '予定',
    change: '変更',
    skip: 'スキップ',
    summary: '{description}: {change} 人が変更され、{skip} 人はスキップされます。まだ何も実行していません。'
  },
  reason: '理由',
  confirmTitle: '{description} を実行しますか？',
  confirmText:
    '{count} 人に {description} を実行します。ジョブはプールのクォータに合わせて進み、一時停止・取り消しができます。',
  states: {
    queued: '待機中',
    running: '実行中',
    paused: '一時停止中',
    done: '完了',
    cancelled: '取り消し済み',
    failed: 'エラーで停止'
  },
  throttled: 'レート制限の待機中',
  outcomes: { done: '完了', skipped: 'スキップ', failed: '失敗', pending: '未実行' },
  total: '合計',
  pause: '一時停止',
  resume: '再開',
  cancel: 'ジョブを取り消す',
  rerun: '残り {count} 人を実行',
  saveCsv: 'レポートを保存 (CSV)',
  saveJson: 'レポートを保存 (JSON)',
  reportSaved: 'レポートを {path} に保存しました。',
  report: {
    outcome: '結果',
    all: 'すべて',
    summary: '{description}: 完了 {done} 人、スキップ {skipped} 人、失敗 {failed} 人、未実行 {pending} 人。'
  },
  history: {
    button: 'ジョブ',
    title: '一括ジョブ',
    started: '開始',
    state: '状態',
    counts: 'ユーザー',
    countsText: '完了 {done}・失敗 {failed}・未実行 {pending}',
    back: 'ジョブ一覧',
    empty: 'まだ一括ジョブは実行されていません。'
  },
  waiting: 'エンドポイントの応答を待っています（{attempts} 回中 {attempt} 回目）…',
  import: {
    button: 'CSV をインポート…',
    title: 'CSV からユーザーをインポート',
    help: 'プールのインポート用ヘッダーを使ってください（エクスポート → CSV → インポート用ヘッダーでひな形を作れます）。先に全行を検査し、不正な行が 1 つでもあれば何も作成しません。',
    choose: 'ファイルを選択',
    noFile: 'ファイルが選択されていません',
    invite: '各ユーザーに招待を送信',
    noInvite: '招待なし（メッセージを送らずに作成）',
    check: '行を検査',
    badRows: '{rows} 行中 {bad} 行に問題があります。修正して再検査してください:',
    ok: '{rows} 行すべて有効です。{create} 人を作成します。',
    line: '行',
    problems: '問題',
    run: '{count} 人を作成',
    confirm: 'このプールに {count} 人のユーザーを一括ジョブで作成します。',
    checking: 'ファイルを検査中: {percent}%（ここまで {rows} 行）…',
    problem: {
      csv: 'この行の CSV が壊れています: {detail}。',
      csvDetail: {
        MissingQuotes: '引用符で始まった値が閉じられていません',
        InvalidQuotes: '閉じ引用符の後、次のカンマまでに文字があります',
        other: '行を読み取れません'
      },
      unknownColumn:
        '列「{column}」はこのプールの属性ではありません（カスタム属性は custom:… という名前です）。',
      noUsernameColumn: 'ヘッダーに cognito:username 列が必要です。',
      columnCount: 'この行の値は {values} 個ですが、ヘッダーの列は {columns} 個です。',
      username: 'cognito:username: ユーザー名は 1〜128 文字で、空白や制御文字は使えません。',
      duplicate: 'このユーザー名は {line} 行目にもあります。',
      noUsers: 'インポートするユーザーがファイルにありません。',
      unknownAttribute: '{attribute}: このプールにこの属性はありません。',
      systemAttribute: '{attribute}: Cognito が管理する属性のため書き込めません。',
      immutable: '{attribute}: 変更できない属性です。ユーザー作成時にのみ設定できます。',
      required: '{attribute}: このプールではすべてのユーザーに必須です。',
      tooLong: '{attribute}: {limit} 文字以内で入力してください。',
      tooShort: '{attribute}: {limit} 文字以上必要です。',
      email: "{attribute}: メールアドレスは name{'@'}example.com の形式です。",
      phone: '{attribute}: E.164 形式（+ と国番号、例 +819012345678）で入力してください。',
      birthdate: '{attribute}: 生年月日は YYYY-MM-DD 形式です（例 1990-04-01）。',
      boolean: '{attribute}: true または false を入力してください。',
      number: '{attribute}: 数値を入力してください（例 42）。',
      numberMin: '{attribute}: 最小値は {limit} です。',
      numberMax: '{attribute}: 最大値は {limit} です。',
      dateTime: '{attribute}: 日付は YYYY-MM-DD または ISO 8601 の日時で入力してください。'
    }
  }
}

export default ja
