import { describe, expect, it } from 'vitest'
import type { UserRow } from '@shared/contract/users'
import {
  MAX_TIMELINE_BUCKETS,
  distribution,
  nextPeriod,
  periodStart,
  summarizePool,
  type InsightBucket
} from '@shared/insights'
import { runQuery } from '@shared/user-query'

const row = (username: string, extra: Partial<UserRow> = {}): UserRow => ({
  username,
  sub: `sub-${username}`,
  status: 'CONFIRMED',
  enabled: true,
  created: '2026-11-02T09:00:00.000Z',
  modified: '2026-11-02T09:00:00.000Z',
  attributes: {},
  ...extra
})

const NOW = Date.parse('2026-11-27T12:00:00.000Z')
const google = '[{"userId":"1","providerName":"Google","providerType":"Google","primary":true}]'
const both =
  '[{"userId":"2","providerName":"Google","providerType":"Google"},{"userId":"3","providerName":"Okta","providerType":"OIDC"}]'

/** Eight users whose every count below was worked out by hand. */
const rows: UserRow[] = [
  row('ann', {
    created: '2026-11-23T00:00:00.000Z', // Monday
    modified: '2026-11-25T00:00:00.000Z',
    attributes: { email: 'ann@x.example', email_verified: 'true', 'custom:tenant': 'acme' },
    groups: ['admins', 'beta']
  }),
  row('bob', {
    created: '2026-11-22T23:59:59.000Z', // Sunday, the week before
    attributes: { email: 'bob@x.example', email_verified: 'false', 'custom:tenant': 'acme' },
    groups: ['beta']
  }),
  row('cat', {
    status: 'FORCE_CHANGE_PASSWORD',
    created: '2026-11-25T00:00:00.000Z',
    modified: '2026-11-25T00:00:00.000Z', // 2.5 days old: still valid at 7 days
    attributes: { email: 'cat@x.example', 'custom:tenant': 'globex' },
    groups: []
  }),
  row('dan', {
    status: 'FORCE_CHANGE_PASSWORD',
    created: '2026-10-01T00:00:00.000Z',
    modified: '2026-11-10T00:00:00.000Z', // 17.5 days: expired, 7-30
    attributes: { phone_number: '+819012345678', phone_number_verified: 'true' },
    groups: []
  }),
  row('eve', {
    status: 'FORCE_CHANGE_PASSWORD',
    enabled: false,
    created: '2026-06-01T00:00:00.000Z',
    modified: '2026-06-01T00:00:00.000Z', // 179.5 days: 90-365
    attributes: { phone_number: '+819012345679' },
    groups: []
  }),
  row('Google_1', {
    status: 'EXTERNAL_PROVIDER',
    attributes: { identities: google, email: 'g@x.example', email_verified: 'true' },
    groups: ['beta']
  }),
  row('fay', {
    status: 'EXTERNAL_PROVIDER',
    attributes: { identities: both, 'custom:tenant': 'initech' },
    groups: []
  }),
  row('gus', { status: 'ARCHIVED', enabled: false, groups: [] })
]

const count = (buckets: readonly InsightBucket[]) =>
  Object.fromEntries(buckets.map((b) => [b.key || b.kind, b.count]))

/** The point of every bucket: its query selects exactly the users it counts. */
function expectQueriesMatchCounts(buckets: readonly InsightBucket[]) {
  for (const b of buckets) expect(runQuery(rows, b.query), JSON.stringify(b)).toHaveLength(b.count)
}

