import {
  AdminGetUserAuthFactorsCommand,
  AdminGetUserCommand,
  AdminListUserSessionsCommand,
  AdminRevokeUserSessionCommand,
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  GetUserPoolSessionConfigurationCommand,
  type AdminRevokeUserSessionCommandInput,
  type AdminRevokeUserSessionCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { listSessions, revokeSession, sessionTracking } from '../../src/main/cognito/sessions'
import { checkSignIn } from '../../src/main/cognito/signInCheck'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
let h: Harness
let poolId: string
const ref = () => ({ poolId, username: 'sam' })

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`sessions-${run}`))).id
  await h.ok('users', 'create', {
    poolId,
    username: 'sam',
    attributes: {},
    sendInvitation: false,
    generatePassword: true
  })
})
afterAll(() => h?.dispose())

describe('sessions against moto', () => {
  it('says the endpoint does not offer sessions instead of failing', async () => {
    const result = await h.ok('sessions', 'list', ref())
    expect(result.sessions).toMatchObject({
      available: false,
      reason: expect.stringContaining('AdminListUserSessions')
    })
    expect(result.tracking).toMatchObject({ available: false })
  })

  it('refuses to revoke on a read-only connection, and records the refusal', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const result = await ro.call('sessions', 'revoke', { ...ref(), sessionId: 'abc' })
      expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
      await ro.ctx.audit.flush()
      const log = await ro.ok('audit', 'list', { result: 'error' })
      expect(log.entries[0]).toMatchObject({ operation: 'sessions:revoke', error: { code: 'READ_ONLY' } })
    } finally {
      ro.dispose()
    }
  })

  it('revokes through the router and the audit log records it', async () => {
    // moto 5.2.1 lacks AdminRevokeUserSession and AdminListUserSessions: they are answered inside the
    // client's middleware so the console's own audit observer still sees the call.
    const idp = h.ctx.connections.active().clients.idp
    const sent: AdminRevokeUserSessionCommandInput[] = []
    const stops = [
      answerOperation(idp, 'AdminRevokeUserSessionCommand', (input: AdminRevokeUserSessionCommandInput) => {
        sent.push(input)
        return {} satisfies Omit<AdminRevokeUserSessionCommandOutput, '$metadata'>
      }),
      answerOperation(idp, 'AdminListUserSessionsCommand', () => ({ Sessions: [] }))
    ]
    try {
      const result = await h.ok('sessions', 'revoke', { ...ref(), sessionId: 'session-1', linked: true })
      expect(result).toEqual({ sessionId: 'session-1', remaining: { available: true, value: [] } })
      expect(sent).toEqual([
        { UserPoolId: poolId, Username: 'sam', SessionId: 'session-1', RevokeAssociatedSessions: 'LINKED' }
      ])
      await h.ctx.audit.flush()
      const log = await h.ok('audit', 'list', { operation: 'AdminRevokeUserSession' })
      expect(log.entries[0]).toMatchObject({ result: 'ok', poolId, target: 'sam' })
    } finally {
      for (const stop of stops) stop()
    }
  })
})

describe('sessions where the endpoint has them', () => {
  // moto 5.2.1 implements none of the session operations nor auth factors: a mocked client typed by
  // the SDK stands in for Cognito to check how their answers are read.
  const client = new CognitoIdentityProviderClient({ region: 'us-east-1' })
  const mock = mockClient(client)
  afterEach(() => mock.reset())
  const user = { poolId: 'us-east-1_Example', username: 'sam' }

  it('reads every page of sessions with client, device, address and place', async () => {
    mock
      .on(AdminListUserSessionsCommand, { NextToken: undefined })
      .resolves({
        Sessions: [
          {
            SessionId: 's1',
            SessionType: 'TOKEN',
            ClientId: 'client1',
            DeviceType: 'iPhone',
            LastIPAddress: '203.0.113.7',
            LastLocation: { City: 'Osaka', Country: 'Japan' },
            CreateDate: new Date('2026-11-01T00:00:00Z'),
            LastActiveDate: new Date('2026-11-26T08:00:00Z')
          }
        ],
        NextToken: 'page2'
      })
      .on(AdminListUserSessionsCommand, { NextToken: 'page2' })
      .resolves({ Sessions: [{ SessionId: 's2', SessionType: 'SSO' }] })
    expect(await listSessions(client, user)).toEqual({
      available: true,
      value: [
        {
          id: 's1',
          type: 'TOKEN',
          clientId: 'client1',
          device: 'iPhone',
          ipAddress: '203.0.113.7',
          location: 'Osaka, Japan',
          created: '2026-11-01T00:00:00.000Z',
          lastActive: '2026-11-26T08:00:00.000Z'
        },
        { id: 's2', type: 'SSO' }
      ]
    })
  })

  it('reads whether the pool tracks sessions', async () => {
    mock.on(GetUserPoolSessionConfigurationCommand).resolves({ UserSessionTracking: 'DISABLED' })
    expect(await sessionTracking(client, user.poolId)).toEqual({ available: true, value: false })
  })

  it('revokes one session without its linked ones unless asked', async () => {
    mock.on(AdminRevokeUserSessionCommand).resolves({})
    mock.on(AdminListUserSessionsCommand).resolves({ Sessions: [] })
    await revokeSession(client, { ...user, sessionId: 's1' })
    expect(mock.commandCalls(AdminRevokeUserSessionCommand)[0]?.args[0].input).toEqual({
      UserPoolId: user.poolId,
      Username: 'sam',
      SessionId: 's1',
      RevokeAssociatedSessions: 'NONE'
    })
  })

  it('feeds sessions and auth factors into the sign-in check', async () => {
    mock.on(AdminGetUserCommand).resolves({
      Username: 'sam',
      UserStatus: 'CONFIRMED',
      Enabled: true,
      UserAttributes: [{ Name: 'sub', Value: 'abc' }],
      UserCreateDate: new Date('2026-01-01T00:00:00Z'),
      UserLastModifiedDate: new Date('2026-01-01T00:00:00Z')
    })
    mock.on(DescribeUserPoolCommand).resolves({
      UserPool: {
        Id: user.poolId,
        UserPoolTier: 'ESSENTIALS',
        Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['EMAIL_OTP', 'WEB_AUTHN'] } }
      }
    })
    mock.on(GetUserPoolMfaConfigCommand).resolves({ MfaConfiguration: 'OFF' })
    mock
      .on(AdminGetUserAuthFactorsCommand)
      .resolves({ Username: 'sam', ConfiguredUserAuthFactors: ['PASSWORD'] })
    mock.on(AdminListUserSessionsCommand).resolves({ Sessions: [{ SessionId: 's1' }, { SessionId: 's2' }] })
    const report = await checkSignIn(client, user)
    expect(report.facts.pool.tier).toBe('ESSENTIALS')
    expect(report.facts.sessions).toEqual({ available: true, value: 2 })
    expect(report.verdict).toBe('blocked')
    expect(report.reasons.map((r) => r.code)).toEqual(['noAllowedFirstFactor', 'activeSessions'])
  })
})
