/** The pool's and each app client's session configuration (server-side session tracking, SSO reuse). */
export default {
  tab: 'Sessions',
  title: 'Session configuration',
  scope: 'Applies to',
  scopePool: 'The whole pool',
  tracking: 'Track sessions',
  trackingHelp:
    'Cognito records each user’s sessions, so support can list and end them. Turning it off keeps the app clients’ settings, unused, until it is on again.',
  maxPerUser: 'Sessions per user',
  maxPerUserHelp:
    'Active token sessions a user may have ({min}–{max}). At the limit, signing in again ends the least recently used one; lowering it ends none at once.',
  ssoMaxValidity: 'Reuse a managed login session for (minutes)',
  ssoMaxValidityHelp:
    'How long after signing in this app client gets new tokens from the managed login session without asking again ({min}–{max} minutes, 90 days). 0: always sign in again.',
  notOffered:
    'This endpoint does not offer session configuration (GetUserPoolSessionConfiguration / SetUserPoolSessionConfiguration and the app client variants), so it cannot be read or changed here. It works against Cognito itself.',
  review: 'Review changes',
  previewPool: 'Session configuration of the pool: what will be sent',
  previewClient: 'Session configuration of {name}: what will be sent',
  saved: 'Session configuration saved.',
  problems: {
    maxPerUserRange: 'Sessions per user must be a whole number from {min} to {max}.',
    ssoValidityRange: 'The managed login session reuse must be a whole number of minutes from {min} to {max}.'
  }
}
