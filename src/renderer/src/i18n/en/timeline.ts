export default {
  title: 'Timeline',
  lastSeen: 'Last seen {relative} ({at}): the newest successful sign-in.',
  neverSeen: 'No successful sign-in among the recent auth events.',
  authEventsNotOffered:
    'This endpoint does not offer auth events (AdminListUserAuthEvents), so sign-ins are missing from the timeline and there is no last-seen date. On Cognito they need threat protection on the pool.',
  filter: 'Filter the timeline',
  kinds: {
    account: 'Account',
    authEvent: 'Sign-in events',
    audit: 'Changes made here',
    job: 'Bulk jobs'
  },
  none: 'Nothing in the timeline matches.',
  account: { created: 'User created', modified: 'User last modified' },
  authEvent: '{type}: {response}',
  risk: 'risk {risk}',
  feedback: 'feedback {feedback}',
  audit: '{operation} ({result}) from {connection}',
  job: 'Bulk job “{description}”: {outcome}',
  refresh: 'Refresh'
}
