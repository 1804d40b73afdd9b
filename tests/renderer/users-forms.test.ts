import { describe, expect, it } from 'vitest'
import type { UserRow } from '@shared/contract/users'
import { runQuery } from '@shared/user-query'
import type { IndexQuery } from '@shared/contract/users'
import { IndexRows } from '../../src/main/cognito/users-index-store'
import { finishedQuery, parseQuery, sortRows } from '@renderer/users/query'

/** The table's query as the index thread answers it (the renderer no longer filters rows itself). */
function filterRows(rows: readonly UserRow[], query: IndexQuery): UserRow[] {
  const index = new IndexRows()
  index.put(rows)
  return index.window(finishedQuery(query), 0, 1000).rows
}

describe('table search and sort', () => {
  const row = (username: string, tenant: string, enabled = true): UserRow => ({
    username,
    sub: `${username}-sub`,
    status: 'CONFIRMED',
    enabled,
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    attributes: { 'custom:tenant': tenant }
  })
  const rows = [row('ann', 'acme'), row('bob', 'globex', false), row('cy', 'acme')]

  it('ignores conditions the person is still writing', () => {
    const query = { conditions: [{ attribute: 'custom:tenant', operator: 'equals' as const, value: '' }] }
    expect(finishedQuery(query).conditions).toEqual([])
    expect(filterRows(rows, query)).toEqual(rows)
  })

  it('keeps a presence condition, which needs no value', () => {
    const query = { conditions: [{ attribute: 'email', operator: 'absent' as const, value: '' }] }
    expect(filterRows(rows, query).map((r) => r.username)).toEqual(['ann', 'bob', 'cy'])
    const tenant = {
      conditions: [{ attribute: 'custom:tenant', operator: 'present' as const, value: '' }],
      enabled: false
    }
    expect(filterRows(rows, tenant).map((r) => r.username)).toEqual(['bob'])
  })

  it('takes a query handed over in an address only when it is a valid one', () => {
    const query = { statuses: ['FORCE_CHANGE_PASSWORD'], conditions: [] }
    expect(parseQuery(JSON.stringify(query))).toEqual(query)
    expect(parseQuery('{"statuses":["NOPE"]}')).toBeNull()
    expect(parseQuery('{not json')).toBeNull()
    expect(parseQuery(['a'])).toBeNull()
  })

  it('filters on a custom attribute and on enabled', () => {
    const query = {
      conditions: [{ attribute: 'custom:tenant', operator: 'equals' as const, value: 'ACME' }],
      enabled: true
    }
    expect(filterRows(rows, query).map((r) => r.username)).toEqual(['ann', 'cy'])
  })

  it('matches free text against the username, sub and every attribute, as the index does', () => {
    expect(filterRows(rows, { text: ' ACME ' }).map((r) => r.username)).toEqual(['ann', 'cy'])
    expect(filterRows(rows, { text: 'bob-sub' }).map((r) => r.username)).toEqual(['bob'])
    for (const text of ['acme', 'bob-sub', 'ann', 'x'])
      expect(filterRows(rows, { text })).toEqual(runQuery(rows, { text }))
  })

  it('sorts either way without touching the input', () => {
    expect(sortRows(rows, { column: 'custom:tenant', direction: 'desc' }).map((r) => r.username)).toEqual([
      'bob',
      'ann',
      'cy'
    ])
    expect(rows.map((r) => r.username)).toEqual(['ann', 'bob', 'cy'])
  })
})
