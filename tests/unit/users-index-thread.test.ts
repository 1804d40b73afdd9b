import { afterAll, describe, expect, it } from 'vitest'
import type { IndexQuery, UserRow } from '@shared/contract/users'
import type { AttributeDistribution, InsightBucket, PoolSummary } from '@shared/insights'
import { runQuery } from '@shared/user-query'
import { IndexRows } from '../../src/main/cognito/users-index-store'
import { IndexThread } from '../../src/main/cognito/users-index-thread'

const TIERS = ['gold', 'Silver', 'bronze', '']
const row = (i: number): UserRow => ({
  username: `user${String(i).padStart(5, '0')}`,
  sub: `${(i % 16).toString(16)}${i}-sub`,
  status: i % 5 === 0 ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
  enabled: i % 7 !== 0,
  created: new Date(Date.UTC(2026, 0, 1 + (i % 300))).toISOString(),
  modified: '2026-06-01T00:00:00.000Z',
  attributes: {
    email: `user${i}@${i % 3 ? 'a' : 'b'}.example`,
    ...(TIERS[i % 4] ? { 'custom:tier': TIERS[i % 4] as string } : {})
  },
  groups: i % 11 === 0 ? ['admins'] : []
})

const QUERIES: IndexQuery[] = [
  {},
  { text: 'B.EXAMPLE' },
  { text: 'user1', enabled: true, sort: { column: 'custom:tier', direction: 'desc' } },
  { sort: { column: 'custom:tier', direction: 'asc' } },
  { sort: { column: 'created', direction: 'desc' }, statuses: ['FORCE_CHANGE_PASSWORD'] },
  {
    match: 'all',
    conditions: [
      { attribute: 'custom:tier', operator: 'equals', value: 'silver' },
      { attribute: 'email', operator: 'endsWith', value: '@b.example' }
    ]
  },
  {
    match: 'any',
    conditions: [{ attribute: 'username', operator: 'startsWith', value: 'user0001' }],
    groups: ['admins']
  }
]

const names = (rows: readonly UserRow[]) => rows.map((r) => r.username)

describe('pool index rows', () => {
  it('answers every query as the shared rules do, sort ties kept in arrival order both ways', () => {
    const all = Array.from({ length: 3_000 }, (_, i) => row(i))
    const index = new IndexRows()
    index.add(all)
    for (const query of QUERIES) {
      const expected = runQuery(all, query)
      const window = index.window(query, 10, 50)
      expect(window.total).toBe(expected.length)
      expect(names(window.rows)).toEqual(names(expected.slice(10, 60)))
    }
  })

  it('follows changes and removals, keeping known groups, and drops a restarted partition', () => {
    const all = Array.from({ length: 500 }, (_, i) => row(i))
    const index = new IndexRows()
    index.add(all)
    const query: IndexQuery = { enabled: false, sort: { column: 'username', direction: 'asc' } }
    const before = index.window(query, 0, 1_000).total
    const [kept] = index.put([{ ...row(1), enabled: false, groups: undefined }])
    expect(kept?.groups).toEqual([])
    expect(index.window(query, 0, 1_000).total).toBe(before + 1)
    expect(index.remove(['user00001', 'nobody'])).toEqual(['user00001'])
    expect(index.window(query, 0, 1_000).total).toBe(before)
    expect(index.removeGroup('admins').length).toBe(Math.ceil(500 / 11))
    expect(index.window({ groups: ['admins'] }).total).toBe(0)
    const prefix = row(3).sub.slice(0, 1)
    const inPartition = all.filter((r) => r.sub.startsWith(prefix) && r.username !== 'user00001').length
    expect(index.removeSubPrefix(prefix)).toBe(inPartition)
    expect(index.size()).toBe(499 - inPartition)
    expect(index.attributeNames()).toEqual(['custom:tier', 'email'])
  })
})

/** Every bucket of the Insights charts, each of which says which users it counts. */
const bucketsOf = (s: PoolSummary): InsightBucket[] => [
  ...s.statuses,
  s.disabled,
  ...s.signUps.buckets,
  ...s.modifications.buckets,
  s.invitations.pending,
  ...s.invitations.expired,
  ...s.email,
  ...s.phone,
  ...s.providers,
  ...(s.groups ?? [])
]

