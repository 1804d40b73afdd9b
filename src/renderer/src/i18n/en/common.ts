export default {
  appName: 'Cognito Admin Console',
  nav: {
    pools: 'User pools',
    identityPools: 'Identity pools',
    testLogin: 'Test login',
    tokens: 'Token inspector',
    machineToken: 'Machine tokens',
    selfService: 'Sign-up and recovery',
    support: 'Support desk',
    audit: 'Audit log',
    settings: 'Settings'
  },
  header: {
    region: 'Region',
    connection: 'Connection',
    noConnection: 'No connection',
    readOnly: 'Read-only',
    production: 'Production',
    theme: 'Theme',
    language: 'Language'
  },
  a11y: {
    mainNav: 'Main',
    skipToContent: 'Skip to content',
    decrease: 'Decrease',
    increase: 'Increase',
    add: 'Add'
  },
  palette: {
    open: 'Go to…',
    title: 'Go to or run',
    label: 'Screen, pool, app client, user or action',
    placeholder: 'Type a screen, pool, app client, username, email or action',
    results: 'No results | 1 result | {count} results',
    searching: 'Searching users…',
    searchFailed: 'The user search failed: {error}',
    usersIn: 'Users are searched in {pool}.',
    noPool: 'Open a user pool to search its users.',
    hint: '↑ ↓ to choose, Enter to open, Esc to close',
    kinds: { action: 'Action', screen: 'Screen', pool: 'User pool', client: 'App client', user: 'User' },
    showShortcuts: 'Show keyboard shortcuts'
  },
  shortcuts: {
    title: 'Keyboard shortcuts',
    keys: 'Keys',
    does: 'Does',
    global: 'Everywhere',
    screen: 'On this screen',
    then: 'then',
    palette: 'Open the command palette: go to any screen, pool, app client or user, or run an action',
    help: 'Show this list (not while typing in a field)',
    goTo: 'Go to {screen}',
    skip: 'First Tab: skip to the screen content',
    tabs: 'Move between tabs',
    grid: 'Move through the users grid; Enter opens the user',
    focusSearch: 'Go to the search box'
  },
  theme: { system: 'System', light: 'Light', dark: 'Dark' },
  language: { en: 'English', ja: '日本語' },
  actions: {
    save: 'Save',
    cancel: 'Cancel',
    delete: 'Delete',
    edit: 'Edit',
    create: 'Create',
    refresh: 'Refresh',
    close: 'Close',
    copy: 'Copy',
    copied: 'Copied',
    reveal: 'Reveal',
    hide: 'Hide',
    retry: 'Try again',
    confirm: 'Confirm',
    search: 'Search',
    open: 'Open'
  },
  states: {
    loading: 'Loading…',
    empty: 'Nothing here yet.',
    failed: 'Not loaded: the message above says why and what to do.',
    yes: 'Yes',
    no: 'No'
  },
  json: { raw: 'Raw JSON' },
  preview: {
    field: 'Field',
    before: 'Now',
    after: 'After saving',
    none: 'Nothing changes: the settings are already as in the form.',
    secretSet: '(new secret, not shown)',
    confirm: 'Send this change'
  },
  confirm: {
    typeToConfirm: 'Type {value} to confirm.',
    irreversible: 'This cannot be undone.'
  },
  retriedWrite:
    'The request was sent {attempts} times because an answer was lost on the way: an earlier attempt may have made it already. Open it to check before trying again.'
}
