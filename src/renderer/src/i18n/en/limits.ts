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
    defaultColumn: 'AWS default',
    changed: 'Changed',
    save: 'Save rates',
    reset: 'Back to AWS defaults',
    saved: 'Request rates saved; they apply to every connection at once.',
    invalid: 'Enter a rate between {min} and {max} requests per second.'
  }
}
