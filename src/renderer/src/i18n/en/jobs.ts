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
  reasons: {
    noSuchUser: 'No such user in this pool.',
    willDisable: 'Will be disabled.',
    alreadyDisabled: 'Already disabled.',
    willEnable: 'Will be enabled.',
    alreadyEnabled: 'Already enabled.',
    willDelete: 'Will be deleted.',
    willReset: 'Will receive a reset code; status becomes RESET_REQUIRED.',
    alreadyReset: 'Password already reset; waiting for the user.',
    willReinvite: 'Will receive a new invitation with a new temporary password.',
    notInvitable: 'Status is {status}: only users in FORCE_CHANGE_PASSWORD can be re-invited.',
    willSignOut: 'Refresh tokens will be revoked.',
    willAddToGroup: 'Will be added to {group}.',
    alreadyInGroup: 'Already in {group}.',
    willRemoveFromGroup: 'Will be removed from {group}.',
    notInGroup: 'Not in {group}.',
    willSetAttribute: '{name}: “{old}” → “{value}”.',
    attributeAlreadySet: '{name} is already “{value}”.',
    willCreate: 'Will be created.'
  },
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
  retried: {
    alreadyApplied:
      'Tried again after “{why}”: an earlier attempt had taken effect, so it was not written twice.',
    applied: 'Tried again after “{why}”: done on attempt {attempts}.',
    failed: 'Tried again after “{why}”: attempt {attempts} failed too.',
    notRepeated:
      'Not tried again after “{why}”: Cognito keeps no trace of whether it was done, and a repeat could send a second message.'
  },
  waiting: 'Waiting for the endpoint to answer (attempt {attempt} of {attempts})…',
  import: {
    button: 'Import CSV…',
    title: 'Import users from CSV',
    copyTitle: 'Copy the users of {name}',
    copyHelp:
      'Every user of {name} is created in the new pool with their attributes, groups and enabled state. Passwords cannot be copied: each user gets a temporary password (sent with the invitation if you turn it on) and must choose a new one at the next sign-in. Check first, then copy.',
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
    problem: {
      unknownColumn:
        'Column “{column}” is not an attribute of this pool (custom attributes are named custom:…). Rename or remove it.',
      noUsernameColumn: 'The header needs a cognito:username column.',
      noUsers: 'The file has no users to import.',
      csv: 'The CSV is malformed here ({detail}): check the quotes and commas.',
      csvDetail: {
        MissingQuotes: 'a quoted value is never closed',
        InvalidQuotes: 'a quote is followed by text before the next comma',
        other: 'the row cannot be read'
      },
      valueCount: 'The row has {values} values; the header has {columns} columns.',
      usernameMissing: 'A username is required (the cognito:username column).',
      duplicate: '{username} already appears on line {line}.',
      attribute: '{name}: {text}',
      enabledInvalid: 'The console:enabled column holds “{value}”: write true or false.',
      groupsInvalid: 'The console:groups column must be a list of group names such as ["admins","ops"].'
    },
    restore:
      'The backup also restores {memberships} group membership(s) and disables {disabled} user(s). Groups created: {groups}.',
    run: 'Create {count} user(s)',
    confirm: 'Creates {count} user(s) in this pool as a bulk job.',
    checking: 'Checking the file: {percent}% ({rows} rows so far)…'
  }
}
