import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TokenCheck, TokenInspection } from '@shared/contract/tokens'
import { fetchFailureOf, fetchJsonBounded } from '../../src/main/cognito/bounded-fetch'
import type { OidcProviderRef } from '../../src/main/cognito/identityProviders'
import { inspectToken, JwksCache } from '../../src/main/cognito/tokens'
import { providerKeys, serveOidcIssuer, type ProviderAlg } from '../support/oidc-issuer'

/** Tokens of a pool's federated OpenID provider, verified against a local issuer's discovery and JWKS. */
const POOL = 'eu-west-1_Fed1Abc'
const { jwks, signToken } = providerKeys()
let oidc: Awaited<ReturnType<typeof serveOidcIssuer>>
const now = Math.floor(Date.now() / 1000)

beforeAll(async () => {
  oidc = await serveOidcIssuer(jwks)
})
afterAll(() => oidc.close())

const corp = (): OidcProviderRef => ({ name: 'Corp', issuer: oidc.issuer, clientId: 'corp-client' })
const claims = (extra: Record<string, unknown> = {}) => ({
  iss: oidc.issuer,
  sub: 'employee-7',
  aud: 'corp-client',
  iat: now - 10,
  exp: now + 600,
  ...extra
})
const inspect = (token: string, providers: OidcProviderRef[] = [corp()]) =>
  inspectToken(token, new JwksCache(), { expectedPoolId: POOL, oidcProviders: async () => providers })
const checkOf = (r: TokenInspection, id: TokenCheck['id']) => r.checks.find((c) => c.id === id)

describe('tokens of a pool’s OpenID Connect provider', () => {
  it.each(['RS256', 'RS384', 'RS512', 'ES256', 'ES384'] as ProviderAlg[])(
    'verifies a %s token with the keys found through the issuer’s discovery document',
    async (alg) => {
      const r = await inspect(signToken(alg, claims()))
      expect(r.checks.filter((c) => c.status === 'fail')).toEqual([])
      expect(r.valid).toBe(true)
      expect(r.provider).toEqual({ name: 'Corp', issuer: oidc.issuer, poolId: POOL })
      expect(r.jwks).toMatchObject({ url: `${oidc.issuer}/jwks`, keys: jwks.length })
      expect(checkOf(r, 'audience')).toMatchObject({ status: 'pass', params: { actual: 'corp-client' } })
      expect(checkOf(r, 'tokenUse')).toMatchObject({ status: 'skip', reason: 'federatedToken' })
      expect(oidc.requests).toContain('/issuer/.well-known/openid-configuration')
    }
  )

  it('refuses an algorithm the verifier lacks, naming those it has', async () => {
    const r = await inspect(signToken('PS256', claims()))
    expect(checkOf(r, 'algorithm')).toMatchObject({
      status: 'fail',
      reason: 'unsupportedProviderAlg',
      params: { alg: 'PS256', supported: expect.stringContaining('ES256') as string }
    })
    expect(r.valid).toBe(false)
  })

  it('fails another client’s token, an expired one and a tampered one', async () => {
    const other = await inspect(signToken('ES256', claims({ aud: ['someone-else', 'x'] })))
    expect(checkOf(other, 'audience')).toMatchObject({
      status: 'fail',
      reason: 'wrongClient',
      params: { expected: 'corp-client', actual: 'someone-else x' }
    })
    const expired = await inspect(signToken('RS256', claims({ exp: now - 5 })))
    expect(checkOf(expired, 'expiry')).toMatchObject({ status: 'fail', reason: 'expired' })
    expect(checkOf(expired, 'signature')?.status).toBe('pass')
    const [h, , s] = signToken('RS384', claims()).split('.')
    const forged = Buffer.from(JSON.stringify(claims({ sub: 'admin' }))).toString('base64url')
    const tampered = await inspect(`${h}.${forged}.${s}`)
    expect(checkOf(tampered, 'signature')).toMatchObject({ status: 'fail', reason: 'badSignature' })
  })

  it('says the issuer is none of the pool’s providers', async () => {
    const r = await inspect(signToken('RS256', claims({ iss: 'https://elsewhere.example.com' })))
    expect(checkOf(r, 'issuer')).toMatchObject({
      status: 'fail',
      reason: 'unknownProvider',
      params: { pool: POOL }
    })
    expect(r.provider).toBeUndefined()
  })

  it('uses the JWKS URL a provider was saved with, without discovery', async () => {
    const before = oidc.requests.length
    const r = await inspect(signToken('ES384', claims()), [{ ...corp(), jwksUri: `${oidc.issuer}/jwks` }])
    expect(r.valid).toBe(true)
    expect(oidc.requests.slice(before)).toEqual(['/issuer/jwks'])
  })

  it('gives up on a discovery document larger than the limit, saying so', async () => {
    const issuer = `${oidc.origin}/huge`
    const r = await inspect(signToken('RS256', claims({ iss: issuer })), [{ name: 'Huge', issuer }])
    expect(checkOf(r, 'signature')).toMatchObject({
      status: 'skip',
      reason: 'jwksUnavailable',
      params: { failure: 'tooLarge', url: `${issuer}/.well-known/openid-configuration` }
    })
  })
})

describe('bounded JSON fetch', () => {
  it('ends a server that stalls mid-answer at the time limit', async () => {
    const error = await fetchJsonBounded(`${oidc.origin}/hanging/.well-known/openid-configuration`, {
      timeoutMs: 300
    }).catch((e: unknown) => e)
    expect(fetchFailureOf(error)).toBe('timeout')
  })

  it('tells a dead server, an HTTP error and an answer that is not JSON apart', async () => {
    const dead = await fetchJsonBounded('http://127.0.0.1:1/x').catch((e: unknown) => e)
    expect(fetchFailureOf(dead)).toBe('unreachable')
    const missing = await fetchJsonBounded(`${oidc.origin}/nowhere`).catch((e: unknown) => e)
    expect(missing).toMatchObject({ params: { failure: 'http', status: 404 } })
    const small = await fetchJsonBounded(`${oidc.origin}/issuer/jwks`, { maxBytes: 10 }).catch(
      (e: unknown) => e
    )
    expect(fetchFailureOf(small)).toBe('tooLarge')
  })
})
