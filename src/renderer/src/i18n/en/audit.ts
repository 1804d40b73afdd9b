export default {
  title: 'Audit log',
  intro:
    'Every change the console made in AWS, from every screen and bulk job, including changes that failed or were refused. Passwords, secrets and tokens are never written here.',
  file: 'Stored in {file}',
  unwritten:
    '{count} record(s) could not be written to the log since the app started. Check the free disk space and the folder’s permissions.',
  filters: {
    text: 'Search operation, user, pool, caller, error…',
    operation: 'Operation',
    allOperations: 'All operations',
    result: 'Result',
    pool: 'Pool ID',
    range: 'Time range'
  },
  results: { all: 'All results', ok: 'Succeeded', error: 'Failed' },
  columns: {
    time: 'Time',
    result: 'Result',
    operation: 'Operation',
    target: 'Target',
    pool: 'Pool',
    caller: 'Caller',
    connection: 'Connection'
  },
  ok: 'OK',
  failed: 'Failed',
  refused: 'Refused by the console',
  uncertain:
    'The connection broke after the request was sent: AWS may have applied this change. Check the resource before trying again.',
  count: '{shown} of {matched} matching record(s), {total} in the log',
  empty: 'No changes recorded yet. Changes made through any connection appear here.',
  noMatch: 'No record matches these filters.',
  clear: 'Clear filters',
  export: 'Export',
  exportJsonl: 'Export as JSON lines',
  exportCsv: 'Export as CSV',
  exported: '{count} record(s) exported to {file}.',
  copyScript: 'Copy as shell script',
  detail: {
    title: 'Record',
    outcome: 'Result',
    profile: 'Profile',
    caller: 'Caller ARN',
    account: 'Account',
    region: 'Region',
    endpoint: 'Endpoint',
    service: 'Service',
    duration: 'Duration',
    cli: 'As an AWS CLI command',
    cliHint: 'Secrets and passwords the log never kept are placeholders such as <PASSWORD>: fill them in.',
    durationValue: '{ms} ms',
    parameters: 'Parameters (secrets redacted)',
    unknownCaller: 'not known (the caller identity could not be read)'
  }
}
