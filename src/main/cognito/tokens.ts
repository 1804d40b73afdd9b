import { JwtVerifier } from 'aws-jwt-verify'
import { supportedSignatureAlgorithms } from 'aws-jwt-verify/jwt-verifier'
import {
  JwtExpiredError,
  JwtInvalidSignatureAlgorithmError,
  JwtInvalidSignatureError,
  JwtNotBeforeError,
  KidNotFoundInJwksError
} from 'aws-jwt-verify/error'
import type { Jwks } from 'aws-jwt-verify/jwk'
import type { DecodedToken, TokenCheck, TokenCheckReason, TokenInspection } from '@shared/contract/tokens'
import { endpointUrlProblem } from '@shared/endpoint-url'
import { AppError } from '@shared/errors'
import { fetchJsonBounded } from './bounded-fetch'
import { discoverOidc, type OidcProviderRef } from './identityProviders'

const MAX_DEPTH = 16

/** Whether a parsed JSON value nests deeper than `max` levels (checked without recursion). */
function nestedDeeper(root: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[root, 1]]
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number]
    if (typeof value !== 'object' || value === null) continue
    if (depth > max) return true
    for (const child of Object.values(value)) stack.push([child, depth + 1])
  }
  return false
}

/** A JWT split and parsed, or why it could not be. Never throws: pasted text can be anything. */
export function decodeJwt(token: string): { ok: true; token: DecodedToken } | { ok: false; reason: string } {
  // Tokens copied from a terminal or an email often arrive wrapped over several lines.
  const compact = token.replace(/\s+/g, '')
  const parts = compact.split('.')
  if (parts.length !== 3) {
    return { ok: false, reason: `A JWT has three parts separated by dots; this has ${parts.length}.` }
  }
  const [header = '', payload = '', signature = ''] = parts
  const base64url = /^[A-Za-z0-9_-]*$/
  if (!base64url.test(header) || !base64url.test(payload) || !base64url.test(signature)) {
    return { ok: false, reason: 'A JWT part contains characters outside base64url (A-Z a-z 0-9 - _).' }
  }
  const parse = (part: string, name: string): Record<string, unknown> | string => {
    let value: unknown
    try {
      value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    } catch {
      return `The ${name} is not base64url-encoded JSON.`
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return `The ${name} is JSON but not an object.`
    }
    // Deeply nested JSON parses, but could not be copied to the screen; Cognito's claims are shallow.
    if (nestedDeeper(value, MAX_DEPTH)) return `The ${name} is nested more than ${MAX_DEPTH} levels deep.`
    return value as Record<string, unknown>
  }
  const h = parse(header, 'header')
  if (typeof h === 'string') return { ok: false, reason: h }
  const p = parse(payload, 'payload')
  if (typeof p === 'string') return { ok: false, reason: p }
  return { ok: true, token: { parts: { header, payload, signature }, header: h, payload: p } }
}

const AWS_ISSUER = /^https:\/\/cognito-idp\.([a-z0-9-]+)\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)$/
const POOL_ID = /^[\w-]+_[0-9a-zA-Z]+$/

/** The user pool a token's issuer names and where its keys are, or why that issuer is refused. */
export type IssuerVerdict =
  { ok: true; poolId: string; jwksUrl: string } | { ok: false; reason: 'notCognito' | 'insecureIssuer' }

/**
 * A pool on AWS (its keys on the connection's endpoint when it has one: moto signs with the AWS
 * issuer), or a pool of the connection's own endpoint (issuer = endpoint URL + pool id, as
 * cognito-local issues them); plain `http` only for a loopback endpoint, where nobody can intercept.
 */
export function issuerOf(iss: string, endpoint?: string): IssuerVerdict {
  const aws = AWS_ISSUER.exec(iss)
  if (aws?.[2]) return { ok: true, poolId: aws[2], jwksUrl: jwksUrl(aws[2], endpoint) }
  const base = endpoint?.replace(/\/+$/, '')
  const poolId = base && iss.startsWith(`${base}/`) ? iss.slice(base.length + 1) : undefined
  if (!base || !poolId || !POOL_ID.test(poolId)) return { ok: false, reason: 'notCognito' }
  // Connections already refuse such endpoints; a token must not slip past that rule either.
  if (endpointUrlProblem(base)) return { ok: false, reason: 'insecureIssuer' }
  return { ok: true, poolId, jwksUrl: `${iss}/.well-known/jwks.json` }
}

