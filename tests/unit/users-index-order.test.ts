import { describe, expect, it } from 'vitest'
import type { IndexQuery, UserRow } from '@shared/contract/users'
import { compileQuery, narrows, requiredTexts, rowText, runQuery } from '@shared/user-query'
import { IndexRows } from '../../src/main/cognito/users-index-store'
import { OrderBuild, firstSlots, readOrder, type Direction } from '../../src/main/cognito/users-index-order'

// Few distinct keys (ties everywhere), case variants that sort as one, and empty values.
const TIERS = ['gold', 'Silver', 'silver', '', 'bronze', 'Gold']
const row = (i: number): UserRow => ({
  username: `user${String(i).padStart(5, '0')}`,
  sub: `${(i % 16).toString(16)}${i}-sub`,
  status: i % 5 === 0 ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
  enabled: i % 7 !== 0,
  created: new Date(Date.UTC(2026, 0, 1 + (i % 40))).toISOString(),
  modified: '2026-06-01T00:00:00.000Z',
  attributes: {
    email: `User${i % 97}@${i % 3 ? 'a' : 'b'}.example`,
    ...(TIERS[i % 6] ? { 'custom:tier': TIERS[i % 6] as string } : {}),
    ...(i % 4 ? { family_name: i % 8 === 1 ? 'Tanaka' : 'Sato' } : {})
  },
  groups: i % 11 === 0 ? ['admins'] : []
})

const names = (rows: readonly (UserRow | undefined)[]) => rows.map((r) => r?.username)

/** Runs the index's background work by hand: one step at a time, or all of it. */
function manual(work: number) {
  const tasks: (() => void)[] = []
  return {
    options: { schedule: (task: () => void) => void tasks.push(task), work },
    step: () => tasks.shift()?.(),
    drain: () => {
      while (tasks.length) tasks.shift()?.()
    },
    get pending() {
      return tasks.length
    }
  }
}

const SORTS: [string, Direction][] = [
  ['custom:tier', 'asc'],
  ['custom:tier', 'desc'],
  ['created', 'desc'],
  ['email', 'asc'],
  ['family_name', 'desc']
]

describe('first rows of a sort, from one pass', () => {
  const rows = Array.from({ length: 1_500 }, (_, i) => row(i))
  it.each(SORTS)('by %s %s equal the full sort, ties and empty values included', (column, direction) => {
    const query: IndexQuery = { sort: { column, direction } }
    const expected = names(runQuery(rows, query))
    expect(names([...firstSlots(rows, null, column, direction, 300)].map((s) => rows[s]))).toEqual(
      expected.slice(0, 300)
    )
    // More asked for than there are: all of them, in order.
    expect(names([...firstSlots(rows, null, column, direction, 5_000)].map((s) => rows[s]))).toEqual(expected)
    const some = Uint32Array.from(rows.keys()).filter((s) => s % 3 === 1)
    expect(names([...firstSlots(rows, some, column, direction, 40)].map((s) => rows[s]))).toEqual(
      names(
        runQuery(rows, { ...query, conditions: [] }).filter((r) => Number(r.username.slice(4)) % 3 === 1)
      ).slice(0, 40)
    )
  })
})

describe('a column order built a step at a time', () => {
  // Holes (removed users) are skipped.
  const rows: (UserRow | undefined)[] = Array.from({ length: 5_000 }, (_, i) =>
    i % 13 === 5 ? undefined : row(i)
  )
  const held = rows.filter((r): r is UserRow => !!r)
  it.each(SORTS)('by %s %s reads every window as the full sort does', (column, direction) => {
    const build = new OrderBuild(rows, column)
    let order = build.step(37)
    let steps = 1
    for (; !order; steps++) order = build.step(37)
    expect(steps).toBeGreaterThan(100)
    const expected = names(runQuery(held, { sort: { column, direction } }))
    // Windows across run boundaries of equal keys and into the empty values, read straight from the order.
    for (const offset of [0, 1, 777, 2_500, 4_000, expected.length - 3])
      expect(names(readOrder(order, direction, offset, 250).map((s) => rows[s]))).toEqual(
        expected.slice(offset, offset + 250)
      )
    expect(new OrderBuild(rows, column).finish()).toEqual(order)
  })
})

