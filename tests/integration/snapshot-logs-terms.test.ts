import {
  ResourceNotFoundException,
  type CreateTermsCommandInput,
  type CreateTermsCommandOutput,
  type DeleteTermsCommandInput,
  type DescribeRiskConfigurationCommandInput,
  type DescribeRiskConfigurationCommandOutput,
  type DescribeTermsCommandInput,
  type DescribeTermsCommandOutput,
  type GetUserPoolClientSessionConfigurationCommandInput,
  type GetUserPoolClientSessionConfigurationCommandOutput,
  type GetUserPoolSessionConfigurationCommandInput,
  type GetUserPoolSessionConfigurationCommandOutput,
  type GetLogDeliveryConfigurationCommandInput,
  type GetLogDeliveryConfigurationCommandOutput,
  type ListTermsCommandInput,
  type ListTermsCommandOutput,
  type ListUserPoolReplicasCommandInput,
  type ListUserPoolReplicasCommandOutput,
  type LogConfigurationType,
  type RiskConfigurationType,
  type SetLogDeliveryConfigurationCommandInput,
  type SetLogDeliveryConfigurationCommandOutput,
  type SetRiskConfigurationCommandInput,
  type SetUserPoolClientSessionConfigurationCommandInput,
  type SetUserPoolClientSessionConfigurationCommandOutput,
  type SetUserPoolSessionConfigurationCommandInput,
  type SetUserPoolSessionConfigurationCommandOutput,
  type TermsType,
  type UpdateTermsCommandInput,
  type UpdateTermsCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { regionOfPool } from '@shared/arns'
import { createHarness, type Harness } from '../support/harness'
import { clientSettings, plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

/**
 * Log delivery, an app client's own threat protection, terms documents, replicas and session
 * configuration in a pool snapshot: taken, cloned, compared and removed. moto 5.2.1 implements none of
 * GetLogDeliveryConfiguration, SetLogDeliveryConfiguration, Describe/SetRiskConfiguration, the terms
 * operations, ListUserPoolReplicas or the (client) session configuration operations, so they are answered inside the connection's client (typed by the SDK, after the
 * audit observer), keeping what they received per pool and client so the reads give it back as Cognito
 * does. Pools and clients are moto's.
 */

const run = Date.now().toString(36)
let h: Harness
let poolId: string
let backendId: string
let webId: string
const logs = new Map<string, LogConfigurationType[]>()
const risk = new Map<string, RiskConfigurationType>()
const terms = new Map<string, TermsType>()
const replicaRegions = new Map<string, string[]>()
/** Session configuration as Cognito keeps it, by pool and by pool/client; absent: Cognito's default. */
const poolSessions = new Map<string, Omit<GetUserPoolSessionConfigurationCommandOutput, '$metadata'>>()
const clientSessions = new Map<string, number>()
const sessionSent: SetUserPoolClientSessionConfigurationCommandInput[] = []
const logSent: SetLogDeliveryConfigurationCommandInput[] = []
const riskSent: SetRiskConfigurationCommandInput[] = []
let stops: (() => void)[] = []

const riskKey = (pool: string | undefined, client: string | undefined) => `${pool}/${client ?? 'ALL'}`
const termsOf = (pool: string | undefined) => [...terms.values()].filter((t) => t.UserPoolId === pool)

function answerMissingOperations(): void {
  const idp = h.ctx.connections.active().clients.idp
  stops = [
    answerOperation(
      idp,
      'GetLogDeliveryConfigurationCommand',
      (input: GetLogDeliveryConfigurationCommandInput) =>
        ({
          LogDeliveryConfiguration: {
            UserPoolId: input.UserPoolId,
            LogConfigurations: logs.get(input.UserPoolId ?? '') ?? []
          }
        }) satisfies Omit<GetLogDeliveryConfigurationCommandOutput, '$metadata'>
    ),
    answerOperation(
      idp,
      'SetLogDeliveryConfigurationCommand',
      (input: SetLogDeliveryConfigurationCommandInput) => {
        logSent.push(input)
        logs.set(input.UserPoolId ?? '', input.LogConfigurations ?? [])
        return { LogDeliveryConfiguration: input } satisfies Omit<
          SetLogDeliveryConfigurationCommandOutput,
          '$metadata'
        >
      }
    ),
    answerOperation(
      idp,
      'DescribeRiskConfigurationCommand',
      (input: DescribeRiskConfigurationCommandInput) =>
        ({
          // A client without its own configuration is answered with the pool's, as Cognito does.
          RiskConfiguration: risk.get(riskKey(input.UserPoolId, input.ClientId)) ??
            risk.get(riskKey(input.UserPoolId, undefined)) ?? {
              UserPoolId: input.UserPoolId,
              ClientId: 'ALL'
            }
        }) satisfies Omit<DescribeRiskConfigurationCommandOutput, '$metadata'>
    ),
    answerOperation(idp, 'SetRiskConfigurationCommand', (input: SetRiskConfigurationCommandInput) => {
      riskSent.push(input)
      const { UserPoolId, ClientId, ...rest } = input
      const key = riskKey(UserPoolId, ClientId)
      // Cognito deletes the configuration when all of its parts are left out.
      if (Object.keys(rest).length === 0) risk.delete(key)
      else risk.set(key, { UserPoolId, ClientId: ClientId ?? 'ALL', ...rest })
      return {}
    }),
    answerOperation(
      idp,
      'ListTermsCommand',
      (input: ListTermsCommandInput) =>
        ({
          Terms: termsOf(input.UserPoolId).map((t) => ({
            TermsId: t.TermsId,
            TermsName: t.TermsName,
            Enforcement: t.Enforcement,
            CreationDate: t.CreationDate,
            LastModifiedDate: t.LastModifiedDate
          }))
        }) satisfies Omit<ListTermsCommandOutput, '$metadata'>
    ),
    answerOperation(idp, 'DescribeTermsCommand', (input: DescribeTermsCommandInput) => {
      const found = terms.get(input.TermsId ?? '')
      if (!found) throw new ResourceNotFoundException({ message: 'No such terms.', $metadata: {} })
      return { Terms: found } satisfies Omit<DescribeTermsCommandOutput, '$metadata'>
    }),
    answerOperation(idp, 'CreateTermsCommand', (input: CreateTermsCommandInput) => {
      const created = {
        ...input,
        TermsId: `terms-${terms.size + 1}`,
        CreationDate: new Date(),
        LastModifiedDate: new Date()
      } as TermsType
      terms.set(created.TermsId as string, created)
      return { Terms: created } satisfies Omit<CreateTermsCommandOutput, '$metadata'>
    }),
    answerOperation(idp, 'UpdateTermsCommand', (input: UpdateTermsCommandInput) => {
      const found = terms.get(input.TermsId ?? '')
      if (!found) throw new ResourceNotFoundException({ message: 'No such terms.', $metadata: {} })
      const updated = { ...found, ...input }
      terms.set(updated.TermsId as string, updated)
      return { Terms: updated } satisfies Omit<UpdateTermsCommandOutput, '$metadata'>
    }),
    answerOperation(idp, 'DeleteTermsCommand', (input: DeleteTermsCommandInput) => {
      terms.delete(input.TermsId ?? '')
      return {}
    }),
    answerOperation(
      idp,
      'GetUserPoolSessionConfigurationCommand',
      (input: GetUserPoolSessionConfigurationCommandInput) =>
        (poolSessions.get(input.UserPoolId ?? '') ?? {
          UserSessionTracking: 'DISABLED',
          TokenSession: { MaxPerUser: 20 }
        }) satisfies Omit<GetUserPoolSessionConfigurationCommandOutput, '$metadata'>
    ),
    answerOperation(
      idp,
      'SetUserPoolSessionConfigurationCommand',
      (input: SetUserPoolSessionConfigurationCommandInput) => {
        const { UserPoolId, ...settings } = input
        poolSessions.set(UserPoolId ?? '', settings)
        return settings satisfies Omit<SetUserPoolSessionConfigurationCommandOutput, '$metadata'>
      }
    ),
    answerOperation(
      idp,
      'GetUserPoolClientSessionConfigurationCommand',
      (input: GetUserPoolClientSessionConfigurationCommandInput) =>
        ({
          SSOSession: {
            MaxValidityMinutes: clientSessions.get(`${input.UserPoolId}/${input.ClientId}`) ?? 60
          }
        }) satisfies Omit<GetUserPoolClientSessionConfigurationCommandOutput, '$metadata'>
    ),
    answerOperation(
      idp,
      'SetUserPoolClientSessionConfigurationCommand',
      (input: SetUserPoolClientSessionConfigurationCommandInput) => {
        sessionSent.push(input)
        clientSessions.set(
          `${input.UserPoolId}/${input.ClientId}`,
          input.SSOSession?.MaxValidityMinutes ?? 60
        )
        return { SSOSession: input.SSOSession } satisfies Omit<
          SetUserPoolClientSessionConfigurationCommandOutput,
          '$metadata'
        >
      }
    ),
    answerOperation(
      idp,
      'ListUserPoolReplicasCommand',
      (input: ListUserPoolReplicasCommandInput) =>
        ({
          UserPoolReplicas: (replicaRegions.get(input.UserPoolId ?? '') ?? []).map((region) => ({
            RegionName: region,
            Role: 'SECONDARY',
            Status: 'ACTIVE'
          }))
        }) satisfies Omit<ListUserPoolReplicasCommandOutput, '$metadata'>
    )
  ]
}

const logGroup = (pool: string) =>
  `arn:aws:logs:${regionOfPool(pool)}:123456789012:log-group:/aws/cognito/${run}`
const TERMS_URL = 'https://shop.example.com/terms'

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  answerMissingOperations()
  poolId = (await h.ok('pools', 'create', plainPool(`logs-${run}`))).id
  webId = (await h.ok('appClients', 'create', { ...clientSettings('web'), poolId, generateSecret: false }))
    .clientId
  backendId = (
    await h.ok('appClients', 'create', { ...clientSettings('backend'), poolId, generateSecret: false })
  ).clientId
  await h.ok('logDelivery', 'set', {
    poolId,
    entries: [
      {
        eventSource: 'userNotification',
        logLevel: 'ERROR',
        destination: 'cloudWatchLogs',
        arn: logGroup(poolId)
      }
    ]
  })
  await h.ok('threatProtection', 'set', {
    poolId,
    clientId: backendId,
    settings: {
      compromisedCredentials: null,
      accountTakeover: null,
      exceptions: { alwaysAllow: ['198.51.100.0/24'], alwaysBlock: [] }
    }
  })
  await h.ok('terms', 'create', {
    poolId,
    clientId: webId,
    name: 'terms-of-use',
    links: [{ language: 'cognito:default', url: TERMS_URL }]
  })
  replicaRegions.set(poolId, ['eu-west-1'])
  await h.ok('sessionConfiguration', 'setPool', {
    poolId,
    settings: { tracking: 'ENABLED', maxPerUser: 5 }
  })
  await h.ok('sessionConfiguration', 'setClient', {
    poolId,
    clientId: webId,
    settings: { ssoMaxValidityMinutes: 720 }
  })
})
afterAll(() => {
  for (const stop of stops) stop()
  return h?.dispose()
})

