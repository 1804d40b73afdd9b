import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { TokenCheck, TokenInspection } from '@shared/contract/tokens'
import { decodeJwt, inspectToken, issuerOf, JwksCache, jwksUrl } from '../../src/main/cognito/tokens'

/** A pool's signing key made here, so every token below is signed (or mis-signed) on purpose. */
const POOL = 'eu-west-1_Pool1Abc'
const OTHER_POOL = 'eu-west-1_Other9Zz'
const CLIENT = 'client1abc'
const ISS = `https://cognito-idp.eu-west-1.amazonaws.com/${POOL}`
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const other = generateKeyPairSync('rsa', { modulusLength: 2048 })
const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'key-1', alg: 'RS256', use: 'sig' }

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
const now = Math.floor(Date.now() / 1000)

function jwt(
  payload: Record<string, unknown>,
  options: { key?: KeyObject; header?: Record<string, unknown> } = {}
): string {
  const head = b64(options.header ?? { alg: 'RS256', kid: 'key-1' })
  const body = b64(payload)
  const signature = sign('RSA-SHA256', Buffer.from(`${head}.${body}`), options.key ?? privateKey)
  return `${head}.${body}.${signature.toString('base64url')}`
}

const idClaims = {
  sub: 'a1b2',
  iss: ISS,
  aud: CLIENT,
  token_use: 'id',
  'cognito:username': 'ann',
  auth_time: now - 60,
  iat: now - 60,
  exp: now + 3600
}

let fetches = 0
const cache = new JwksCache(async (url) => {
  fetches++
  if (!url.includes(POOL)) throw new Error(`no pool at ${url}`)
  return { keys: [jwk] }
})

const checkOf = (r: TokenInspection, id: TokenCheck['id']) => r.checks.find((c) => c.id === id)

