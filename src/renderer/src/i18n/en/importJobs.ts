/** Cognito's own user import jobs: a CSV in GetCSVHeader's layout, uploaded and imported by Cognito. */
export default {
  tab: 'Import jobs',
  title: 'User import jobs',
  intro:
    'For large migrations: Cognito creates the users from a CSV in its import layout, without sign-up messages. Imported users must reset their password at first sign-in.',
  form: {
    title: 'New import job',
    file: 'CSV file',
    chooseFile: 'Choose a CSV…',
    noFile: 'No file chosen',
    fileSummary: '{name}: {rows} users, {size} KB',
    fromBackup:
      'A backup exported by this console: its enabled-state and group columns are left out of the upload.',
    expected: 'Columns this pool expects (GetCSVHeader)',
    jobName: 'Job name',
    roleArn: 'CloudWatch Logs role ARN',
    roleHelp: 'A role Cognito may assume to write each user’s outcome to CloudWatch Logs.',
    create: 'Create job and upload',
    created: 'Import job {name} created and its file uploaded. Start it when ready.'
  },
  problems: {
    fileTooLarge:
      'The file is {size} MB; Cognito reads at most {max} MB per job. Split it into several files.',
    noRows: 'The file has a header but no users. Add one line per user.',
    columnsMissing: 'Columns missing: {columns}. Add them (they may stay empty) or export the file again.',
    columnsExtra: 'Columns this pool does not have: {columns}. Remove them.',
    columnsOutOfOrder:
      'Column “{column}” is at position {position}; this pool expects it at position {expected}. Put the columns in GetCSVHeader’s order.',
    jobNameInvalid: "Use 1 to 128 letters, digits, spaces or + = , . {'@'} -.",
    arnMalformed: 'That is not an IAM role ARN. It looks like {example}.'
  },
  columns: {
    job: 'Job',
    status: 'Status',
    progress: 'Imported / skipped / failed',
    created: 'Created',
    log: 'Log group'
  },
  status: {
    Created: 'Created (not started)',
    Pending: 'Pending',
    InProgress: 'In progress',
    Stopping: 'Stopping',
    Expired: 'Expired (not started in time)',
    Stopped: 'Stopped',
    Failed: 'Failed',
    Succeeded: 'Succeeded'
  },
  progress: '{imported} / {skipped} / {failed}',
  logStream: 'Stream {jobId}',
  start: 'Start',
  stop: 'Stop',
  refresh: 'Refresh',
  startTitle: 'Start import job {name}?',
  startText:
    'Cognito creates the users of this file in the pool. Users whose username or alias exists are skipped.',
  stopTitle: 'Stop import job {name}?',
  stopText:
    'Users imported so far stay in the pool; the rest of the file is not imported. A stopped job cannot be started again.',
  started: 'Import job {name} started.',
  stopped: 'Import job {name} is stopping.',
  none: 'No import jobs in this pool yet.'
}