describe('the pool index answering sorts while their orders are built', () => {
  const all = Array.from({ length: 6_000 }, (_, i) => row(i))

  it('answers the first rows at once, then deep windows from the order built in the background', () => {
    const run = manual(500)
    const index = new IndexRows(run.options)
    index.add(all)
    const query: IndexQuery = { sort: { column: 'custom:tier', direction: 'desc' } }
    const expected = names(runQuery(all, query))
    expect(names(index.window(query, 0, 100).rows)).toEqual(expected.slice(0, 100))
    expect(run.pending).toBe(1)
    run.drain()
    for (const offset of [0, 2_100, 5_950])
      expect(names(index.window(query, offset, 100).rows)).toEqual(expected.slice(offset, offset + 100))
    // The other direction and a filtered result come from the same order, with nothing more to build.
    const filtered: IndexQuery = { enabled: true, sort: { column: 'custom:tier', direction: 'asc' } }
    expect(names(index.window(filtered, 3_000, 100).rows)).toEqual(
      names(runQuery(all, filtered).slice(3_000, 3_100))
    )
    expect(run.pending).toBe(0)
  })

  it('finishes the order at once for a window deep in the result asked before the build is done', () => {
    const run = manual(500)
    const index = new IndexRows(run.options)
    index.add(all)
    const query: IndexQuery = { text: 'a.example', sort: { column: 'email', direction: 'desc' } }
    const expected = names(runQuery(all, query))
    expect(index.window(query, 0, 50).total).toBe(expected.length)
    run.step()
    expect(names(index.window(query, 3_000, 100).rows)).toEqual(expected.slice(3_000, 3_100))
  })

  it('drops an order under way when a row changes, and sorts the changed rows right', () => {
    const run = manual(500)
    const index = new IndexRows(run.options)
    index.add(all)
    const query: IndexQuery = { sort: { column: 'custom:tier', direction: 'asc' } }
    index.window(query, 0, 100)
    run.step()
    run.step()
    const changed = { ...row(4_321), attributes: { 'custom:tier': 'aaa' } }
    index.put([changed])
    index.remove(['user00007'])
    const rows = all
      .map((r) => (r.username === changed.username ? changed : r))
      .filter((r) => r.username !== 'user00007')
    const expected = names(runQuery(rows, query))
    expect(names(index.window(query, 0, 3).rows)).toEqual(expected.slice(0, 3))
    run.drain()
    for (const offset of [0, 2_500, 5_900])
      expect(names(index.window(query, offset, 100).rows)).toEqual(expected.slice(offset, offset + 100))
  })
})

describe('orders kept through a few changes', () => {
  it('updates built orders in place: new, shared and empty keys, a new user and removals', () => {
    let rows = Array.from({ length: 5_000 }, (_, i) => row(i))
    const run = manual(1_000)
    const index = new IndexRows(run.options)
    index.add(rows)
    const sorts: IndexQuery[] = [
      { sort: { column: 'custom:tier', direction: 'asc' } },
      { sort: { column: 'custom:tier', direction: 'desc' } },
      { sort: { column: 'email', direction: 'desc' } }
    ]
    for (const query of sorts) index.window(query, 0, 10)
    run.drain()
    const changes: UserRow[] = [
      { ...row(10), attributes: { 'custom:tier': 'Aardvark', email: 'zz@b.example' } },
      { ...row(11), attributes: { 'custom:tier': 'SILVER' } },
      { ...row(12), attributes: {} },
      { ...row(15), attributes: { 'custom:tier': 'gold', email: 'user11@a.example' } },
      { ...row(9_999), attributes: { 'custom:tier': 'middle', email: 'm@b.example' } }
    ]
    index.put(changes)
    index.remove(['user00020', 'user00021', 'user00022'])
    rows = [...rows, row(9_999)]
      .map((r) => changes.find((c) => c.username === r.username) ?? r)
      .filter((r) => !['user00020', 'user00021', 'user00022'].includes(r.username))
    for (const query of [...sorts, { ...sorts[1], text: 'b.example' }]) {
      const expected = names(runQuery(rows, query))
      for (const offset of [0, 1_600, 4_950])
        expect(names(index.window(query, offset, 100).rows), JSON.stringify(query)).toEqual(
          expected.slice(offset, offset + 100)
        )
    }
    // Nothing was sorted again: no build was started.
    expect(run.pending).toBe(0)
  })
})

