import { describe, expect, it } from 'vitest'
import type { Condition, UserRow } from '@shared/contract/users'
import { columnValue, compileQuery, runQuery, sortRows } from '@shared/user-query'

const row = (
  username: string,
  attributes: Record<string, string> = {},
  extra: Partial<UserRow> = {}
): UserRow => ({
  username,
  sub: `sub-${username}`,
  status: 'CONFIRMED',
  enabled: true,
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  attributes,
  ...extra
})

const rows = [
  row('carol', { 'custom:tier': 'Gold', email: 'carol@b.example' }, { groups: ['admins', 'support'] }),
  row('alice', { 'custom:tier': 'silver', email: 'alice@a.example' }),
  row('bob', { email: 'bob@a.example' }, { enabled: false, status: 'FORCE_CHANGE_PASSWORD' })
]

describe('index queries', () => {
  it('reads built-in columns and attributes by name', () => {
    expect(columnValue(rows[0] as UserRow, 'groups')).toBe('admins, support')
    expect(columnValue(rows[2] as UserRow, 'enabled')).toBe('false')
    expect(columnValue(rows[1] as UserRow, 'custom:tier')).toBe('silver')
    expect(columnValue(rows[2] as UserRow, 'custom:tier')).toBe('')
  })

  it('matches case-insensitively unless asked, and ANDs or ORs conditions', () => {
    const gold = { attribute: 'custom:tier', operator: 'equals', value: 'gold' } as const
    expect(rows.filter(compileQuery({ conditions: [gold] })).map((r) => r.username)).toEqual(['carol'])
    expect(rows.filter(compileQuery({ conditions: [{ ...gold, caseSensitive: true }] }))).toEqual([])
    const aDomain = { attribute: 'email', operator: 'endsWith', value: '@a.example' } as const
    expect(rows.filter(compileQuery({ match: 'all', conditions: [gold, aDomain] }))).toEqual([])
    expect(
      rows.filter(compileQuery({ match: 'any', conditions: [gold, aDomain] })).map((r) => r.username)
    ).toEqual(['carol', 'alice', 'bob'])
  })

  it('compares as text for ranges, and tests presence without a value', () => {
    const names = (conditions: Condition[]) => runQuery(rows, { conditions }).map((r) => r.username)
    expect(names([{ attribute: 'custom:tier', operator: 'notEquals', value: 'gold' }])).toEqual([
      'alice',
      'bob'
    ])
    // A missing value is neither before nor after anything: bob has no tier.
    expect(names([{ attribute: 'custom:tier', operator: 'lessThan', value: 'h' }])).toEqual(['carol'])
    expect(names([{ attribute: 'custom:tier', operator: 'atLeast', value: 'h' }])).toEqual(['alice'])
    expect(names([{ attribute: 'custom:tier', operator: 'present', value: '' }])).toEqual(['carol', 'alice'])
    expect(names([{ attribute: 'custom:tier', operator: 'absent', value: '' }])).toEqual(['bob'])
  })

  it('combines free text with status, enabled and group filters', () => {
    expect(runQuery(rows, { text: 'A.EXAMPLE', enabled: true }).map((r) => r.username)).toEqual(['alice'])
    expect(runQuery(rows, { statuses: ['FORCE_CHANGE_PASSWORD'] }).map((r) => r.username)).toEqual(['bob'])
    expect(runQuery(rows, { groups: ['support'] }).map((r) => r.username)).toEqual(['carol'])
  })

  it('sorts either way with empty values last, leaving the input as it was', () => {
    const before = rows.map((r) => r.username)
    expect(sortRows([...rows], 'custom:tier', 'asc').map((r) => r.username)).toEqual([
      'carol',
      'alice',
      'bob'
    ])
    expect(sortRows([...rows], 'custom:tier', 'desc').map((r) => r.username)).toEqual([
      'alice',
      'carol',
      'bob'
    ])
    expect(
      runQuery(rows, { sort: { column: 'username', direction: 'desc' } }).map((r) => r.username)
    ).toEqual(['carol', 'bob', 'alice'])
    expect(rows.map((r) => r.username)).toEqual(before)
  })
})