describe('pool index aggregations', () => {
  const options = { period: 'week' as const, validityDays: 7, now: Date.parse('2026-12-01T00:00:00.000Z') }

  /** The columns the index keeps up to date give the counts the buckets' queries select from the rows. */
  function expectCountsMatchRows(index: IndexRows, rows: readonly UserRow[]) {
    const summary = index.aggregate('insightsSummary', {}, options)
    expect(summary.users).toBe(rows.length)
    for (const b of bucketsOf(summary))
      expect(runQuery(rows, b.query), JSON.stringify(b)).toHaveLength(b.count)
    const tiers = index.aggregate('insightsDistribution', {}, { attribute: 'custom:tier' })
    for (const b of tiers.buckets) expect(runQuery(rows, b.query), JSON.stringify(b)).toHaveLength(b.count)
    return { summary, tiers }
  }

  it('counts from columns kept up to date through changes, removals, groups and compaction', () => {
    let rows = Array.from({ length: 24_000 }, (_, i) => row(i))
    const index = new IndexRows()
    index.add(rows)
    // The distribution's column is built now, so the changes below must update it rather than rebuild it.
    const before = expectCountsMatchRows(index, rows)
    expect(before.summary.groups?.find((g) => g.key === 'admins')?.count).toBe(Math.ceil(24_000 / 11))

    const changed = [
      { ...row(2), status: 'FORCE_CHANGE_PASSWORD', modified: '2026-11-01T00:00:00.000Z' },
      { ...row(3), attributes: { 'custom:tier': 'platinum', email_verified: 'true', email: 'x@c.example' } },
      { ...row(24_001), attributes: { identities: '[{"providerName":"Okta"}]' } }
    ]
    index.put(changed)
    index.removeGroup('admins')
    // Over 10,000 removals and half the slots: the index squeezes out the holes and rebuilds its columns.
    const removed = rows.slice(0, 13_000).map((r) => r.username)
    index.remove(removed.filter((u) => u !== 'user00002' && u !== 'user00003'))
    const byName = new Map(rows.map((r) => [r.username, { ...r, groups: [] as string[] }]))
    for (const r of changed) byName.set(r.username, { ...r, groups: [] })
    for (const u of removed) if (u !== 'user00002' && u !== 'user00003') byName.delete(u)
    rows = [...byName.values()]

    const after = expectCountsMatchRows(index, rows)
    expect(after.summary.providers).toMatchObject([{ key: 'Okta', count: 1 }])
    expect(after.summary.groups?.find((g) => g.key === 'admins')).toBeUndefined()
    expect(after.tiers.buckets.find((b) => b.key === 'platinum')?.count).toBe(1)
  }, 30_000)

  it('counts only the users matching a query', () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => row(i))
    const index = new IndexRows()
    index.add(rows)
    const query: IndexQuery = { statuses: ['FORCE_CHANGE_PASSWORD'], text: 'b.example' }
    const matching = runQuery(rows, query)
    const summary = index.aggregate('insightsSummary', query, options)
    expect(summary.users).toBe(matching.length)
    expect(summary.statuses.find((b) => b.key === 'FORCE_CHANGE_PASSWORD')?.count).toBe(matching.length)
    expect(summary.invitations.expired.reduce((n, b) => n + b.count, 0)).toBe(matching.length)
  })
})

describe('the index thread', () => {
  const thread = new IndexThread()
  afterAll(() => thread.close())

  it('holds the rows off the main thread and answers windows, lookups and aggregations', async () => {
    const all = Array.from({ length: 20_000 }, (_, i) => row(i))
    for (let i = 0; i < all.length; i += 4_000) await thread.call('add', all.slice(i, i + 4_000))
    expect(await thread.call('size')).toBe(20_000)
    // The main thread keeps running while the thread sorts 20,000 rows: a callback queued after the
    // query runs before its answer arrives.
    const order: string[] = []
    const answer = thread
      .call('window', { sort: { column: 'email', direction: 'desc' } }, 0, 3)
      .then((w) => (order.push('answer'), w))
    setImmediate(() => order.push('main'))
    const window = await answer
    expect(order).toEqual(['main', 'answer'])
    expect(window.total).toBe(20_000)
    expect(names(window.rows)).toEqual(
      names(runQuery(all, { sort: { column: 'email', direction: 'desc' } }).slice(0, 3))
    )
    expect((await thread.call('get', 'user00042'))?.attributes.email).toBe('user42@b.example')
    const tiers = (await thread.call(
      'aggregate',
      'insightsDistribution',
      { enabled: true },
      { attribute: 'custom:tier' }
    )) as AttributeDistribution
    expect(tiers.users).toBe(all.filter((r) => r.enabled).length)
    expect(tiers.buckets.reduce((n, b) => n + b.count, 0)).toBe(tiers.users)
  }, 30_000)

  it('answers in the order asked while a sort order is built between calls: a write is seen by the next window', async () => {
    const query: IndexQuery = { sort: { column: 'custom:tier', direction: 'asc' } }
    // The first window starts the column's build in the thread; the calls sent right behind it are
    // answered in the order sent, whatever the build has done by then.
    const first = thread.call('window', query, 0, 5)
    const put = thread.call('put', [{ ...row(19_999), attributes: { 'custom:tier': 'aaa' } }])
    const deep = thread.call('window', query, 19_000, 1_000)
    const top = thread.call('window', query, 0, 1)
    const all = Array.from({ length: 20_000 }, (_, i) => row(i))
    const before = names(runQuery(all, query))
    all[19_999] = { ...row(19_999), attributes: { 'custom:tier': 'aaa' } }
    const after = names(runQuery(all, query))
    expect(names((await first).rows)).toEqual(before.slice(0, 5))
    expect(await put).toHaveLength(1)
    expect(names((await deep).rows)).toEqual(after.slice(19_000))
    expect(names((await top).rows)).toEqual(['user19999'])
    await thread.call('put', [row(19_999)])
  }, 30_000)

  it('refuses an operation it does not know, and keeps answering', async () => {
    const bad = thread as unknown as { call: (op: string) => Promise<unknown> }
    await expect(bad.call('constructor')).rejects.toMatchObject({ code: 'INTERNAL' })
    expect(await thread.call('size')).toBe(20_000)
  })
})
