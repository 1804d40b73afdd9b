export default {
  tab: 'Insights',
  indexed: 'From the pool index of {count} users, complete {when}.',
  indexLoading: 'The pool index is still loading: these charts show the {count} users read so far.',
  notIndexed: 'Insights are computed from the pool index. Load it on the Users tab first.',
  openUsers: 'Open the users tab',
  refresh: 'Refresh',
  computed: 'Computed in {ms} ms.',
  period: 'Per',
  periods: { day: 'day', week: 'week', month: 'month' },
  utc: 'Periods are in UTC; weeks start on Monday.',
  columns: { bucket: 'Group of users', users: 'Users', share: 'Share' },
  showUsers: 'Show these {count} users',
  chartLabel: '{title}: bar chart. The table below lists the same numbers.',
  exportPng: 'PNG',
  exportCsv: 'CSV',
  exported: 'Saved {path}.',
  empty: 'No users to count.',
  earlier: '{count} users in earlier periods are not shown.',
  charts: {
    statuses: 'Users by status',
    signUps: 'Sign-ups',
    modifications: 'Users modified',
    invitations: 'Invitations never accepted',
    email: 'Email verification',
    phone: 'Phone verification',
    providers: 'Federated users by provider',
    groups: 'Users per group',
    distribution: 'Values of an attribute'
  },
  buckets: {
    disabled: 'Disabled (any status)',
    none: 'None',
    noGroup: 'In no group',
    noValue: 'No value',
    other: 'Other values',
    verified: 'Verified',
    unverified: 'Not verified',
    absent: 'No address',
    pending: 'Still valid (under {days} days)',
    age: '{from}–{to} days old',
    ageOpen: '{from}+ days old'
  },
  invitationsHelp:
    'Users in FORCE_CHANGE_PASSWORD whose temporary password is older than the pool allows ({days} days), by age since it was last sent. Resend the invitation to let them sign in.',
  providersEmpty: 'No federated users in this pool.',
  groupsNotLoaded: 'Group memberships are not in this index: reload it with groups.',
  mfa: {
    title: 'MFA',
    OFF: 'MFA is off for this pool.',
    ON: 'MFA is required for every user of this pool.',
    OPTIONAL:
      'MFA is optional in this pool. Who has set it up is not in the index (ListUsers does not return it): open a user to see theirs.'
  },
  attribute: 'Attribute',
  attributePlaceholder: 'custom:tenant, locale…'
}
