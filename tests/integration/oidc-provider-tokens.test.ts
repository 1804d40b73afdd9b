import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { providerKeys, serveOidcIssuer } from '../support/oidc-issuer'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
const { jwks, signToken } = providerKeys()
let h: Harness
let poolId: string
let oidc: Awaited<ReturnType<typeof serveOidcIssuer>>
const now = Math.floor(Date.now() / 1000)

const provider = (name: string, issuer: string, endpoints: Record<string, string> = {}) => ({
  poolId,
  name,
  type: 'OIDC' as const,
  details: {
    client_id: `${name}-client`,
    client_secret: 'provider-secret',
    attributes_request_method: 'GET' as const,
    oidc_issuer: issuer,
    authorize_scopes: 'openid email',
    ...endpoints
  },
  attributeMapping: { username: 'sub' },
  idpIdentifiers: []
})

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`oidc-tokens-${run}`))).id
  oidc = await serveOidcIssuer(jwks)
  await h.ok('identityProviders', 'create', provider('Corp', oidc.issuer))
  // Saved with its endpoints by hand (no discovery on save); its JWKS URL answers without end.
  const huge = `${oidc.origin}/huge`
  await h.ok(
    'identityProviders',
    'create',
    provider('Endless', huge, {
      authorize_url: `${huge}/authorize`,
      token_url: `${huge}/token`,
      attributes_url: `${huge}/userinfo`,
      jwks_uri: `${huge}/.well-known/openid-configuration`
    })
  )
})
afterAll(async () => {
  h?.dispose()
  await oidc?.close()
})

describe('token inspector with a pool’s OpenID Connect providers (moto holds the providers)', () => {
  it('finds the provider by the token’s issuer and verifies its ES256 token against the provider’s client', async () => {
    const token = signToken('ES256', { iss: oidc.issuer, sub: 'u1', aud: 'Corp-client', exp: now + 600 })
    const r = await h.ok('tokens', 'inspect', { token, expectedPoolId: poolId })
    expect(r.provider).toEqual({ name: 'Corp', issuer: oidc.issuer, poolId })
    expect(r.valid).toBe(true)
    expect(r.checks.find((c) => c.id === 'audience')).toMatchObject({ status: 'pass' })
  })

  it('without the pool, the same token is not Cognito’s and names no provider', async () => {
    const token = signToken('RS256', { iss: oidc.issuer, sub: 'u1', aud: 'Corp-client', exp: now + 600 })
    const r = await h.ok('tokens', 'inspect', { token })
    expect(r.valid).toBe(false)
    expect(r.checks.find((c) => c.id === 'issuer')).toMatchObject({ status: 'fail', reason: 'notCognito' })
  })

  it('stops reading a provider’s endless JWKS and says so', async () => {
    const iss = `${oidc.origin}/huge`
    const token = signToken('RS512', { iss, sub: 'u1', aud: 'Endless-client', exp: now + 600 })
    const r = await h.ok('tokens', 'inspect', { token, expectedPoolId: poolId })
    expect(r.checks.find((c) => c.id === 'signature')).toMatchObject({
      status: 'skip',
      reason: 'jwksUnavailable',
      params: { failure: 'tooLarge' }
    })
  })
})