describe('matching in the pool index', () => {
  const all = Array.from({ length: 4_000 }, (_, i) => row(i))

  it('refines typed text from the previous matches and gives the same answers as the shared rules', () => {
    const index = new IndexRows()
    index.add(all)
    const rest: IndexQuery = { enabled: true, sort: { column: 'created', direction: 'desc' } }
    for (const text of ['u', 'us', 'user1', 'user12', 'user1', 'b.exa', 'b.example', ''])
      for (const offset of [0, 100]) {
        const query = { ...rest, text }
        const expected = runQuery(all, query)
        const window = index.window(query, offset, 100)
        expect(window.total, text).toBe(expected.length)
        expect(names(window.rows), text).toEqual(names(expected.slice(offset, offset + 100)))
      }
  })

  it('narrows from the previous matches as a condition value is typed, and only then', () => {
    const index = new IndexRows()
    index.add(all)
    const tier = { attribute: 'custom:tier', operator: 'equals', value: 'gold' } as const
    const typed = (
      operator: 'contains' | 'startsWith' | 'endsWith' | 'equals',
      value: string
    ): IndexQuery => ({
      match: 'all',
      conditions: [tier, { attribute: 'family_name', operator, value }],
      sort: { column: 'email', direction: 'asc' }
    })
    const steps = [
      typed('contains', ''),
      typed('contains', 'a'),
      typed('contains', 'AN'),
      typed('contains', 'tana'),
      typed('contains', 'ta'),
      typed('startsWith', 'ta'),
      typed('startsWith', 'at'),
      typed('startsWith', 'sat'),
      typed('endsWith', 'o'),
      typed('endsWith', 'at'),
      typed('endsWith', 'ato'),
      typed('equals', 'sato'),
      typed('equals', 'sato2')
    ]
    for (const query of steps) {
      const expected = runQuery(all, query)
      const window = index.window(query, 0, 10_000)
      expect(window.total, JSON.stringify(query)).toBe(expected.length)
      expect(names(window.rows)).toEqual(names(expected))
    }
    // `narrows` holds only where the next result is within the previous one.
    for (const previous of steps)
      for (const next of steps)
        if (narrows(next, previous)) {
          const before = new Set(names(runQuery(all, previous)))
          for (const r of runQuery(all, next))
            expect(before.has(r.username), JSON.stringify([previous, next])).toBe(true)
        }
    expect(narrows(typed('contains', 'tan'), typed('contains', 'TA'))).toBe(true)
    expect(narrows(typed('contains', 'ta'), typed('contains', 'tan'))).toBe(false)
    expect(narrows(typed('equals', 'sato'), typed('equals', 'sat'))).toBe(false)
    expect(narrows(typed('startsWith', 'sato'), typed('contains', 'sat'))).toBe(false)
    expect(
      narrows({ ...typed('contains', 'ab'), text: 'us' }, { ...typed('contains', 'a'), text: 'u' })
    ).toBe(true)
    expect(narrows({ ...typed('contains', 'ab'), enabled: true }, typed('contains', 'a'))).toBe(false)
  })

  it('tests conditions, statuses, enabled and groups as the shared rules do', () => {
    const index = new IndexRows()
    index.add(all)
    const queries: IndexQuery[] = [
      {
        match: 'all',
        conditions: [
          { attribute: 'custom:tier', operator: 'equals', value: 'SILVER' },
          { attribute: 'family_name', operator: 'contains', value: 'tan' }
        ],
        sort: { column: 'created', direction: 'asc' }
      },
      {
        match: 'any',
        conditions: [
          { attribute: 'family_name', operator: 'startsWith', value: 'tan' },
          { attribute: 'email', operator: 'endsWith', value: '@b.example' }
        ]
      },
      { conditions: [{ attribute: 'family_name', operator: 'equals', value: 'Sato', caseSensitive: true }] },
      { conditions: [{ attribute: 'status', operator: 'contains', value: 'force' }], groups: ['admins'] },
      { statuses: ['CONFIRMED'], enabled: false, text: 'user' }
    ]
    for (const query of queries) {
      const expected = runQuery(all, query)
      const window = index.window(query, 0, 10_000)
      expect(window.total, JSON.stringify(query)).toBe(expected.length)
      expect(names(window.rows)).toEqual(names(expected))
    }
  })

  it("finds each required text in the search text of every row a query's conditions match", () => {
    const rows: UserRow[] = [
      ...all.slice(0, 500),
      { ...row(1), username: 'İstanbul', attributes: { city: 'ΟΔΟΣ', name: 'KELVIN\u212a' } }
    ]
    const queries: IndexQuery[] = [
      { conditions: [{ attribute: 'username', operator: 'startsWith', value: 'i\u0307st' }] },
      { conditions: [{ attribute: 'city', operator: 'endsWith', value: 'οσ' }] },
      { conditions: [{ attribute: 'city', operator: 'endsWith', value: 'ος' }] },
      { conditions: [{ attribute: 'name', operator: 'contains', value: 'vink' }] },
      { conditions: [{ attribute: 'email', operator: 'equals', value: 'USER3@A.EXAMPLE' }] }
    ]
    for (const query of queries) {
      const needles = requiredTexts(query)
      expect(needles).toHaveLength(1)
      for (const r of rows.filter(compileQuery(query)))
        for (const needle of needles) expect(rowText(r)).toContain(needle)
    }
    expect(rows.filter(compileQuery(queries[2] as IndexQuery))).toHaveLength(1)
    // Tests that a value's text does not show: none required.
    expect(
      requiredTexts({ conditions: [{ attribute: 'email', operator: 'notEquals', value: 'x' }] })
    ).toEqual([])
    expect(
      requiredTexts({ conditions: [{ attribute: 'status', operator: 'equals', value: 'confirmed' }] })
    ).toEqual([])
  })
})
