export default {
  title: 'User pools',
  search: 'Search by name or ID',
  columns: {
    name: 'Name',
    id: 'Pool ID',
    status: 'Status',
    created: 'Created',
    modified: 'Modified',
    triggers: 'Lambda triggers'
  },
  empty: 'This account has no user pools in {region}.',
  noMatch: 'No pool matches “{query}”.',
  noConnection: 'Choose or add a connection to list its user pools.',
  goToSettings: 'Open Settings',
  count: '{count} pool(s)'
}