describe('log delivery, client threat protection, terms, replicas and sessions in a snapshot', () => {
  it('takes them, named by client, without ids', async () => {
    const { snapshot } = await h.ok('snapshots', 'take', { poolId })
    // Branding is answered in snapshot-protection-branding.test.ts; here moto's lack of it stays.
    expect(snapshot.unavailable.map((u) => u.section)).toEqual(['branding'])
    expect(snapshot.logDelivery).toEqual({
      LogConfigurations: [
        {
          EventSource: 'userNotification',
          LogLevel: 'ERROR',
          CloudWatchLogsConfiguration: { LogGroupArn: logGroup(poolId) }
        }
      ]
    })
    // Only the client with its own configuration: the web client follows the pool's.
    expect(snapshot.clientThreatProtection).toEqual([
      {
        ClientName: 'backend',
        RiskExceptionConfiguration: { SkippedIPRangeList: ['198.51.100.0/24'], BlockedIPRangeList: [] }
      }
    ])
    expect(snapshot.terms).toEqual([
      { ClientName: 'web', TermsName: 'terms-of-use', Links: { 'cognito:default': TERMS_URL } }
    ])
    expect(snapshot.replicas).toEqual([{ Region: 'eu-west-1' }])
    expect(snapshot.sessionConfiguration).toEqual({
      UserSessionTracking: 'ENABLED',
      TokenSession: { MaxPerUser: 5 }
    })
    // Only the client away from Cognito's default (60 minutes).
    expect(snapshot.clientSessionConfiguration).toEqual([
      { ClientName: 'web', SSOSession: { MaxValidityMinutes: 720 } }
    ])
  })

  it('clones them into a new pool (replicas are not), and the clone differs in its name and replicas only', async () => {
    const source = { kind: 'live' as const, poolId }
    const target = { newPoolName: `logs-clone-${run}` }
    const plan = await h.ok('snapshots', 'plan', { source, target })
    expect(plan.notTaken).toEqual(['branding'])
    expect(plan.steps.map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual(
      expect.arrayContaining([
        'create clientThreatProtection backend',
        'create terms web / terms-of-use',
        'create logDelivery ',
        'blocked replicas eu-west-1',
        'create sessionConfiguration ',
        'create clientSessionConfiguration web'
      ])
    )
    const report = await h.ok('snapshots', 'apply', { source, target, fingerprint: plan.fingerprint })
    expect(report.outcomes.filter((o) => o.result !== 'done').map((o) => o.step.kind)).toEqual(['replicas'])
    const clonedBackend = (await h.ok('appClients', 'list', { poolId: report.poolId })).clients.find(
      (c) => c.name === 'backend'
    )
    expect(riskSent.at(-1)).toEqual(
      expect.objectContaining({ UserPoolId: report.poolId, ClientId: clonedBackend?.clientId })
    )
    expect(termsOf(report.poolId).map((t) => [t.TermsName, t.Links])).toEqual([
      ['terms-of-use', { 'cognito:default': TERMS_URL }]
    ])
    expect(poolSessions.get(report.poolId)).toEqual({
      UserSessionTracking: 'ENABLED',
      TokenSession: { MaxPerUser: 5 }
    })
    const clonedWeb = (await h.ok('appClients', 'list', { poolId: report.poolId })).clients.find(
      (c) => c.name === 'web'
    )
    expect(clientSessions.get(`${report.poolId}/${clonedWeb?.clientId}`)).toBe(720)
    const diff = await h.ok('snapshots', 'diff', {
      left: source,
      right: { kind: 'live', poolId: report.poolId }
    })
    expect(diff.differences.map((d) => `${d.change} ${d.kind} ${d.name}`)).toEqual([
      'changed pool ',
      'onlyLeft replicas eu-west-1'
    ])
  })

  it('makes a pool without them like one: logs off, the client back on the pool’s settings, terms deleted', async () => {
    const bare = (await h.ok('pools', 'create', plainPool(`logs-bare-${run}`))).id
    await h.ok('appClients', 'create', { ...clientSettings('web'), poolId: bare, generateSecret: false })
    await h.ok('appClients', 'create', { ...clientSettings('backend'), poolId: bare, generateSecret: false })
    const source = { kind: 'live' as const, poolId: bare }
    const plan = await h.ok('snapshots', 'plan', { source, target: { poolId } })
    expect(plan.steps.map((s) => `${s.action} ${s.kind} ${s.name}`)).toEqual([
      'delete logDelivery ',
      'delete terms web / terms-of-use',
      'delete clientSessionConfiguration web',
      'delete clientThreatProtection backend',
      'update sessionConfiguration ',
      'blocked replicas eu-west-1'
    ])
    const report = await h.ok('snapshots', 'apply', {
      source,
      target: { poolId },
      fingerprint: plan.fingerprint
    })
    expect(report.complete).toBe(true)
    expect(logSent.at(-1)).toEqual({ UserPoolId: poolId, LogConfigurations: [] })
    expect(riskSent.at(-1)).toEqual({ UserPoolId: poolId, ClientId: backendId })
    expect(termsOf(poolId)).toEqual([])
    expect(poolSessions.get(poolId)).toEqual({
      UserSessionTracking: 'DISABLED',
      TokenSession: { MaxPerUser: 20 }
    })
    expect(sessionSent.at(-1)).toEqual({
      UserPoolId: poolId,
      ClientId: webId,
      SSOSession: { MaxValidityMinutes: 60 }
    })
    const after = await h.ok('snapshots', 'diff', { left: source, right: { kind: 'live', poolId } })
    expect(after.differences.map((d) => d.kind)).toEqual(['pool', 'replicas'])
  })
})
