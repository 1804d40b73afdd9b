import type { DemoSeed } from '../../scripts/seed'

/** A dialog or drawer a screen opens: the test id of the button that opens it, or the key that does. */
export type A11yDialog = { name: string } & ({ open: string } | { press: string })

/** A screen the accessibility scan visits: its route, the test id that shows it is drawn, its dialogs. */
export interface A11yScreen {
  name: string
  hash: (seed: DemoSeed) => string
  ready: string
  dialogs?: A11yDialog[]
}

const pool = (seed: DemoSeed, tab: string): string => `#/pools/${seed.customersPoolId}/${tab}`

/**
 * Every screen and dialog the accessibility scan checks. A new screen is covered by adding one line
 * here (tests/e2e/accessibility.spec.ts reads nothing else).
 */
export const A11Y_SCREENS: A11yScreen[] = [
  {
    name: 'pools',
    hash: () => '#/pools',
    ready: 'pools-table',
    dialogs: [
      { name: 'create pool', open: 'pool-create' },
      { name: 'command palette', open: 'open-palette' },
      { name: 'keyboard shortcuts', press: '?' }
    ]
  },
  {
    name: 'pool overview',
    hash: (s) => pool(s, 'overview'),
    ready: 'section-sign-in-policy',
    dialogs: [{ name: 'sign-in policy', open: 'sign-in-policy-edit' }]
  },
  {
    name: 'users',
    hash: (s) => pool(s, 'users'),
    ready: 'users-count',
    dialogs: [
      { name: 'create user', open: 'create-user' },
      { name: 'jobs', open: 'jobs-history' },
      { name: 'import users', open: 'import-users' },
      { name: 'export users', open: 'export-users' }
    ]
  },
  {
    name: 'user page',
    hash: (s) => `${pool(s, 'users')}/${encodeURIComponent(s.users[0]?.username ?? '')}`,
    ready: 'user-sessions'
  },
  { name: 'insights', hash: (s) => pool(s, 'insights'), ready: 'pool-insights' },
  {
    name: 'groups',
    hash: (s) => pool(s, 'groups'),
    ready: 'groups-table',
    dialogs: [{ name: 'create group', open: 'group-create' }]
  },
  {
    name: 'app clients',
    hash: (s) => pool(s, 'clients'),
    ready: 'clients-table',
    dialogs: [{ name: 'create app client', open: 'client-create' }]
  },
  {
    name: 'identity providers',
    hash: (s) => pool(s, 'identity-providers'),
    ready: 'pool-identity-providers',
    dialogs: [
      { name: 'add identity provider', open: 'idp-create' },
      { name: 'signing certificate', open: 'idp-certificate-open' }
    ]
  },
  {
    name: 'resource servers',
    hash: (s) => pool(s, 'resource-servers'),
    ready: 'rs-table',
    dialogs: [{ name: 'create resource server', open: 'rs-create' }]
  },
  { name: 'domain', hash: (s) => pool(s, 'domain'), ready: 'pool-domain' },
  { name: 'import jobs', hash: (s) => pool(s, 'import-jobs'), ready: 'import-job-form' },
  { name: 'triggers', hash: (s) => pool(s, 'triggers'), ready: 'pool-triggers' },
  { name: 'messages', hash: (s) => pool(s, 'messages'), ready: 'messages-invitation' },
  { name: 'threat protection', hash: (s) => pool(s, 'threat-protection'), ready: 'threat-plan' },
  { name: 'sessions', hash: (s) => pool(s, 'sessions'), ready: 'session-config-scope' },
  // The emulator offers no log delivery, so the screen is checked in its "not offered" state.
  { name: 'log delivery', hash: (s) => pool(s, 'logs'), ready: 'log-error' },
  // Nor replicas: the tab is checked in its "not offered" state.
  { name: 'replicas', hash: (s) => pool(s, 'replicas'), ready: 'replicas-error' },
  { name: 'pools as code', hash: (s) => pool(s, 'as-code'), ready: 'snapshot-take' },
  { name: 'identity pools', hash: () => '#/identity-pools', ready: 'identity-pools-table' },
  {
    name: 'identity pool',
    hash: (s) => `#/identity-pools/${s.identityPoolId}`,
    ready: 'identity-pool-name',
    dialogs: [
      { name: 'identity pool tags', open: 'tags-edit' },
      { name: 'edit identity pool', open: 'identity-pool-edit' }
    ]
  },
  // The demo pool has no developer provider: the tab is checked saying so.
  {
    name: 'developer identities',
    hash: (s) => `#/identity-pools/${s.identityPoolId}/developer`,
    ready: 'developer-no-provider'
  },
  // The emulator offers no principal tags: the tab is checked in its "not offered" state.
  {
    name: 'principal tags',
    hash: (s) => `#/identity-pools/${s.identityPoolId}/principal-tags`,
    ready: 'principal-tags-error'
  },
  { name: 'credentials lab', hash: () => '#/identity-pools/lab', ready: 'credentials-lab-view' },
  // The demo identity pool has no developer provider: the source is checked with its warning drawn.
  {
    name: 'credentials lab, developer provider',
    hash: (s) => `#/identity-pools/lab?pool=${encodeURIComponent(s.identityPoolId)}&source=developer`,
    ready: 'lab-developer-user'
  },
  { name: 'test login', hash: () => '#/login', ready: 'test-login-view' },
  { name: 'sign-up and recovery', hash: () => '#/sign-up', ready: 'self-service-view' },
  { name: 'token inspector', hash: () => '#/tokens', ready: 'token-inspector-view' },
  { name: 'support desk', hash: () => '#/support', ready: 'support-desk' },
  { name: 'audit', hash: () => '#/audit', ready: 'audit-view' },
  {
    name: 'settings',
    hash: () => '#/settings',
    ready: 'settings-view',
    dialogs: [{ name: 'add connection', open: 'add-connection' }]
  }
]
