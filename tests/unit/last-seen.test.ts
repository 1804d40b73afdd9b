import {
  AdminListUserAuthEventsCommand,
  AdminListUserSessionsCommand,
  CognitoIdentityProviderClient,
  GetUserPoolSessionConfigurationCommand,
  type AdminListUserAuthEventsResponse,
  type AdminListUserSessionsResponse,
  type GetUserPoolSessionConfigurationResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import type { LastSeenProgress } from '@shared/contract/lastSeen'
import { conditionSchema, type UserRow } from '@shared/contract/users'
import { notSeenDaysProblem } from '@shared/last-seen'
import { runQuery } from '@shared/user-query'
import { lastSeenOf, lastSeenSource, loadLastSeen } from '../../src/main/cognito/lastSeen'
import { IndexRows } from '../../src/main/cognito/users-index-store'
import { PoolIndex } from '../../src/main/cognito/users-index'

/**
 * moto implements neither AdminListUserSessions, GetUserPoolSessionConfiguration nor
 * AdminListUserAuthEvents, so their answers are SDK-typed fixtures here.
 */
const POOL = 'eu-west-1_LastSeen1'
const idp = new CognitoIdentityProviderClient({
  region: 'eu-west-1',
  credentials: { accessKeyId: 'a', secretAccessKey: 'b' }
})
const mock = mockClient(idp)
const DAY = 86_400_000

const row = (username: string, extra: Partial<UserRow> = {}): UserRow => ({
  username,
  sub: `sub-${username}`,
  status: 'CONFIRMED',
  enabled: true,
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:00.000Z',
  attributes: {},
  ...extra
})

const tracking = (on: boolean): GetUserPoolSessionConfigurationResponse =>
  ({
    UserPoolId: POOL,
    UserSessionTracking: on ? 'ENABLED' : 'DISABLED'
  }) as GetUserPoolSessionConfigurationResponse

beforeEach(() => mock.reset())

describe('a user’s last seen', () => {
  it('takes the newest activity over every page of the user’s sessions', async () => {
    const first: AdminListUserSessionsResponse = {
      Sessions: [{ SessionId: 's1', LastActiveDate: new Date('2026-03-01T10:00:00Z') }],
      NextToken: 'page-2'
    }
    const second: AdminListUserSessionsResponse = {
      Sessions: [
        { SessionId: 's2', LastActiveDate: new Date('2026-05-02T09:30:00Z') },
        { SessionId: 's3', CreateDate: new Date('2026-04-01T00:00:00Z') }
      ]
    }
    mock.on(AdminListUserSessionsCommand).resolvesOnce(first).resolvesOnce(second)
    const seen = await lastSeenOf(idp, { poolId: POOL, username: 'ann' }, 'sessions')
    expect(seen).toMatchObject({ at: '2026-05-02T09:30:00.000Z', source: 'sessions' })
    expect(mock.commandCalls(AdminListUserSessionsCommand)[1]?.args[0].input.NextToken).toBe('page-2')
  })

  it('takes the newest successful auth event; failed sign-ins are not the user being seen', async () => {
    const events: AdminListUserAuthEventsResponse = {
      AuthEvents: [
        {
          EventId: 'e3',
          EventType: 'SignIn',
          EventResponse: 'Fail',
          CreationDate: new Date('2026-06-03T00:00:00Z')
        },
        {
          EventId: 'e2',
          EventType: 'SignIn',
          EventResponse: 'Pass',
          CreationDate: new Date('2026-06-01T00:00:00Z')
        },
        {
          EventId: 'e1',
          EventType: 'SignIn',
          EventResponse: 'Pass',
          CreationDate: new Date('2026-02-01T00:00:00Z')
        }
      ]
    }
    mock.on(AdminListUserAuthEventsCommand).resolves(events)
    const seen = await lastSeenOf(idp, { poolId: POOL, username: 'ann' }, 'authEvents')
    expect(seen).toMatchObject({ at: '2026-06-01T00:00:00.000Z', source: 'authEvents' })

    mock.on(AdminListUserAuthEventsCommand).resolves({ AuthEvents: [] })
    const never = await lastSeenOf(idp, { poolId: POOL, username: 'bob' }, 'authEvents')
    expect(never.at).toBeUndefined()
  })

  it('reads sessions where the pool tracks them, auth events otherwise', async () => {
    mock.on(GetUserPoolSessionConfigurationCommand).resolves(tracking(true))
    expect(await lastSeenSource(idp, POOL)).toBe('sessions')
    mock.on(GetUserPoolSessionConfigurationCommand).resolves(tracking(false))
    expect(await lastSeenSource(idp, POOL)).toBe('authEvents')
  })
})

describe('loading last seen into the pool index', () => {
  const index = new PoolIndex(POOL)
  afterAll(() => index.dispose())

  it('reads each user of a query into the index rows, counting the never seen, with progress', async () => {
    await Promise.all([
      index.put(row('ann', { attributes: { email: 'ann@a.example' } })),
      index.put(row('bob', { attributes: { email: 'bob@a.example' } })),
      index.put(row('cy', { attributes: { email: 'cy@b.example' } }))
    ])
    mock.on(GetUserPoolSessionConfigurationCommand).resolves(tracking(false))
    mock
      .on(AdminListUserAuthEventsCommand, { Username: 'ann' })
      .resolves({ AuthEvents: [{ EventResponse: 'Pass', CreationDate: new Date('2026-01-05T00:00:00Z') }] })
      .on(AdminListUserAuthEventsCommand, { Username: 'bob' })
      .resolves({ AuthEvents: [] })
    const seen: LastSeenProgress[] = []
    const result = await loadLastSeen(
      idp,
      index,
      { loadId: crypto.randomUUID(), poolId: POOL, target: { query: { text: '@a.example' } } },
      new AbortController().signal,
      (p) => seen.push(p)
    )
    expect(result).toMatchObject({
      state: 'done',
      source: 'authEvents',
      total: 2,
      done: 2,
      neverSeen: 1,
      failed: 0
    })
    expect(seen[0]).toMatchObject({ state: 'running', source: 'authEvents' })
    expect((await index.get('ann'))?.lastSeen).toMatchObject({
      at: '2026-01-05T00:00:00.000Z',
      source: 'authEvents'
    })
    expect((await index.get('bob'))?.lastSeen?.at).toBeUndefined()
    expect((await index.get('cy'))?.lastSeen).toBeUndefined()
    // A later write to the user (which reads the user again) keeps what was loaded.
    await index.put(row('ann', { enabled: false, attributes: { email: 'ann@a.example' } }))
    expect((await index.get('ann'))?.lastSeen?.at).toBe('2026-01-05T00:00:00.000Z')
  })

  it('stops at once when the endpoint lacks the operation, and stops when cancelled', async () => {
    mock.on(GetUserPoolSessionConfigurationCommand).resolves(tracking(true))
    const unsupported = Object.assign(new Error('Unknown operation AdminListUserSessions'), {
      name: 'UnsupportedError'
    })
    mock.on(AdminListUserSessionsCommand).rejects(unsupported)
    const failed = await loadLastSeen(
      idp,
      index,
      {
        loadId: crypto.randomUUID(),
        poolId: POOL,
        target: { usernames: Array.from({ length: 12 }, (_, i) => `u${i}`) }
      },
      new AbortController().signal,
      () => undefined
    )
    expect(failed.state).toBe('failed')
    expect(failed.error?.code).toBe('UNSUPPORTED_OPERATION')
    // Only the calls already in flight (four at a time) were made; the other users were never asked.
    expect(mock.commandCalls(AdminListUserSessionsCommand).length).toBeLessThanOrEqual(4)
    expect(failed.done).toBeLessThanOrEqual(4)

    const controller = new AbortController()
    controller.abort()
    const cancelled = await loadLastSeen(
      idp,
      index,
      { loadId: crypto.randomUUID(), poolId: POOL, target: { usernames: ['ann', 'bob'] } },
      controller.signal,
      () => undefined
    )
    expect(cancelled).toMatchObject({ state: 'cancelled', done: 0 })
  })
})

describe('“not seen for N days”', () => {
  const now = Date.now()
  const iso = (daysAgo: number) => new Date(now - daysAgo * DAY).toISOString()
  const rows = [
    row('stale', { lastSeen: { at: iso(120), source: 'sessions', checkedAt: iso(0) } }),
    row('recent', { lastSeen: { at: iso(3), source: 'sessions', checkedAt: iso(0) } }),
    row('never-old', { created: iso(400), lastSeen: { source: 'authEvents', checkedAt: iso(0) } }),
    row('never-new', { created: iso(10), lastSeen: { source: 'authEvents', checkedAt: iso(0) } }),
    row('unknown', { created: iso(400) })
  ]

  it('matches users last seen before the cut-off, and never-seen users made before it; an unknown never', () => {
    const result = runQuery(rows, {
      conditions: [{ attribute: 'lastSeen', operator: 'notSeenForDays', value: '90' }]
    })
    expect(result.map((r) => r.username)).toEqual(['stale', 'never-old'])
  })

  it('sorts by last seen and refuses a number of days out of range, in the contract and the shared rule', () => {
    const sorted = runQuery(rows, { sort: { column: 'lastSeen', direction: 'desc' } })
    expect(sorted.slice(0, 2).map((r) => r.username)).toEqual(['recent', 'stale'])
    for (const value of ['0', '3651', '1.5', 'ninety', ''])
      expect(notSeenDaysProblem(value)).toEqual({ code: 'notSeenDays', min: 1, max: 3650 })
    expect(notSeenDaysProblem('365')).toBeNull()
    const refused = conditionSchema.safeParse({
      attribute: 'lastSeen',
      operator: 'notSeenForDays',
      value: '0'
    })
    expect(refused.success).toBe(false)
    expect(conditionSchema.safeParse({ attribute: 'x', operator: 'contains', value: '0' }).success).toBe(true)
  })

  it('the index store keeps a loaded last seen when the user’s row is replaced', () => {
    const store = new IndexRows()
    store.put([rows[0] as UserRow])
    const [kept] = store.put([row('stale', { enabled: false })])
    expect(kept?.lastSeen?.at).toBe(rows[0]?.lastSeen?.at)
    expect(kept?.enabled).toBe(false)
  })
})
