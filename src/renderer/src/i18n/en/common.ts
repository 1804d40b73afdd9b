export default {
  appName: 'Cognito Admin Console',
  nav: {
    pools: 'User pools',
    identityPools: 'Identity pools',
    testLogin: 'Test login',
    tokens: 'Token inspector',
    machineToken: 'Machine tokens',
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
  }
}
