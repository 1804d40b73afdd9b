import type {
  GetOpenIdTokenForDeveloperIdentityCommandInput,
  GetOpenIdTokenForDeveloperIdentityCommandOutput
} from '@aws-sdk/client-cognito-identity'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import type { LabRunRequest } from '@shared/contract/credentialsLab'
import { createHarness, type Harness } from '../support/harness'
import { identityPoolInput } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
const PROVIDER = 'login.example.com'
let h: Harness
let poolId: string
let stops: (() => void)[] = []

const developer = (source: Partial<{ userIdentifier: string; identityId: string; tokenDuration: number }>) =>
  ({
    identityPoolId: poolId,
    flow: 'enhanced',
    source: { kind: 'developer', userIdentifier: 'user-1', ...source }
  }) satisfies LabRunRequest

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (
    await h.ok(
      'identityPools',
      'create',
      identityPoolInput(`devlab_${run}`, { developerProviderName: PROVIDER })
    )
  ).pool.id
})
afterAll(() => h?.dispose())
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

describe('credentials lab: developer provider source against moto', () => {
  it('gets the identity and token of a back-end user id, then credentials with the token under cognito-identity.amazonaws.com', async () => {
    const result = await h.ok('credentialsLab', 'run', developer({}))
    expect(result.failure).toBeUndefined()
    expect(result.steps.map((s) => [s.name, s.ok])).toEqual([
      ['GetOpenIdTokenForDeveloperIdentity', true],
      ['GetCredentialsForIdentity', true],
      ['GetCallerIdentity', true]
    ])
    expect(result.steps[0]?.request).toEqual({ IdentityPoolId: poolId, Logins: { [PROVIDER]: 'user-1' } })
    expect(result.identityId).toMatch(/^us-east-1:[0-9a-f-]+$/)
    expect(Object.keys(result.logins)).toEqual(['cognito-identity.amazonaws.com'])
    // A developer login is unlinked with UnlinkDeveloperIdentity: the run keeps no token for UnlinkIdentity.
    expect(result.runId).toBeUndefined()
    expect(result.credentials?.accessKeyId).toBeTruthy()
    // moto's token is a random identity id, not a JWT: the result says so rather than showing claims.
    expect(result.openIdToken).toMatchObject({ step: 'GetOpenIdTokenForDeveloperIdentity' })
    expect(result.openIdToken?.claims).toBeUndefined()

    await h.ctx.audit.flush()
    const entry = (await h.ok('audit', 'list', { operation: 'GetOpenIdTokenForDeveloperIdentity' }))
      .entries[0]
    expect(entry).toMatchObject({ result: 'ok' })
    expect(JSON.stringify(entry)).not.toContain('user-1')
  })

  it('links to an existing identity and asks for the token duration given', async () => {
    const existing = 'us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd'
    const result = await h.ok(
      'credentialsLab',
      'run',
      developer({ userIdentifier: 'user-2', identityId: existing, tokenDuration: 3600 })
    )
    expect(result.steps[0]?.request).toEqual({
      IdentityPoolId: poolId,
      Logins: { [PROVIDER]: 'user-2' },
      IdentityId: existing,
      TokenDuration: 3600
    })
    expect(result.identityId).toBe(existing)
  })

  it('explains a pool without a developer provider, before any call', async () => {
    const plain = (await h.ok('identityPools', 'create', identityPoolInput(`devlab_plain_${run}`))).pool.id
    const result = await h.ok('credentialsLab', 'run', { ...developer({}), identityPoolId: plain })
    expect(result.steps).toEqual([])
    expect(result.failure).toMatchObject({
      reason: 'NO_DEVELOPER_PROVIDER',
      error: { hint: expect.stringContaining('developer provider name') }
    })
  })

  it('refuses in main what Cognito would refuse, by the shared rule’s reason', async () => {
    for (const [source, reason] of [
      [{ tokenDuration: 86_401 }, 'durationRange'],
      [{ tokenDuration: 0 }, 'durationRange'],
      [{ identityId: 'eu-west-1:0000aaaa-1111-bbbb-2222-cccc3333dddd' }, 'identityIdRegion'],
      [{ identityId: 'nonsense' }, 'identityIdFormat'],
      [{ userIdentifier: '   ' }, 'userIdMissing']
    ] as const) {
      expect(await h.call('credentialsLab', 'run', developer(source))).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', params: { reason } }
      })
    }
  })

  it('is refused on a read-only connection: GetOpenIdTokenForDeveloperIdentity creates and links identities', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const result = await ro.ok('credentialsLab', 'run', developer({}))
      expect(result.failure?.error.code).toBe('READ_ONLY')
      expect(result.credentials).toBeUndefined()
    } finally {
      ro.dispose()
    }
  })
})

describe('credentials lab: the developer token’s claims', () => {
  it('decodes the claims of the JWT Cognito issues, and never returns the token itself', async () => {
    // moto 5.2.1 answers GetOpenIdTokenForDeveloperIdentity with an opaque random id, where Cognito
    // issues a JWT: the answer is given in the client (SDK-typed) to show the claims are decoded.
    const identityId = 'us-east-1:1111aaaa-2222-bbbb-3333-cccc4444dddd'
    const claims = {
      iss: 'https://cognito-identity.amazonaws.com',
      sub: identityId,
      aud: poolId,
      amr: ['authenticated', PROVIDER, `${PROVIDER}:${poolId}:user-3`],
      iat: 1_800_000_000,
      exp: 1_800_003_600
    }
    const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
    const jwt = `${b64({ alg: 'RS512', kid: 'k' })}.${b64(claims)}.${'s'.repeat(86)}`
    const sent: GetOpenIdTokenForDeveloperIdentityCommandInput[] = []
    stops.push(
      answerOperation(
        h.ctx.connections.active().clients.identity,
        'GetOpenIdTokenForDeveloperIdentityCommand',
        (input: GetOpenIdTokenForDeveloperIdentityCommandInput) => {
          sent.push(input)
          return { IdentityId: identityId, Token: jwt } satisfies Omit<
            GetOpenIdTokenForDeveloperIdentityCommandOutput,
            '$metadata'
          >
        }
      )
    )
    const result = await h.ok(
      'credentialsLab',
      'run',
      developer({ userIdentifier: 'user-3', tokenDuration: 60 })
    )
    expect(sent).toEqual([{ IdentityPoolId: poolId, Logins: { [PROVIDER]: 'user-3' }, TokenDuration: 60 }])
    expect(result.identityId).toBe(identityId)
    expect(result.openIdToken?.claims).toEqual(claims)
    expect(result.openIdToken?.preview).not.toBe(jwt)
    expect(JSON.stringify(result)).not.toContain(jwt)
  })
})
