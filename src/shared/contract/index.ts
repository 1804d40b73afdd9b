import type { z } from 'zod'
import type { AnyChannel, Channel, ChannelKind } from './define'
import { auditContract } from './audit'
import { authFactorsContract } from './authFactors'
import { testLoginContract } from './testLogin'
import { timelineContract } from './timeline'
import { appClientsContract } from './appClients'
import { connectionsContract } from './connections'
import { credentialsLabContract } from './credentialsLab'
import { domainsContract } from './domains'
import { termsContract } from './terms'
import { groupsContract } from './groups'
import { identityPoolsContract } from './identityPools'
import { identityProvidersContract } from './identityProviders'
import { insightsContract } from './insights'
import { importJobsContract } from './importJobs'
import { jobsContract } from './jobs'
import { limitsContract } from './limits'
import { linkedIdentitiesContract } from './linkedIdentities'
import { logDeliveryContract } from './logDelivery'
import { replicasContract } from './replicas'
import { developerIdentitiesContract } from './developerIdentities'
import { principalTagsContract } from './principalTags'
import { messagesContract } from './messages'
import { poolsContract } from './pools'
import { resourceServersContract } from './resourceServers'
import { sessionsContract } from './sessions'
import { selfServiceContract } from './selfService'
import { settingsContract } from './settings'
import { signInCheckContract } from './signInCheck'
import { snapshotsContract } from './snapshots'
import { tokensContract } from './tokens'
import { triggersContract } from './triggers'
import { tagsContract } from './tags'
import { threatProtectionContract } from './threatProtection'
import { sessionConfigurationContract } from './sessionConfiguration'
import { usersContract } from './users'
import { userSearchContract } from './userSearch'
import { lastSeenContract } from './lastSeen'

/**
 * The whole IPC surface: `domain:action` for each channel. The preload builds `window.api` from it and
 * main registers one handler per entry, so adding a channel here is the only way to add one.
 */
export const contract = {
  settings: settingsContract,
  connections: connectionsContract,
  pools: poolsContract,
  appClients: appClientsContract,
  groups: groupsContract,
  identityProviders: identityProvidersContract,
  resourceServers: resourceServersContract,
  domains: domainsContract,
  terms: termsContract,
  users: usersContract,
  jobs: jobsContract,
  importJobs: importJobsContract,
  audit: auditContract,
  limits: limitsContract,
  testLogin: testLoginContract,
  selfService: selfServiceContract,
  tokens: tokensContract,
  identityPools: identityPoolsContract,
  credentialsLab: credentialsLabContract,
  signInCheck: signInCheckContract,
  sessions: sessionsContract,
  sessionConfiguration: sessionConfigurationContract,
  authFactors: authFactorsContract,
  linkedIdentities: linkedIdentitiesContract,
  timeline: timelineContract,
  triggers: triggersContract,
  snapshots: snapshotsContract,
  insights: insightsContract,
  messages: messagesContract,
  tags: tagsContract,
  threatProtection: threatProtectionContract,
  userSearch: userSearchContract,
  lastSeen: lastSeenContract,
  logDelivery: logDeliveryContract,
  replicas: replicasContract,
  developerIdentities: developerIdentitiesContract,
  principalTags: principalTagsContract
}

export type Contract = typeof contract
export type Domain = keyof Contract
export type ActionOf<D extends Domain> = keyof Contract[D] & string
export type ChannelName = { [D in Domain]: `${D}:${ActionOf<D>}` }[Domain]

type ChannelOf<D extends Domain, A extends ActionOf<D>> = Contract[D][A] extends AnyChannel
  ? Contract[D][A]
  : never
/** What the renderer sends (schema input). */
export type RequestOf<D extends Domain, A extends ActionOf<D>> = z.input<ChannelOf<D, A>['request']>
/** What a handler receives (schema output, after defaults and transforms). */
export type ParsedRequestOf<D extends Domain, A extends ActionOf<D>> = z.output<ChannelOf<D, A>['request']>
export type ResponseOf<D extends Domain, A extends ActionOf<D>> =
  ChannelOf<D, A> extends Channel<z.ZodType, infer R, ChannelKind> ? R : never

/** Every channel with its kind, flattened: for the router, the fuzzer and the surface snapshot. */
export function listChannels(): { name: ChannelName; domain: Domain; action: string; channel: AnyChannel }[] {
  return Object.entries(contract).flatMap(([domain, channels]) =>
    Object.entries(channels as Record<string, AnyChannel>).map(([action, channel]) => ({
      name: `${domain}:${action}` as ChannelName,
      domain: domain as Domain,
      action,
      channel
    }))
  )
}
