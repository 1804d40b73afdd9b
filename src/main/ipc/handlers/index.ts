import type { Handlers } from '../router'
import { auditHandlers } from './audit'
import { authFactorsHandlers } from './authFactors'
import { testLoginHandlers } from './testLogin'
import { timelineHandlers } from './timeline'
import { appClientsHandlers } from './appClients'
import { connectionsHandlers } from './connections'
import { credentialsLabHandlers } from './credentialsLab'
import { domainsHandlers } from './domains'
import { termsHandlers } from './terms'
import { groupsHandlers } from './groups'
import { identityPoolsHandlers } from './identityPools'
import { identityProvidersHandlers } from './identityProviders'
import { importJobsHandlers } from './importJobs'
import { jobsHandlers } from './jobs'
import { insightsHandlers } from './insights'
import { limitsHandlers } from './limits'
import { linkedIdentitiesHandlers } from './linkedIdentities'
import { logDeliveryHandlers } from './logDelivery'
import { replicasHandlers } from './replicas'
import { developerIdentitiesHandlers } from './developerIdentities'
import { principalTagsHandlers } from './principalTags'
import { messagesHandlers } from './messages'
import { tagsHandlers } from './tags'
import { threatProtectionHandlers } from './threatProtection'
import { sessionConfigurationHandlers } from './sessionConfiguration'
import { poolsHandlers } from './pools'
import { resourceServersHandlers } from './resourceServers'
import { sessionsHandlers } from './sessions'
import { selfServiceHandlers } from './selfService'
import { settingsHandlers } from './settings'
import { signInCheckHandlers } from './signInCheck'
import { snapshotsHandlers } from './snapshots'
import { tokensHandlers } from './tokens'
import { triggersHandlers } from './triggers'
import { userSearchHandlers } from './userSearch'
import { lastSeenHandlers } from './lastSeen'
import { usersHandlers } from './users'

/** One handler per contract channel; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  settings: settingsHandlers,
  connections: connectionsHandlers,
  pools: poolsHandlers,
  appClients: appClientsHandlers,
  groups: groupsHandlers,
  identityProviders: identityProvidersHandlers,
  resourceServers: resourceServersHandlers,
  domains: domainsHandlers,
  terms: termsHandlers,
  users: usersHandlers,
  jobs: jobsHandlers,
  importJobs: importJobsHandlers,
  audit: auditHandlers,
  limits: limitsHandlers,
  testLogin: testLoginHandlers,
  selfService: selfServiceHandlers,
  tokens: tokensHandlers,
  identityPools: identityPoolsHandlers,
  credentialsLab: credentialsLabHandlers,
  signInCheck: signInCheckHandlers,
  sessions: sessionsHandlers,
  authFactors: authFactorsHandlers,
  linkedIdentities: linkedIdentitiesHandlers,
  timeline: timelineHandlers,
  triggers: triggersHandlers,
  snapshots: snapshotsHandlers,
  insights: insightsHandlers,
  messages: messagesHandlers,
  tags: tagsHandlers,
  threatProtection: threatProtectionHandlers,
  sessionConfiguration: sessionConfigurationHandlers,
  userSearch: userSearchHandlers,
  lastSeen: lastSeenHandlers,
  logDelivery: logDeliveryHandlers,
  replicas: replicasHandlers,
  developerIdentities: developerIdentitiesHandlers,
  principalTags: principalTagsHandlers
}