/** Where a pool's keys are: the issuer's well-known URL, or the same path on an emulator endpoint. */
export function jwksUrl(poolId: string, endpoint?: string): string {
  const region = poolId.split('_')[0] ?? ''
  const base = endpoint ? endpoint.replace(/\/+$/, '') : `https://cognito-idp.${region}.amazonaws.com`
  return `${base}/${poolId}/.well-known/jwks.json`
}

interface CachedJwks {
  jwks: Jwks
  fetchedAt: number
}

/** JWKS per URL, kept in main for an hour; a token whose key is missing triggers one early re-fetch. */
export class JwksCache {
  private readonly entries = new Map<string, CachedJwks>()

  constructor(
    private readonly fetcher: (url: string) => Promise<unknown> = (url) => fetchJsonBounded(url),
    private readonly ttlMs = 3_600_000
  ) {}

  async get(url: string, kid?: string): Promise<CachedJwks> {
    const cached = this.entries.get(url)
    const fresh = cached && Date.now() - cached.fetchedAt < this.ttlMs
    const hasKid = !kid || cached?.jwks.keys.some((k) => k.kid === kid)
    // A missing kid may mean the pool rotated its keys; refetch at most once a minute for it.
    const mayRefetch = !cached || Date.now() - cached.fetchedAt > 60_000
    if (cached && fresh && (hasKid || !mayRefetch)) return cached
    const body = await this.fetcher(url)
    if (typeof body !== 'object' || body === null || !Array.isArray((body as { keys?: unknown }).keys)) {
      throw new AppError('ENDPOINT', `The answer at ${url} is not a JWKS (no "keys" list).`, {
        hint: 'Check the connection’s endpoint; a user pool serves its keys at /POOL_ID/.well-known/jwks.json.',
        params: { url, failure: 'notJwks' }
      })
    }
    const entry = { jwks: body as Jwks, fetchedAt: Date.now() }
    this.entries.set(url, entry)
    return entry
  }

  clear(): void {
    this.entries.clear()
  }
}

export interface InspectOptions {
  expectedPoolId?: string | undefined
  expectedClientId?: string | undefined
  expectedTokenUse?: 'id' | 'access' | undefined
  expectedScopes?: string[] | undefined
  expectedGroups?: string[] | undefined
  /** The connection's custom endpoint, where an emulator serves the JWKS. */
  endpoint?: string | undefined
  /**
   * The OpenID Connect providers of the expected pool, asked only for a token no Cognito pool issued:
   * a token of one of them is verified against the keys its issuer publishes.
   */
  oidcProviders?: (() => Promise<OidcProviderRef[]>) | undefined
  now?: number
}

/** What Cognito signs with; a federated provider's token may use any algorithm the verifier has. */
const COGNITO_ALGORITHMS: readonly string[] = ['RS256']

const sameIssuer = (a: string, b: string) => a.replace(/\/+$/, '') === b.replace(/\/+$/, '')

/** Where a provider's keys are: its JWKS URL when the provider names one, else its discovery document's. */
async function providerJwksUrl(provider: OidcProviderRef): Promise<string> {
  return provider.jwksUri ?? (await discoverOidc(provider.issuer)).jwksUri
}

const check = (
  id: TokenCheck['id'],
  status: TokenCheck['status'],
  reason?: TokenCheckReason,
  params?: Record<string, string | number>
): TokenCheck => ({ id, status, ...(reason ? { reason } : {}), ...(params ? { params } : {}) })

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

/**
 * Decodes a token and runs every check, each with its own verdict, so a person sees all that is wrong
 * at once: algorithm, signature against the pool's JWKS, issuer, audience or client_id, token_use, expiry.
 */
