import { afterAll, describe, expect, it } from 'vitest'
import type { IndexQuery, UserRow } from '@shared/contract/users'
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
      'countBy',
      { enabled: true },
      { column: 'custom:tier' }
    )) as {
      count: number
    }[]
    expect(tiers.reduce((n, t) => n + t.count, 0)).toBe(all.filter((r) => r.enabled).length)
  }, 30_000)

  it('refuses an operation it does not know, and keeps answering', async () => {
    const bad = thread as unknown as { call: (op: string) => Promise<unknown> }
    await expect(bad.call('constructor')).rejects.toMatchObject({ code: 'INTERNAL' })
    expect(await thread.call('size')).toBe(20_000)
  })
})