describe('token inspection', () => {
  it('passes a valid ID token and names where the keys came from', async () => {
    const r = await inspectToken(jwt(idClaims), cache, { expectedPoolId: POOL, expectedClientId: CLIENT })
    expect(r.valid).toBe(true)
    expect(r.checks.map((c) => c.status)).toEqual(Array(7).fill('pass'))
    expect(r.issuerPoolId).toBe(POOL)
    expect(r.jwks?.url).toBe(`https://cognito-idp.eu-west-1.amazonaws.com/${POOL}/.well-known/jwks.json`)
    expect(r.decoded?.payload['cognito:username']).toBe('ann')
  })

  it('accepts a token wrapped over several lines', async () => {
    const token = jwt(idClaims)
    const wrapped = `  ${token.slice(0, 40)}\n${token.slice(40, 200)}\r\n ${token.slice(200)}\n`
    const r = await inspectToken(wrapped, cache, { expectedPoolId: POOL })
    expect(r.valid).toBe(true)
  })

  it('fails a tampered payload on the signature', async () => {
    const [h, , s] = jwt(idClaims).split('.')
    const r = await inspectToken(`${h}.${b64({ ...idClaims, 'cognito:username': 'root' })}.${s}`, cache)
    expect(checkOf(r, 'signature')).toMatchObject({ status: 'fail', reason: 'badSignature' })
    expect(r.valid).toBe(false)
  })

  it('fails a token signed by another key', async () => {
    const r = await inspectToken(jwt(idClaims, { key: other.privateKey }), cache)
    expect(checkOf(r, 'signature')).toMatchObject({ status: 'fail', reason: 'badSignature' })
  })

  it('names a key the pool does not have', async () => {
    const r = await inspectToken(jwt(idClaims, { header: { alg: 'RS256', kid: 'rotated-away' } }), cache)
    expect(checkOf(r, 'signature')).toMatchObject({ status: 'fail', reason: 'unknownKey' })
  })

  it('fails a token from another pool', async () => {
    const r = await inspectToken(jwt(idClaims), cache, { expectedPoolId: OTHER_POOL })
    expect(checkOf(r, 'issuer')).toMatchObject({
      status: 'fail',
      reason: 'wrongPool',
      params: { expected: OTHER_POOL, actual: POOL }
    })
    expect(r.valid).toBe(false)
  })

  it('fails a token for another client, for ID (aud) and access (client_id) tokens', async () => {
    const id = await inspectToken(jwt(idClaims), cache, { expectedClientId: 'someoneelse' })
    expect(checkOf(id, 'audience')).toMatchObject({
      status: 'fail',
      reason: 'wrongClient',
      params: { actual: CLIENT }
    })
    const access = { ...idClaims, aud: undefined, token_use: 'access', client_id: CLIENT }
    const ok = await inspectToken(jwt(access), cache, {
      expectedClientId: CLIENT,
      expectedTokenUse: 'access'
    })
    expect(ok.valid).toBe(true)
    const wrongUse = await inspectToken(jwt(access), cache, { expectedTokenUse: 'id' })
    expect(checkOf(wrongUse, 'tokenUse')).toMatchObject({ status: 'fail', reason: 'unexpectedTokenUse' })
  })

  it('checks that an access token carries every expected scope and group, and names what is missing', async () => {
    const access = jwt({
      ...idClaims,
      aud: undefined,
      token_use: 'access',
      client_id: CLIENT,
      scope: 'api.example.com/read api.example.com/write',
      'cognito:groups': ['admins', 'support']
    })
    const ok = await inspectToken(access, cache, {
      expectedScopes: ['api.example.com/read', 'api.example.com/write'],
      expectedGroups: ['admins']
    })
    expect(checkOf(ok, 'scopes')).toMatchObject({ status: 'pass' })
    expect(checkOf(ok, 'groups')).toMatchObject({ status: 'pass', params: { actual: 'admins support' } })
    expect(ok.valid).toBe(true)

    const short = await inspectToken(access, cache, {
      expectedScopes: ['api.example.com/read', 'api.example.com/admin'],
      expectedGroups: ['owners']
    })
    expect(checkOf(short, 'scopes')).toMatchObject({
      status: 'fail',
      reason: 'missingScopes',
      params: { missing: 'api.example.com/admin' }
    })
    expect(checkOf(short, 'groups')).toMatchObject({ status: 'fail', reason: 'missingGroups' })
    expect(short.valid).toBe(false)
    // Without expectations there is nothing to check, so no row appears.
    const none = await inspectToken(access, cache)
    expect(none.checks.map((c) => c.id)).not.toContain('scopes')
  })

  it('fails an expired token on expiry only (the signature still holds)', async () => {
    const r = await inspectToken(jwt({ ...idClaims, exp: now - 10 }), cache)
    expect(checkOf(r, 'expiry')).toMatchObject({ status: 'fail', reason: 'expired' })
    expect(checkOf(r, 'signature')?.status).toBe('pass')
    const later = await inspectToken(jwt(idClaims), cache, { now: (now + 7200) * 1000 })
    expect(checkOf(later, 'expiry')?.reason).toBe('expired')
  })

  it('fails an alg-none token without trying to verify it', async () => {
    const token = `${b64({ alg: 'none' })}.${b64(idClaims)}.`
    const r = await inspectToken(token, cache)
    expect(checkOf(r, 'algorithm')).toMatchObject({ status: 'fail', reason: 'algNone' })
    expect(checkOf(r, 'signature')).toMatchObject({ status: 'fail', reason: 'algNone' })
    expect(r.valid).toBe(false)
  })

  it('takes a pool of the connection’s own endpoint as issuer, plain http only on this machine', () => {
    expect(issuerOf('http://127.0.0.1:9229/local_Pool1', 'http://127.0.0.1:9229/')).toEqual({
      ok: true,
      poolId: 'local_Pool1',
      jwksUrl: 'http://127.0.0.1:9229/local_Pool1/.well-known/jwks.json'
    })
    expect(issuerOf('https://idp.example.com/local_Pool1', 'https://idp.example.com')).toMatchObject({
      ok: true
    })
    expect(issuerOf('http://192.0.2.10:9229/local_Pool1', 'http://192.0.2.10:9229')).toEqual({
      ok: false,
      reason: 'insecureIssuer'
    })
    expect(issuerOf('http://127.0.0.1:9229/local_Pool1', 'http://127.0.0.1:5000')).toEqual({
      ok: false,
      reason: 'notCognito'
    })
    expect(issuerOf('http://127.0.0.1:9229/not-a-pool', 'http://127.0.0.1:9229')).toMatchObject({ ok: false })
  })

  it('reports a token that is not from Cognito, and a JWKS that cannot be fetched', async () => {
    const foreign = await inspectToken(jwt({ ...idClaims, iss: 'https://evil.example' }), cache)
    expect(checkOf(foreign, 'issuer')).toMatchObject({ status: 'fail', reason: 'notCognito' })
    const unreachable = await inspectToken(
      jwt({ ...idClaims, iss: `https://cognito-idp.eu-west-1.amazonaws.com/${OTHER_POOL}` }),
      cache
    )
    expect(checkOf(unreachable, 'signature')).toMatchObject({ status: 'skip', reason: 'jwksUnavailable' })
    expect(unreachable.valid).toBe(false)
  })

  it('never throws on garbage, and says what is wrong', async () => {
    const deep = Buffer.from(`{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`).toString('base64url')
    const inputs = [
      `e30.${deep}.x`,
      '',
      'abc',
      'a.b',
      'a.b.c.d',
      '!!!.###.$$$',
      `${b64([1])}.${b64({})}.x`,
      `e30.bm90IGpzb24.x`
    ]
    for (const input of inputs) {
      const r = await inspectToken(input, cache)
      expect(r.valid).toBe(false)
      expect(r.malformed).toEqual(expect.any(String))
      expect(checkOf(r, 'format')).toMatchObject({ status: 'fail', reason: 'malformed' })
    }
    expect(decodeJwt('a.b').ok).toBe(false)
    expect(decodeJwt(`e30.${deep}.x`)).toEqual({
      ok: false,
      reason: 'The payload is nested more than 16 levels deep.'
    })
    // What comes back must survive the copy to the renderer.
    expect(structuredClone(await inspectToken(`e30.${deep}.x`, cache)).valid).toBe(false)
  })

  it('caches the JWKS and builds emulator URLs from the endpoint', async () => {
    const before = fetches
    await inspectToken(jwt(idClaims), cache)
    await inspectToken(jwt(idClaims), cache)
    expect(fetches).toBe(before)
    expect(jwksUrl(POOL, 'http://127.0.0.1:5000/')).toBe(
      `http://127.0.0.1:5000/${POOL}/.well-known/jwks.json`
    )
  })
})
