import type {
  AdminListUserAuthEventsCommandInput,
  AdminListUserAuthEventsCommandOutput,
  AdminUpdateAuthEventFeedbackCommandInput,
  DescribeRiskConfigurationCommandInput,
  DescribeRiskConfigurationCommandOutput,
  RiskConfigurationType,
  SetRiskConfigurationCommandInput
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import type { RiskSettings } from '@shared/threat-protection-rules'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
let h: Harness
let poolId: string
let stops: (() => void)[] = []
const sent: SetRiskConfigurationCommandInput[] = []
let stored: Record<string, RiskConfigurationType> = {}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`threat-${run}`))).id
})
afterAll(() => h?.dispose())
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

// moto 5.2.1 implements neither DescribeRiskConfiguration nor SetRiskConfiguration: both are answered
// inside the connection's client (SDK-typed, after the audit observer), SetRiskConfiguration keeping what
// it received per client so DescribeRiskConfiguration reads it back as Cognito does (a client without
// its own settings gets the pool's, with ClientId "ALL"). The pool itself is moto's.
function answerRisk(initial: Record<string, RiskConfigurationType> = {}): void {
  stored = { ...initial }
  sent.length = 0
  const idp = h.ctx.connections.active().clients.idp
  stops.push(
    answerOperation(
      idp,
      'DescribeRiskConfigurationCommand',
      (input: DescribeRiskConfigurationCommandInput) => {
        const config = stored[input.ClientId ?? 'ALL'] ??
          stored.ALL ?? { UserPoolId: input.UserPoolId, ClientId: 'ALL' }
        return { RiskConfiguration: config } satisfies Omit<
          DescribeRiskConfigurationCommandOutput,
          '$metadata'
        >
      }
    ),
    answerOperation(idp, 'SetRiskConfigurationCommand', (input: SetRiskConfigurationCommandInput) => {
      sent.push(input)
      const { UserPoolId, ClientId, ...rest } = input
      stored[ClientId ?? 'ALL'] = {
        UserPoolId,
        ClientId: ClientId ?? 'ALL',
        ...rest,
        LastModifiedDate: new Date()
      }
      return { RiskConfiguration: stored[ClientId ?? 'ALL'] }
    })
  )
}

const blank = { subject: '', htmlBody: '', textBody: '' }
const wanted: RiskSettings = {
  compromisedCredentials: { eventAction: 'BLOCK', events: ['SIGN_IN', 'PASSWORD_CHANGE'] },
  accountTakeover: {
    actions: {
      low: { notify: false, eventAction: 'NO_ACTION' },
      medium: { notify: true, eventAction: 'MFA_IF_CONFIGURED' },
      high: { notify: true, eventAction: 'BLOCK' }
    },
    notify: {
      sourceArn: '',
      from: 'security@example.com',
      replyTo: '',
      block: { subject: 'We blocked a sign-in', htmlBody: '', textBody: 'Someone tried {username}.' },
      noAction: blank,
      mfa: blank
    }
  },
  exceptions: { alwaysAllow: ['10.0.0.0/8'], alwaysBlock: ['203.0.113.0/24', '2001:db8::/32'] }
}

describe('threat protection of a user pool', () => {
  it('saves the whole risk configuration and reads it back the same', async () => {
    answerRisk()
    const settings = {
      ...wanted,
      accountTakeover: {
        ...wanted.accountTakeover!,
        notify: {
          ...wanted.accountTakeover!.notify,
          sourceArn: `arn:aws:ses:${poolId.split('_')[0]}:123456789012:identity/example.com`
        }
      }
    }
    const result = await h.ok('threatProtection', 'set', { poolId, settings })
    expect(sent).toEqual([
      {
        UserPoolId: poolId,
        CompromisedCredentialsRiskConfiguration: {
          EventFilter: ['SIGN_IN', 'PASSWORD_CHANGE'],
          Actions: { EventAction: 'BLOCK' }
        },
        AccountTakeoverRiskConfiguration: {
          Actions: {
            LowAction: { Notify: false, EventAction: 'NO_ACTION' },
            MediumAction: { Notify: true, EventAction: 'MFA_IF_CONFIGURED' },
            HighAction: { Notify: true, EventAction: 'BLOCK' }
          },
          NotifyConfiguration: {
            SourceArn: settings.accountTakeover.notify.sourceArn,
            From: 'security@example.com',
            BlockEmail: { Subject: 'We blocked a sign-in', TextBody: 'Someone tried {username}.' }
          }
        },
        RiskExceptionConfiguration: {
          SkippedIPRangeList: ['10.0.0.0/8'],
          BlockedIPRangeList: ['203.0.113.0/24', '2001:db8::/32']
        }
      }
    ])
    expect(result).toMatchObject({ poolId, appliesTo: 'pool', settings })
    expect(result.lastModified).toBeTruthy()
  })

  it('tells an app client without its own settings from one with an override', async () => {
    answerRisk({
      ALL: {
        UserPoolId: poolId,
        ClientId: 'ALL',
        RiskExceptionConfiguration: { BlockedIPRangeList: ['192.0.2.0/24'] }
      }
    })
    const follows = await h.ok('threatProtection', 'get', { poolId, clientId: 'client1' })
    expect(follows).toMatchObject({ appliesTo: 'pool', clientId: 'client1' })
    expect(follows.settings.exceptions.alwaysBlock).toEqual(['192.0.2.0/24'])
    await h.ok('threatProtection', 'set', {
      poolId,
      clientId: 'client1',
      settings: {
        ...follows.settings,
        compromisedCredentials: { eventAction: 'NO_ACTION', events: ['SIGN_UP'] }
      }
    })
    expect(sent[0]?.ClientId).toBe('client1')
    const own = await h.ok('threatProtection', 'get', { poolId, clientId: 'client1' })
    expect(own).toMatchObject({
      appliesTo: 'client',
      settings: { compromisedCredentials: { events: ['SIGN_UP'] } }
    })
  })

  it('refuses a range that is no CIDR, naming it, before any call', async () => {
    answerRisk()
    const result = await h.call('threatProtection', 'set', {
      poolId,
      settings: {
        ...wanted,
        accountTakeover: null,
        exceptions: { alwaysAllow: ['10.0.0.1'], alwaysBlock: [] }
      }
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'ipInvalid', list: 'alwaysAllow', value: '10.0.0.1' } }
    })
    expect(sent).toEqual([])
  })

  it('refuses notifications without an SES identity', async () => {
    answerRisk()
    const result = await h.call('threatProtection', 'set', { poolId, settings: wanted })
    expect(result).toMatchObject({ ok: false, error: { params: { reason: 'notifySourceRequired' } } })
  })

  it('audits the write and keeps a snapshot of the pool before it', async () => {
    answerRisk()
    const before = (await h.ok('snapshots', 'history', { poolId })).entries.length
    await h.ok('threatProtection', 'set', { poolId, settings: { ...wanted, accountTakeover: null } })
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'SetRiskConfiguration' })
    expect(log.entries[0]).toMatchObject({ result: 'ok', poolId })
    expect((await h.ok('snapshots', 'history', { poolId })).entries.length).toBe(before + 1)
  })

  it('says plainly when the endpoint has no risk configuration at all', async () => {
    const result = await h.call('threatProtection', 'get', { poolId })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
  })

  it('is refused on a read-only connection', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const result = await ro.call('threatProtection', 'set', {
        poolId,
        settings: { ...wanted, accountTakeover: null }
      })
      expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    } finally {
      await ro.dispose()
    }
  })
})