describe('pool summary', () => {
  const summary = summarizePool(rows, { period: 'week', validityDays: 7, now: NOW })

  it('counts users by status, the main ones even when none has them, and the disabled', () => {
    expect(summary.users).toBe(8)
    expect(count(summary.statuses)).toEqual({
      CONFIRMED: 2,
      FORCE_CHANGE_PASSWORD: 3,
      UNCONFIRMED: 0,
      RESET_REQUIRED: 0,
      EXTERNAL_PROVIDER: 2,
      ARCHIVED: 1
    })
    expect(summary.disabled.count).toBe(2)
    expectQueriesMatchCounts([...summary.statuses, summary.disabled])
  })

  it('counts sign-ups per ISO week (Monday, UTC), empty weeks included', () => {
    const weeks = summary.signUps.buckets
    expect(weeks[0]?.key).toBe('2026-06-01')
    expect(weeks.at(-1)?.key).toBe('2026-11-23')
    // Monday 23 Nov holds ann and cat; Sunday 22 Nov (bob) belongs to the week of Monday 16 Nov.
    expect(count(weeks.slice(-4))).toEqual({
      '2026-11-02': 3,
      '2026-11-09': 0,
      '2026-11-16': 1,
      '2026-11-23': 2
    })
    expect(weeks.reduce((s, b) => s + b.count, 0)).toBe(8)
    expectQueriesMatchCounts(weeks)
  })

  it('counts modifications per day and per month', () => {
    const days = summarizePool(rows, { period: 'day', validityDays: 7, now: NOW }).modifications
    expect(count(days.buckets.filter((b) => b.count > 0))).toEqual({
      '2026-06-01': 1,
      '2026-11-02': 4,
      '2026-11-10': 1,
      '2026-11-25': 2
    })
    const months = summarizePool(rows, { period: 'month', validityDays: 7, now: NOW }).modifications
    expect(count(months.buckets)).toEqual({
      '2026-06-01': 1,
      '2026-07-01': 0,
      '2026-08-01': 0,
      '2026-09-01': 0,
      '2026-10-01': 0,
      '2026-11-01': 7
    })
    expectQueriesMatchCounts([...days.buckets, ...months.buckets])
  })

  it('sorts invitations never accepted by age past the temporary-password validity', () => {
    const { pending, expired, validityDays } = summary.invitations
    expect(validityDays).toBe(7)
    expect(pending.count).toBe(1)
    expect(expired.map((b) => [b.range, b.count])).toEqual([
      [{ from: 7, to: 30 }, 1],
      [{ from: 30, to: 90 }, 0],
      [{ from: 90, to: 365 }, 1],
      [{ from: 365 }, 0]
    ])
    expectQueriesMatchCounts([pending, ...expired])
  })

  it('starts the age buckets at a validity beyond the usual edges', () => {
    const long = summarizePool(rows, { period: 'week', validityDays: 60, now: NOW }).invitations
    expect(long.expired.map((b) => b.range)).toEqual([
      { from: 60, to: 90 },
      { from: 90, to: 365 },
      { from: 365 }
    ])
    expect(long.pending.count).toBe(2)
  })

  it('splits email and phone into verified, unverified and absent', () => {
    expect(count(summary.email)).toEqual({ verified: 2, unverified: 2, absent: 4 })
    expect(count(summary.phone)).toEqual({ verified: 1, unverified: 1, absent: 6 })
    expectQueriesMatchCounts([...summary.email, ...summary.phone])
  })

  it('counts federated users by provider, a user linked to two in both', () => {
    expect(count(summary.providers)).toEqual({ Google: 2, Okta: 1 })
    expectQueriesMatchCounts(summary.providers)
  })

  it('counts users per group and those in none', () => {
    expect(count(summary.groups ?? [])).toEqual({ beta: 3, admins: 1, none: 5 })
    expectQueriesMatchCounts(summary.groups ?? [])
  })

  it('has no group chart when the index holds no memberships', () => {
    const bare = rows.map(({ groups: _, ...r }) => r)
    expect(summarizePool(bare, { period: 'week', validityDays: 7, now: NOW }).groups).toBeNull()
  })

  it('gives an empty pool zero counts and empty series', () => {
    const empty = summarizePool([], { period: 'day', validityDays: 7, now: NOW })
    expect(empty.users).toBe(0)
    expect(empty.statuses.every((b) => b.count === 0)).toBe(true)
    expect(empty.signUps).toEqual({ period: 'day', buckets: [], earlier: 0 })
    expect(empty.invitations.pending.count).toBe(0)
    expect(empty.providers).toEqual([])
    expect(count(empty.email)).toEqual({ verified: 0, unverified: 0, absent: 0 })
  })

  it('keeps the newest periods of a long series and counts the users before them', () => {
    const old = [row('old', { created: '1990-01-01T00:00:00.000Z' }), row('new')]
    const days = summarizePool(old, { period: 'day', validityDays: 7, now: NOW }).signUps
    expect(days.buckets).toHaveLength(MAX_TIMELINE_BUCKETS)
    expect(days.buckets.at(-1)).toMatchObject({ key: '2026-11-02', count: 1 })
    expect(days.earlier).toBe(1)
  })
})

describe('periods', () => {
  it('starts weeks on Monday and months on the first, crossing years', () => {
    expect(periodStart('2026-11-29', 'week')).toBe('2026-11-23')
    expect(periodStart('2027-01-01', 'week')).toBe('2026-12-28')
    expect(periodStart('2026-02-17', 'month')).toBe('2026-02-01')
    expect(nextPeriod('2026-12-28', 'week')).toBe('2027-01-04')
    expect(nextPeriod('2026-12-01', 'month')).toBe('2027-01-01')
    expect(nextPeriod('2028-02-28', 'day')).toBe('2028-02-29')
  })
})

describe('attribute distribution', () => {
  it('lists the top values, users without the attribute and the rest', () => {
    const tenants = distribution(rows, 'custom:tenant', 2)
    expect(tenants.buckets.map((b) => [b.key, b.kind, b.count])).toEqual([
      ['acme', undefined, 2],
      ['globex', undefined, 1],
      ['', 'none', 4],
      ['', 'other', 1]
    ])
    expectQueriesMatchCounts(tenants.buckets)
  })

  it('works on built-in columns and on an attribute nobody has', () => {
    expect(count(distribution(rows, 'status').buckets)).toEqual({
      FORCE_CHANGE_PASSWORD: 3,
      CONFIRMED: 2,
      EXTERNAL_PROVIDER: 2,
      ARCHIVED: 1
    })
    expect(distribution(rows, 'locale').buckets).toEqual([
      {
        key: '',
        kind: 'none',
        count: 8,
        query: { conditions: [{ attribute: 'locale', operator: 'absent', value: '', caseSensitive: true }] }
      }
    ])
    expect(distribution([], 'locale').buckets).toEqual([])
  })
})
