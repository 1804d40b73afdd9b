import { describe, expect, it } from 'vitest'
import { MAX_SCOPES, resourceServerProblems, scopeStrings } from '@shared/resource-server-rules'

const server = (scopes: { name: string; description: string }[], identifier = 'https://api.example.com') => ({
  identifier,
  name: 'Orders API',
  scopes
})

describe('resource server rules', () => {
  it('accepts a URL identifier with described scopes', () => {
    expect(resourceServerProblems(server([{ name: 'orders.read', description: 'Read orders' }]))).toEqual([])
  })

  it('refuses a scope with a space or a slash, a duplicate and a missing description', () => {
    expect(
      resourceServerProblems(
        server([
          { name: 'read all', description: 'x' },
          { name: 'a/b', description: 'x' },
          { name: 'write', description: 'x' },
          { name: 'write', description: '' }
        ])
      ).map((p) => p.code)
    ).toEqual(['scopeNameFormat', 'scopeNameFormat', 'scopeDuplicate', 'scopeDescriptionRequired'])
  })

  it('refuses an empty identifier, quotes in it, a bad name and too many scopes', () => {
    expect(resourceServerProblems({ identifier: ' ', name: '', scopes: [] })).toEqual([
      { code: 'identifierRequired' },
      { code: 'nameRequired' }
    ])
    expect(resourceServerProblems({ ...server([]), identifier: 'a"b', name: 'Orders!' })).toEqual([
      { code: 'identifierFormat', identifier: 'a"b' },
      { code: 'nameFormat' }
    ])
    const many = Array.from({ length: MAX_SCOPES + 1 }, (_, i) => ({ name: `s${i}`, description: 'd' }))
    expect(resourceServerProblems(server(many))).toEqual([{ code: 'tooManyScopes', max: MAX_SCOPES }])
  })

  it('names scopes as app clients ask for them', () => {
    expect(scopeStrings(server([{ name: 'read', description: 'r' }]))).toEqual([
      'https://api.example.com/read'
    ])
  })
})