describe('a user’s auth events with risk', () => {
  const username = `risky-${run}`
  const feedback: AdminUpdateAuthEventFeedbackCommandInput[] = []

  // moto 5.2.1 keeps no auth events and lacks AdminUpdateAuthEventFeedback: both are answered in the
  // client, the feedback recorded so the list read after it shows it. The user is moto's.
  function answerEvents(): void {
    feedback.length = 0
    const idp = h.ctx.connections.active().clients.idp
    stops.push(
      answerOperation(idp, 'AdminListUserAuthEventsCommand', (input: AdminListUserAuthEventsCommandInput) => {
        expect(input).toMatchObject({ UserPoolId: poolId, Username: username })
        const given = feedback.at(-1)?.FeedbackValue
        return {
          AuthEvents: [
            {
              EventId: 'ev-1',
              EventType: 'SignIn',
              CreationDate: new Date('2026-11-20T10:00:00Z'),
              EventResponse: 'Fail',
              EventRisk: { RiskLevel: 'High', RiskDecision: 'Block', CompromisedCredentialsDetected: true },
              ChallengeResponses: [{ ChallengeName: 'Password', ChallengeResponse: 'Success' }],
              EventContextData: { IpAddress: '198.51.100.7', DeviceName: 'Firefox, Linux', Country: 'NL' },
              ...(given ? { EventFeedback: { FeedbackValue: given, Provider: 'Admin' } } : {})
            }
          ]
        } satisfies Omit<AdminListUserAuthEventsCommandOutput, '$metadata'>
      }),
      answerOperation(
        idp,
        'AdminUpdateAuthEventFeedbackCommand',
        (input: AdminUpdateAuthEventFeedbackCommandInput) => {
          feedback.push(input)
          return {}
        }
      )
    )
  }

  beforeAll(async () => {
    await h.ok('users', 'create', {
      poolId,
      username,
      attributes: {},
      temporaryPassword: 'Temp-Passw0rd!',
      sendInvitation: false
    })
  })

  it('lists each event with its risk, decision, challenges and where it came from', async () => {
    answerEvents()
    const events = await h.ok('users', 'authEvents', { poolId, username })
    expect(events).toEqual({
      available: true,
      items: [
        {
          id: 'ev-1',
          type: 'SignIn',
          created: '2026-11-20T10:00:00.000Z',
          response: 'Fail',
          risk: 'High',
          decision: 'Block',
          compromisedCredentials: true,
          challenges: [{ name: 'Password', response: 'Success' }],
          ipAddress: '198.51.100.7',
          device: 'Firefox, Linux',
          country: 'NL'
        }
      ]
    })
  })

  it('sends feedback as an audited command and returns the events after it', async () => {
    answerEvents()
    const after = await h.ok('users', 'authEventFeedback', {
      poolId,
      username,
      eventId: 'ev-1',
      feedback: 'Invalid'
    })
    expect(feedback).toEqual([
      { UserPoolId: poolId, Username: username, EventId: 'ev-1', FeedbackValue: 'Invalid' }
    ])
    expect(after.available && after.items[0]?.feedback).toBe('Invalid')
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'AdminUpdateAuthEventFeedback' })
    expect(log.entries[0]).toMatchObject({ result: 'ok', poolId })
  })

  it('says the list is not offered where the endpoint lacks it', async () => {
    const events = await h.ok('users', 'authEvents', { poolId, username })
    expect(events.available).toBe(false)
  })
})