export async function inspectToken(
  token: string,
  jwks: JwksCache,
  options: InspectOptions = {}
): Promise<TokenInspection> {
  const decoded = decodeJwt(token)
  if (!decoded.ok) {
    return { malformed: decoded.reason, checks: [check('format', 'fail', 'malformed')], valid: false }
  }
  const { header, payload } = decoded.token
  const now = options.now ?? Date.now()
  const checks: TokenCheck[] = [check('format', 'pass')]
  const result: TokenInspection = { decoded: decoded.token, checks, valid: false }

  const iss = str(payload.iss) ?? ''
  const issuer = issuerOf(iss, options.endpoint)
  const issuerPoolId = issuer.ok ? issuer.poolId : undefined
  if (issuerPoolId) result.issuerPoolId = issuerPoolId
  const provider =
    !issuer.ok && issuer.reason === 'notCognito' && iss && options.oidcProviders
      ? (await options.oidcProviders()).find((p) => sameIssuer(p.issuer, iss))
      : undefined
  if (provider && options.expectedPoolId)
    result.provider = { name: provider.name, issuer: provider.issuer, poolId: options.expectedPoolId }

  const alg = str(header.alg) ?? ''
  const algorithms = provider ? supportedSignatureAlgorithms : COGNITO_ALGORITHMS
  const algOk = algorithms.includes(alg)
  if (alg.toLowerCase() === 'none' || alg === '')
    checks.push(check('algorithm', 'fail', 'algNone', { alg: alg || '—' }))
  else if (algOk) checks.push(check('algorithm', 'pass', undefined, { alg }))
  else
    checks.push(
      check('algorithm', 'fail', provider ? 'unsupportedProviderAlg' : 'unsupportedAlg', {
        alg,
        supported: algorithms.join(', ')
      })
    )

  // Signature: aws-jwt-verify with the JWKS main fetched (its claim checks are done below, one by one).
  if (!algOk) {
    checks.push(
      check('signature', 'fail', alg.toLowerCase() === 'none' || !alg ? 'algNone' : 'unsupportedAlg')
    )
  } else if (!issuer.ok && !provider) {
    checks.push(check('signature', 'skip', issuer.reason))
  } else {
    let url = issuer.ok ? issuer.jwksUrl : (provider?.issuer ?? iss)
    try {
      if (provider) url = await providerJwksUrl(provider)
      // A provider's discovery document could point anywhere; its keys need the issuer's own care.
      if (provider && endpointUrlProblem(url)) {
        checks.push(check('signature', 'skip', 'insecureKeys', { url }))
      } else {
        const cached = await jwks.get(url, str(header.kid))
        result.jwks = {
          url,
          fetchedAt: new Date(cached.fetchedAt).toISOString(),
          keys: cached.jwks.keys.length
        }
        const verifier = JwtVerifier.create({
          issuer: iss,
          jwksUri: url,
          audience: null,
          // Expiry is its own check below; here only the signature matters.
          graceSeconds: Number.MAX_SAFE_INTEGER / 1000
        })
        verifier.cacheJwks(cached.jwks)
        checks.push(signatureCheck(() => verifier.verifySync(token.replace(/\s+/g, ''))))
      }
    } catch (error) {
      const params = error instanceof AppError ? error.params : undefined
      checks.push(
        check('signature', 'skip', 'jwksUnavailable', {
          url: typeof params?.url === 'string' ? params.url : url,
          error: messageOf(error),
          ...(params?.failure ? { failure: params.failure } : {})
        })
      )
    }
  }

  if (provider)
    checks.push(
      check('issuer', 'pass', undefined, {
        iss,
        provider: provider.name,
        pool: options.expectedPoolId ?? '—'
      })
    )
  else if (!issuer.ok)
    checks.push(
      check(
        'issuer',
        'fail',
        options.oidcProviders && issuer.reason === 'notCognito' ? 'unknownProvider' : issuer.reason,
        {
          iss: iss || '—',
          pool: options.expectedPoolId ?? '—'
        }
      )
    )
  else if (options.expectedPoolId && options.expectedPoolId !== issuer.poolId)
    checks.push(
      check('issuer', 'fail', 'wrongPool', { expected: options.expectedPoolId, actual: issuer.poolId })
    )
  else checks.push(check('issuer', 'pass', undefined, { pool: issuer.poolId }))

  const tokenUse = str(payload.token_use)
  // An OpenID Connect `aud` may be a list; the provider's client ID is the one its tokens are for.
  const audiences = provider
    ? [payload.aud].flat().filter((a): a is string => typeof a === 'string')
    : [tokenUse === 'access' ? str(payload.client_id) : str(payload.aud)].filter((a) => a !== undefined)
  const actual = audiences.join(' ') || '—'
  const expectedClient = options.expectedClientId ?? provider?.clientId
  if (!expectedClient) checks.push(check('audience', 'skip', 'noExpectedClient', { actual }))
  else if (!audiences.includes(expectedClient))
    checks.push(check('audience', 'fail', 'wrongClient', { expected: expectedClient, actual }))
  else checks.push(check('audience', 'pass', undefined, { actual }))

  if (provider) checks.push(check('tokenUse', 'skip', 'federatedToken'))
  else if (tokenUse !== 'id' && tokenUse !== 'access')
    checks.push(check('tokenUse', 'fail', 'missingTokenUse', { actual: tokenUse ?? '—' }))
  else if (options.expectedTokenUse && options.expectedTokenUse !== tokenUse)
    checks.push(
      check('tokenUse', 'fail', 'unexpectedTokenUse', {
        expected: options.expectedTokenUse,
        actual: tokenUse
      })
    )
  else checks.push(check('tokenUse', 'pass', undefined, { actual: tokenUse }))

  const exp = typeof payload.exp === 'number' ? payload.exp : undefined
  const nbf = typeof payload.nbf === 'number' ? payload.nbf : undefined
  if (exp === undefined) checks.push(check('expiry', 'fail', 'missingExp'))
  else if (exp * 1000 <= now) checks.push(check('expiry', 'fail', 'expired', { exp }))
  else if (nbf !== undefined && nbf * 1000 > now) checks.push(check('expiry', 'fail', 'notYetValid', { nbf }))
  else checks.push(check('expiry', 'pass', undefined, { exp }))

  const scopes = str(payload.scope)?.split(' ') ?? []
  const groups = Array.isArray(payload['cognito:groups']) ? payload['cognito:groups'].map(String) : []
  const carried = [
    { id: 'scopes', expected: options.expectedScopes, actual: scopes, reason: 'missingScopes' },
    { id: 'groups', expected: options.expectedGroups, actual: groups, reason: 'missingGroups' }
  ] as const
  for (const { id, expected, actual, reason } of carried) {
    if (!expected?.length) continue
    const missing = expected.filter((e) => !actual.includes(e))
    const params = { expected: expected.join(' '), actual: actual.join(' ') || '—' }
    checks.push(
      missing.length
        ? check(id, 'fail', reason, { ...params, missing: missing.join(' ') })
        : check(id, 'pass', undefined, params)
    )
  }

  const mayBeSkipped = (c: TokenCheck) => c.id === 'audience' || c.reason === 'federatedToken'
  result.valid = checks.every((c) => c.status === 'pass' || (c.status === 'skip' && mayBeSkipped(c)))
  return result
}

function signatureCheck(verify: () => unknown): TokenCheck {
  try {
    verify()
    return check('signature', 'pass')
  } catch (error) {
    if (error instanceof KidNotFoundInJwksError) return check('signature', 'fail', 'unknownKey')
    if (error instanceof JwtInvalidSignatureAlgorithmError)
      return check('signature', 'fail', 'unsupportedAlg')
    if (error instanceof JwtInvalidSignatureError) return check('signature', 'fail', 'badSignature')
    // The library checks the signature before claims: a claim error means the signature held.
    if (error instanceof JwtExpiredError || error instanceof JwtNotBeforeError)
      return check('signature', 'pass')
    return check('signature', 'fail', 'badSignature', { error: messageOf(error) })
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300)
}
