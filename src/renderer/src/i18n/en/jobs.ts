export default {
  title: 'Bulk action on {count} user(s)',
  bulkButton: 'Bulk action…',
  action: 'Action',
  group: 'Group',
  attribute: 'Attribute',
  value: 'Value',
  kinds: {
    disable: 'Disable',
    enable: 'Enable',
    delete: 'Delete',
    resetPassword: 'Reset password',
    resendInvitation: 'Resend invitation',
    globalSignOut: 'Sign out everywhere',
    addToGroup: 'Add to group',
    removeFromGroup: 'Remove from group',
    setAttribute: 'Set an attribute'
  },
  dryRun: 'Dry run',
  run: 'Run on {count} user(s)',
  plan: {
    outcome: 'Would',
    change: 'change',
    skip: 'skip',
    summary:
      '{description}: {change} user(s) would change, {skip} would be skipped. Nothing has been done yet.'
  },
  reason: 'Reason',
  confirmTitle: '{description}?',
  confirmText:
    '{description} for {count} user(s). The job runs at the pool quota and can be paused or cancelled.',
  states: {
    queued: 'Queued',
    running: 'Running',
    paused: 'Paused',
    done: 'Finished',
    cancelled: 'Cancelled',
    failed: 'Stopped by an error'
  },
  throttled: 'Waiting for the rate limit',
  outcomes: { done: 'Done', skipped: 'Skipped', failed: 'Failed', pending: 'Not done' },
  total: 'Total',
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel job',
  rerun: 'Run the remaining {count}',
  saveCsv: 'Save report (CSV)',
  saveJson: 'Save report (JSON)',
  reportSaved: 'Report saved to {path}.',
  report: {
    outcome: 'Outcome',
    all: 'All',
    summary: '{description}: {done} done, {skipped} skipped, {failed} failed, {pending} not done.'
  },
  history: {
    button: 'Jobs',
    title: 'Bulk jobs',
    started: 'Started',
    state: 'State',
    counts: 'Users',
    countsText: '{done} done, {failed} failed, {pending} not done',
    back: 'All jobs',
    empty: 'No bulk job has run yet.'
  },
  waiting: 'Waiting for the endpoint to answer (attempt {attempt} of {attempts})…',
  import: {
    button: 'Import CSV…',
    title: 'Import users from CSV',
    help: 'Use the pool’s import header (Export → CSV → import header gives a template). Every row is checked first; nothing is created while any row is bad.',
    choose: 'Choose file',
    noFile: 'No file chosen',
    invite: 'Send each user an invitation',
    noInvite: 'No invitation (users are created without a message)',
    check: 'Check rows',
    badRows: '{bad} of {rows} row(s) are bad. Fix them and check again:',
    ok: 'All {rows} row(s) are valid: {create} user(s) will be created.',
    line: 'Line',
    problems: 'Problems',
    run: 'Create {count} user(s)',
    confirm: 'Creates {count} user(s) in this pool as a bulk job.',
    checking: 'Checking the file: {percent}% ({rows} rows so far)…',
    problem: {
      csv: 'The CSV is malformed here: {detail}.',
      csvDetail: {
        MissingQuotes: 'a quoted value is never closed',
        InvalidQuotes: 'a quote is followed by text before the next comma',
        other: 'the row cannot be read'
      },
      unknownColumn:
        'Column “{column}” is not an attribute of this pool (custom attributes are named custom:…).',
      noUsernameColumn: 'The header needs a cognito:username column.',
      columnCount: 'The row has {values} values; the header has {columns} columns.',
      username: 'cognito:username: a username is 1 to 128 characters, without spaces or control characters.',
      duplicate: 'This username already appears on line {line}.',
      noUsers: 'The file has no users to import.',
      unknownAttribute: '{attribute}: this pool has no such attribute.',
      systemAttribute: '{attribute}: Cognito maintains this attribute; it cannot be written.',
      immutable: '{attribute}: this attribute is immutable; it can only be set when the user is created.',
      required: '{attribute}: this pool requires it for every user.',
      tooLong: '{attribute}: at most {limit} characters are allowed.',
      tooShort: '{attribute}: at least {limit} characters are needed.',
      email: "{attribute}: an email address looks like name{'@'}example.com.",
      phone: '{attribute}: use E.164, + and the country code, e.g. +819012345678.',
      birthdate: '{attribute}: a birthdate is written YYYY-MM-DD, e.g. 1990-04-01.',
      boolean: '{attribute}: write true or false.',
      number: '{attribute}: a number is expected, e.g. 42.',
      numberMin: '{attribute}: the smallest allowed value is {limit}.',
      numberMax: '{attribute}: the largest allowed value is {limit}.',
      dateTime: '{attribute}: a date is written YYYY-MM-DD or as an ISO 8601 date-time.'
    }
  }
}
