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
  reasons: {
    noSuchUser: 'このプールにこのユーザーはいません。',
    willDisable: '無効化されます。',
    alreadyDisabled: 'すでに無効です。',
    willEnable: '有効化されます。',
    alreadyEnabled: 'すでに有効です。',
    willDelete: '削除されます。',
    willReset: 'リセットコードが送られ、ステータスは RESET_REQUIRED になります。',
    alreadyReset: 'パスワードはリセット済みで、ユーザーの操作待ちです。',
    willReinvite: '新しい仮パスワード付きの招待が再送されます。',
    notInvitable:
      'ステータスが {status} です。招待を再送できるのは FORCE_CHANGE_PASSWORD のユーザーだけです。',
    willSignOut: 'リフレッシュトークンが取り消されます。',
    willAddToGroup: '{group} に追加されます。',
    alreadyInGroup: 'すでに {group} のメンバーです。',
    willRemoveFromGroup: '{group} から外されます。',
    notInGroup: '{group} のメンバーではありません。',
    willSetAttribute: '{name}: 「{old}」→「{value}」',
    attributeAlreadySet: '{name} はすでに「{value}」です。',
    willCreate: '作成されます。'
  },
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
  retried: {
    alreadyApplied: '「{why}」の後に再試行: 前の試行が反映済みだったため、二重には書き込んでいません。',
    applied: '「{why}」の後に再試行: {attempts} 回目で完了しました。',
    failed: '「{why}」の後に再試行: {attempts} 回目も失敗しました。',
    notRepeated:
      '「{why}」の後は再試行していません: 実行されたかを Cognito で確認できず、再試行すると 2 通目のメッセージが送られる可能性があります。'
  },
  waiting: 'エンドポイントの応答を待っています（{attempts} 回中 {attempt} 回目）…',
  import: {
    button: 'CSV をインポート…',
    title: 'CSV からユーザーをインポート',
    copyTitle: '{name} のユーザーをコピー',
    copyHelp:
      '{name} のすべてのユーザーを、属性、グループ、有効・無効の状態とともに新しいプールに作成します。パスワードはコピーできません。各ユーザーには一時パスワードが設定され (招待を有効にすると送信されます)、次回のサインイン時に新しいパスワードを選びます。確認してからコピーしてください。',
    help: 'プールのインポート用ヘッダーを使ってください（エクスポート → CSV → インポート用ヘッダーでひな形を作れます）。先に全行を検査し、不正な行が 1 つでもあれば何も作成しません。',
    choose: 'ファイルを選択',
    noFile: 'ファイルが選択されていません',
    invite: '各ユーザーに招待を送信',
    noInvite: '招待なし（メッセージを送らずに作成）',
    check: '行を検査',
    badRows: '{rows} 行中 {bad} 行に問題があります。修正して再検査してください:',
    ok: '{rows} 行すべて有効です。{create} 人を作成します。',
    restore:
      'バックアップから {memberships} 件のグループ所属を戻し、{disabled} 人を無効にします。作成するグループ: {groups}。',
    line: '行',
    problems: '問題',
    problem: {
      unknownColumn:
        '列「{column}」はこのプールの属性ではありません（カスタム属性は custom:… という名前です）。列名を直すか削除してください。',
      noUsernameColumn: 'ヘッダーに cognito:username 列が必要です。',
      noUsers: 'インポートするユーザーがファイルにありません。',
      csv: 'この行の CSV 形式が崩れています（{detail}）。引用符とカンマを確認してください。',
      csvDetail: {
        MissingQuotes: '引用符で始まった値が閉じられていません',
        InvalidQuotes: '閉じ引用符の後、次のカンマまでに文字があります',
        other: '行を読み取れません'
      },
      valueCount: 'この行の値は {values} 個ですが、ヘッダーの列は {columns} 個です。',
      usernameMissing: 'ユーザー名（cognito:username 列）は必須です。',
      duplicate: '{username} は {line} 行目にもあります。',
      attribute: '{name}: {text}',
      enabledInvalid: 'console:enabled 列の値が「{value}」です。true か false にしてください。',
      groupsInvalid: 'console:groups 列は ["admins","ops"] のようなグループ名のリストにしてください。'
    },
    run: '{count} 人を作成',
    confirm: 'このプールに {count} 人のユーザーを一括ジョブで作成します。',
    checking: 'ファイルを検査中: {percent}%（ここまで {rows} 行）…'
  }
}

export default ja
