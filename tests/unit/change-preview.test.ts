import { describe, expect, it } from 'vitest'
import { fieldChanges } from '@shared/change-preview'

describe('change preview', () => {
  it('lists changed fields old -> new by path, added and removed ones included, unchanged ones not', () => {
    const before = {
      details: { client_id: 'a', scopes: 'openid' },
      mapping: { email: 'mail' },
      ids: ['x.com']
    }
    const after = {
      details: { client_id: 'b', scopes: 'openid' },
      mapping: { email: 'mail', name: 'cn' },
      ids: []
    }
    expect(fieldChanges(before, after)).toEqual([
      { field: 'details.client_id', before: 'a', after: 'b' },
      { field: 'mapping.name', before: null, after: 'cn' },
      { field: 'ids', before: 'x.com', after: null }
    ])
  })

  it('marks secrets so their value is never shown', () => {
    expect(fieldChanges({}, { details: { client_secret: 's3cret', flag: true } }, ['client_secret'])).toEqual(
      [
        { field: 'details.client_secret', before: null, after: 's3cret', secret: true },
        { field: 'details.flag', before: null, after: 'true' }
      ]
    )
  })

  it('finds nothing to send when the settings are unchanged', () => {
    expect(fieldChanges({ a: [1, 2], b: { c: 'd' } }, { a: [1, 2], b: { c: 'd' } })).toEqual([])
  })
})
