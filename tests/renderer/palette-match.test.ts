import { describe, expect, it } from 'vitest'
import { matchRank, rankEntries, type PaletteEntry } from '@renderer/a11y/paletteMatch'

const entry = (id: string, kind: PaletteEntry['kind'], label: string, extra: Partial<PaletteEntry> = {}) =>
  ({ id, kind, label, run: () => undefined, ...extra }) satisfies PaletteEntry

describe('command palette matching', () => {
  it('ranks exact, prefix, word prefix and inner matches', () => {
    expect(matchRank('users', 'users')).toBe(0)
    expect(matchRank('user pools', 'user')).toBe(1)
    expect(matchRank('zq.palette@example.org', 'exa')).toBe(2)
    expect(matchRank('web-app', 'app')).toBe(2)
    // The first occurrence is inside a word, a later one starts a word.
    expect(matchRank('happy-app', 'app')).toBe(2)
    expect(matchRank('happy', 'app')).toBe(3)
    expect(matchRank('groups', 'user')).toBeNull()
  })

  it('puts a label match before a detail match, then orders by kind, and keeps users a search found', () => {
    const entries = [
      entry('tab', 'screen', 'Users', { detail: 'demo-customers' }),
      entry('user', 'user', 'palette-target', { detail: 'zq.palette@example.org', found: true }),
      entry('pool', 'pool', 'demo-customers', { detail: 'ap-northeast-1_abc' }),
      entry('name-match', 'user', 'someone', { found: true }),
      entry('action', 'action', 'Create user')
    ]
    expect(rankEntries(entries, 'demo-cu', 10).map((e) => e.id)).toEqual([
      'pool',
      'tab',
      'user',
      'name-match'
    ])
    expect(rankEntries(entries, 'zq.', 10).map((e) => e.id)).toEqual(['user', 'name-match'])
    expect(rankEntries(entries, 'user', 10).map((e) => e.id)).toEqual(['tab', 'action', 'user', 'name-match'])
    expect(rankEntries(entries, '', 2).map((e) => e.id)).toEqual(['action', 'tab'])
  })
})
