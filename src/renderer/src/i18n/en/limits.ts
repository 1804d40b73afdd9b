export default {
  indicator: {
    waiting: 'Pacing: {count} call(s) waiting',
    throttled: 'AWS throttled {count} call(s) in the last minute',
    detail:
      'Calls wait for their turn under each Cognito request-rate quota, so bulk work does not trip AWS throttling. Throttled calls are retried automatically.',
    category: '{category}: {count} waiting'
  },
  card: {
    title: 'Request rates',
    intro:
      'The console paces its calls per Cognito quota category (requests per second, per account and region). The defaults are AWS’s published quotas; lower one if another tool shares the account, raise it if AWS raised your quota.',
    category: 'Quota category',
    rate: 'Requests per second',
    defaultColumn: 'AWS default (documented)',
    accountColumn: 'This account (read)',
    inForce: 'In force',
    sources: { override: 'set here', account: 'from the account', default: 'documented default' },
    accountRead:
      'Provisioned limits read from this account and Region at {time} (GetProvisionedLimit); they pace calls unless a rate is set here.',
    accountUnavailable:
      'The account’s limits could not be read, so the documented defaults are in force: {reason}',
    accountNoConnection: 'Choose a connection to read its account’s limits.',
    readAgain: 'Read from the account again',
    changed: 'Changed',
    save: 'Save rates',
    reset: 'Back to the account’s or AWS’s values',
    saved: 'Request rates saved; they apply to every connection at once.',
    invalid: 'Enter a rate between {min} and {max} requests per second.'
  }
}
