import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import type { MessageSchema } from './i18n'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the sidebar entry, for routes that appear in the sidebar. */
    nav?: `common.nav.${keyof MessageSchema['common']['nav']}`
    /** Sidebar order. */
    order?: number
    /** The letter that follows `g` to go to the screen from the keyboard. */
    key?: string
    /** i18n key of the tab, for child routes of the pool screen that appear as its tabs. */
    tab?: string
    /** Tab order on the pool screen. */
    tabOrder?: number
    /** The tab a child route without its own tab belongs to (a user's page belongs to Users). */
    withinTab?: string
  }
}

/** Every screen. A route with `meta.nav` appears in the sidebar, in `meta.order`. */
export const routes: RouteRecordRaw[] = [
  { path: '/', redirect: '/pools' },
  {
    path: '/pools',
    name: 'pools',
    component: () => import('./views/pools/PoolsView.vue'),
    meta: { nav: 'common.nav.pools', key: 'p', order: 10 }
  },
  {
    path: '/pools/:poolId',
    name: 'pool',
    component: () => import('./views/pools/PoolView.vue'),
    children: [
      { path: '', redirect: { name: 'pool-overview' } },
      {
        path: 'overview',
        name: 'pool-overview',
        component: () => import('./views/pools/PoolOverviewView.vue'),
        meta: { tab: 'pools.tabs.overview', tabOrder: 10 }
      },
      {
        path: 'clients',
        name: 'pool-clients',
        component: () => import('./views/pools/PoolAppClientsView.vue'),
        meta: { tab: 'pools.tabs.clients', tabOrder: 30 }
      },
      {
        path: 'identity-providers',
        name: 'pool-identity-providers',
        component: () => import('./views/pools/PoolIdentityProvidersView.vue'),
        meta: { tab: 'identityProviders.tab', tabOrder: 35 }
      },
      {
        path: 'resource-servers',
        name: 'pool-resource-servers',
        component: () => import('./views/pools/PoolResourceServersView.vue'),
        meta: { tab: 'resourceServers.tab', tabOrder: 36 }
      },
      {
        path: 'domain',
        name: 'pool-domain',
        component: () => import('./views/pools/PoolDomainView.vue'),
        meta: { tab: 'domains.tab', tabOrder: 37 }
      },
      {
        path: 'groups',
        name: 'pool-groups',
        component: () => import('./views/pools/PoolGroupsView.vue'),
        meta: { tab: 'pools.tabs.groups', tabOrder: 40 }
      },
      {
        path: 'users',
        name: 'pool-users',
        component: () => import('./views/users/PoolUsersView.vue'),
        meta: { tab: 'users.tab', tabOrder: 5 }
      },
      {
        path: 'insights',
        name: 'pool-insights',
        component: () => import('./views/pools/PoolInsightsView.vue'),
        meta: { tab: 'insights.tab', tabOrder: 7 }
      },
      {
        path: 'triggers',
        name: 'pool-triggers',
        component: () => import('./views/pools/PoolTriggersView.vue'),
        meta: { tab: 'triggers.tab', tabOrder: 50 }
      },
      {
        path: 'messages',
        name: 'pool-messages',
        component: () => import('./views/pools/PoolMessagesView.vue'),
        meta: { tab: 'messages.tab', tabOrder: 55 }
      },
      {
        path: 'threat-protection',
        name: 'pool-threat-protection',
        component: () => import('./views/pools/PoolThreatProtectionView.vue'),
        meta: { tab: 'threatProtection.tab', tabOrder: 58 }
      },
      {
        path: 'sessions',
        name: 'pool-session-configuration',
        component: () => import('./views/pools/PoolSessionConfigurationView.vue'),
        meta: { tab: 'sessionConfiguration.tab', tabOrder: 59 }
      },
      {
        path: 'import-jobs',
        name: 'pool-import-jobs',
        component: () => import('./views/pools/PoolImportJobsView.vue'),
        meta: { tab: 'importJobs.tab', tabOrder: 60 }
      },
      {
        path: 'logs',
        name: 'pool-log-delivery',
        component: () => import('./views/pools/PoolLogDeliveryView.vue'),
        meta: { tab: 'logDelivery.tab', tabOrder: 62 }
      },
      {
        path: 'replicas',
        name: 'pool-replicas',
        component: () => import('./views/pools/PoolReplicasView.vue'),
        meta: { tab: 'replicas.tab', tabOrder: 64 }
      },
      {
        path: 'as-code',
        name: 'pool-snapshots',
        component: () => import('./views/pools/PoolSnapshotsView.vue'),
        meta: { tab: 'snapshots.tab', tabOrder: 90 }
      },
      {
        path: 'users/:username',
        name: 'user',
        component: () => import('./views/users/UserDetailView.vue'),
        meta: { withinTab: 'pool-users' }
      }
    ]
  },
  {
    path: '/identity-pools',
    name: 'identityPools',
    component: () => import('./views/identityPools/IdentityPoolsView.vue'),
    meta: { nav: 'common.nav.identityPools', key: 'i', order: 20 }
  },
  {
    path: '/identity-pools/lab',
    name: 'credentialsLab',
    component: () => import('./views/credentialsLab/CredentialsLabView.vue')
  },
  {
    path: '/identity-pools/:identityPoolId/:tab?',
    name: 'identityPool',
    component: () => import('./views/identityPools/IdentityPoolView.vue'),
    props: true
  },
  {
    path: '/support',
    name: 'support',
    component: () => import('./views/support/SupportDeskView.vue'),
    meta: { nav: 'common.nav.support', key: 'h', order: 25 }
  },
  {
    path: '/login',
    name: 'test-login',
    component: () => import('./views/testLogin/TestLoginView.vue'),
    meta: { nav: 'common.nav.testLogin', key: 'l', order: 30 }
  },
  {
    path: '/machine-token',
    name: 'machine-token',
    component: () => import('./views/testLogin/MachineTokenView.vue'),
    meta: { nav: 'common.nav.machineToken', order: 35 }
  },
  {
    path: '/sign-up',
    name: 'self-service',
    component: () => import('./views/testLogin/SelfServiceView.vue'),
    meta: { nav: 'common.nav.selfService', order: 36 }
  },
  {
    path: '/tokens',
    name: 'tokens',
    component: () => import('./views/tokens/TokenInspectorView.vue'),
    meta: { nav: 'common.nav.tokens', key: 't', order: 40 }
  },
  {
    path: '/audit',
    name: 'audit',
    component: () => import('./views/audit/AuditView.vue'),
    meta: { nav: 'common.nav.audit', key: 'a', order: 50 }
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('./views/settings/SettingsView.vue'),
    meta: { nav: 'common.nav.settings', key: 's', order: 100 }
  },
  { path: '/:pathMatch(.*)*', redirect: '/pools' }
]

export const router = createRouter({ history: createWebHashHistory(), routes })
