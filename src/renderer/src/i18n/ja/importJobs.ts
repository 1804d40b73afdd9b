import type en from '../en/importJobs'

/** Cognito のユーザーインポートジョブ: GetCSVHeader の形式の CSV をアップロードし、Cognito が取り込む。 */
const ja: typeof en = {
  tab: 'インポートジョブ',
  title: 'ユーザーインポートジョブ',
  intro:
    '大規模な移行向け: インポート形式の CSV から Cognito がユーザーを作成します (サインアップのメッセージは送られません)。取り込んだユーザーは初回サインイン時にパスワードの再設定が必要です。',
  form: {
    title: '新しいインポートジョブ',
    file: 'CSV ファイル',
    chooseFile: 'CSV を選択…',
    noFile: 'ファイルが選ばれていません',
    fileSummary: '{name}: ユーザー {rows} 件、{size} KB',
    fromBackup:
      'このコンソールで書き出したバックアップです。有効状態とグループの列はアップロードに含めません。',
    expected: 'このプールが求める列 (GetCSVHeader)',
    jobName: 'ジョブ名',
    roleArn: 'CloudWatch Logs ロールの ARN',
    roleHelp: 'ユーザーごとの結果を CloudWatch Logs に書くために Cognito が引き受けるロールです。',
    create: 'ジョブを作成してアップロード',
    created:
      'インポートジョブ {name} を作成し、ファイルをアップロードしました。準備ができたら開始してください。'
  },
  problems: {
    fileTooLarge:
      'ファイルは {size} MB です。Cognito が 1 ジョブで読めるのは {max} MB までです。複数のファイルに分けてください。',
    noRows: 'ヘッダーはありますがユーザーの行がありません。ユーザーごとに 1 行追加してください。',
    columnsMissing:
      '列が足りません: {columns}。列を追加する (空のままで可) か、ファイルを書き出し直してください。',
    columnsExtra: 'このプールにない列があります: {columns}。削除してください。',
    columnsOutOfOrder:
      '列「{column}」が {position} 番目にありますが、このプールでは {expected} 番目です。GetCSVHeader の順に並べてください。',
    jobNameInvalid: "1〜128 文字の英数字、空白、+ = , . {'@'} - で入力してください。",
    arnMalformed: 'IAM ロールの ARN ではありません。{example} のような形式です。'
  },
  columns: {
    job: 'ジョブ',
    status: '状態',
    progress: '取込 / スキップ / 失敗',
    created: '作成日時',
    log: 'ロググループ'
  },
  status: {
    Created: '作成済み (未開始)',
    Pending: '待機中',
    InProgress: '実行中',
    Stopping: '停止中',
    Expired: '期限切れ (時間内に開始されず)',
    Stopped: '停止',
    Failed: '失敗',
    Succeeded: '成功'
  },
  progress: '{imported} / {skipped} / {failed}',
  logStream: 'ストリーム {jobId}',
  start: '開始',
  stop: '停止',
  refresh: '再読み込み',
  startTitle: 'インポートジョブ {name} を開始しますか?',
  startText:
    'このファイルのユーザーを Cognito がプールに作成します。ユーザー名やエイリアスが既にあるユーザーはスキップされます。',
  stopTitle: 'インポートジョブ {name} を停止しますか?',
  stopText:
    'ここまでに取り込んだユーザーはプールに残り、残りは取り込まれません。停止したジョブは再開できません。',
  started: 'インポートジョブ {name} を開始しました。',
  stopped: 'インポートジョブ {name} を停止しています。',
  none: 'このプールにはまだインポートジョブがありません。'
}

export default ja
