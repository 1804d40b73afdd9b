import { describe, expect, it } from 'vitest'
import { diffClaims } from '@shared/claim-diff'

const idToken = {
  sub: 'a1',
  token_use: 'id',
  email: 'ann@example.com',
  'custom:tenant': 'acme',
  'cognito:groups': ['beta'],
  iat: 100
}
const accessToken = { sub: 'a1', token_use: 'access', scope: 'openid', 'cognito:groups': ['beta'], iat: 100 }

describe('claims compared between two tokens', () => {
  it('marks added, removed, changed and unchanged claims, and counts each', () => {
    const diff = diffClaims(idToken, accessToken)
    const change = Object.fromEntries(diff.rows.map((r) => [r.claim, r.change]))
    expect(change).toEqual({
      sub: 'same',
      token_use: 'changed',
      email: 'removed',
      'custom:tenant': 'removed',
      'cognito:groups': 'same',
      iat: 'same',
      scope: 'added'
    })
    expect(diff.counts).toEqual({ added: 1, removed: 2, changed: 1, same: 3 })
    expect(diff.rows.find((r) => r.claim === 'token_use')).toMatchObject({ before: 'id', after: 'access' })
    expect(diff.rows.find((r) => r.claim === 'scope')).not.toHaveProperty('before')
  })

  it('compares values, not references, and tells customised and per-token claims apart', () => {
    const refreshed = { ...idToken, 'cognito:groups': ['beta', 'support'], iat: 200, plan: 'pro' }
    const rows = Object.fromEntries(diffClaims(idToken, refreshed).rows.map((r) => [r.claim, r]))
    expect(rows['cognito:groups']?.change).toBe('changed')
    expect(rows.iat).toMatchObject({ change: 'changed', perToken: true, customised: false })
    // Added by a pre-token-generation trigger: neither Cognito nor OpenID defines it.
    expect(rows.plan).toMatchObject({ change: 'added', customised: true, perToken: false })
    expect(rows['custom:tenant']).toMatchObject({ change: 'same', customised: true })
    expect(rows.email?.customised).toBe(false)
    expect(diffClaims({ a: { b: [1] } }, { a: { b: [1] } }).counts.same).toBe(1)
  })
})
