export default {
  title: 'Find a user anywhere',
  intro:
    'Do not know the pool? Search every user pool of the chosen connections in the chosen Regions by username, email address, phone number or sub.',
  identifier: 'Username, email, phone (+81…) or sub',
  connections: 'Connections',
  regions: 'Regions',
  run: 'Search everywhere',
  cancel: 'Stop',
  needConnection: 'Choose at least one connection.',
  needRegion: 'Choose at least one Region.',
  progress: 'Pools listed in {listed} of {total} Region(s); {searched} of {pools} pool(s) searched',
  filters: 'Looked for: {filters}',
  state: {
    done: 'Search finished: {count} match(es).',
    cancelled: 'Search stopped: {count} match(es) so far; pools not yet searched were skipped.'
  },
  none: 'No user of the searched pools has that username, email address, phone number or sub.',
  columns: {
    connection: 'Connection',
    region: 'Region',
    pool: 'User pool',
    user: 'User',
    status: 'Status'
  },
  disabled: 'disabled',
  open: 'Check sign-in',
  openHint: 'Opens in {region} of {connection}: the console switches to it.',
  failures: '{count} place(s) could not be searched; matches there are not listed:',
  failure: '{connection} · {region}{pool}: {message}'
}
