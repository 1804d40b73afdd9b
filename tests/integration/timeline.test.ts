import {
  AdminGetUserCommand,
  AdminListUserAuthEventsCommand,
  CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { userTimeline } from '../../src/main/cognito/timeline'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`timeline-${run}`))).id
  for (const username of ['tia', 'tom'])
    await h.ok('users', 'create', {
      poolId,
      username,
      attributes: {},
      sendInvitation: false,
      generatePassword: true
    })
})
afterAll(() => h?.dispose())

describe('a user’s timeline against moto', () => {
  it('lists creation, this console’s changes to the user and bulk-job steps, and says auth events are not offered', async () => {
    await h.ok('users', 'disable', { poolId, username: 'tia' })
    await h.ok('users', 'disable', { poolId, username: 'tom' })
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'enable' },
      target: { usernames: ['tia'] }
    })
    const { jobId } = await h.ok('jobs', 'start', { planId: plan.planId })
    await h.ctx.jobs.settled(jobId)

    const timeline = await h.ok('timeline', 'user', { poolId, username: 'tia' })
    expect(timeline.authEvents).toMatchObject({
      available: false,
      reason: expect.stringContaining('AdminListUserAuthEvents')
    })
    expect(timeline.lastSeen).toBeUndefined()
    const kinds = timeline.entries.map((e) => e.kind)
    expect(kinds.at(-1)).toBe('account')
    const operations = timeline.entries.flatMap((e) => (e.audit ? [e.audit.operation] : []))
    expect(operations).toEqual(expect.arrayContaining(['AdminDisableUser', 'AdminEnableUser']))
    expect(operations.filter((o) => o === 'AdminDisableUser')).toHaveLength(1)
    expect(timeline.entries.find((e) => e.job)?.job).toMatchObject({ jobId, kind: 'enable', outcome: 'done' })
    const times = timeline.entries.map((e) => e.at)
    expect([...times].sort().reverse()).toEqual(times)
  })
})

describe('a user’s timeline where the endpoint has auth events', () => {
  // moto 5.2.1 lacks AdminListUserAuthEvents: a client mocked with the SDK's own types stands in for
  // Cognito to check that risk and feedback reach the timeline and last seen is the newest sign-in.
  it('carries risk and feedback and takes last seen from the newest successful sign-in', async () => {
    const client = new CognitoIdentityProviderClient({ region: 'us-east-1' })
    const mock = mockClient(client)
    mock.on(AdminGetUserCommand).resolves({
      Username: 'tia',
      UserCreateDate: new Date('2026-10-01T00:00:00Z'),
      UserLastModifiedDate: new Date('2026-10-01T00:00:00Z'),
      UserAttributes: []
    })
    mock.on(AdminListUserAuthEventsCommand).resolves({
      AuthEvents: [
        {
          EventId: 'e2',
          EventType: 'SignIn',
          EventResponse: 'Fail',
          CreationDate: new Date('2026-11-02T00:00:00Z'),
          EventRisk: { RiskLevel: 'High' },
          EventFeedback: { FeedbackValue: 'Invalid', Provider: 'Admin' }
        },
        {
          EventId: 'e1',
          EventType: 'SignIn',
          EventResponse: 'Pass',
          CreationDate: new Date('2026-11-01T00:00:00Z')
        }
      ]
    })
    const timeline = await userTimeline(
      client,
      { poolId: 'us-east-1_Example', username: 'tia' },
      { audit: [], jobs: [] }
    )
    expect(timeline.lastSeen).toBe('2026-11-01T00:00:00.000Z')
    expect(timeline.entries.map((e) => e.key)).toEqual(['event-e2', 'event-e1', 'created'])
    expect(timeline.entries[0]?.authEvent).toMatchObject({
      risk: 'High',
      feedback: 'Invalid',
      response: 'Fail'
    })
  })
})
