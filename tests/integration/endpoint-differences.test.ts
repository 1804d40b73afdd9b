import {
  AdminCreateUserCommand,
  AdminListDevicesCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  GetCSVHeaderCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { TokenInspection } from '@shared/contract/tokens'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { toAppError } from '../../src/main/aws/errors'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy'
import { createHarness, type Harness } from '../support/harness'

/**
 * What a Cognito-compatible endpoint other than AWS does differently, and the message each gives:
 * an operation it lacks (moto 5.2.1 answers those with an HTML 500, cognito-local with
 * UnsupportedError), no STS at all, a wrong password answered with InvalidPasswordException, and
 * tokens whose issuer is the endpoint itself.
 */

const PASSWORD = 'Endpoint-Passw0rd!'
const run = Date.now().toString(36)
let direct: Harness
let proxy: FaultProxy
let h: Harness | undefined
let poolId: string
let clientId: string

beforeAll(async () => {
  direct = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = direct.ctx.connections.active().clients.idp
  poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: `endpoints-${run}` }))).UserPool
    ?.Id as string
  clientId = (
    await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: 'password-login',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
      })
    )
  ).UserPoolClient?.ClientId as string
  await idp.send(
    new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'ann', MessageAction: 'SUPPRESS' })
  )
  await idp.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: 'ann',
      Password: PASSWORD,
      Permanent: true
    })
  )
  proxy = await startFaultProxy({ target: inject('motoEndpoint') })
})

afterEach(() => {
  h?.dispose()
  h = undefined
  proxy.set({ failWith: undefined, failOperations: undefined, cognitoOnly: false })
})

afterAll(async () => {
  direct?.dispose()
  await proxy?.close()
})

describe('an operation the endpoint does not offer', () => {
  it('is named, against moto itself, instead of blaming the endpoint URL', async () => {
    const idp = direct.ctx.connections.active().clients.idp
    for (const [operation, command] of [
      ['AdminListDevices', new AdminListDevicesCommand({ UserPoolId: poolId, Username: 'ann' })],
      ['GetCSVHeader', new GetCSVHeaderCommand({ UserPoolId: poolId })]
    ] as const) {
      const error = await idp.send(command as AdminListDevicesCommand).catch((e: unknown) => e)
      expect(toAppError(error)).toMatchObject({
        code: 'UNSUPPORTED_OPERATION',
        message: `This endpoint does not offer ${operation}.`,
        params: { operation },
        hint: expect.stringContaining('Emulators implement only part of Cognito')
      })
    }
  })

  it('is asked once, not retried, whether the endpoint answers an HTML 500 or UnsupportedError', async () => {
    h = await createHarness({ endpoint: proxy.endpoint, maxAttempts: 3 })
    const idp = h.ctx.connections.active().clients.idp
    const listDevices = () =>
      idp.send(new AdminListDevicesCommand({ UserPoolId: poolId, Username: 'ann' })).catch((e: unknown) => e)

    const fromMoto = toAppError(await listDevices())
    expect(fromMoto).toMatchObject({
      code: 'UNSUPPORTED_OPERATION',
      detail: expect.stringContaining('HTTP 500')
    })
    expect(fromMoto.retryable).toBeUndefined()
    expect(proxy.stats.byOperation.AdminListDevices?.forwarded).toBe(1)

    // cognito-local's answer to an operation it lacks.
    proxy.set({
      failWith: {
        type: 'UnsupportedError',
        message: 'Unsupported x-amz-target header "AWSCognitoIdentityProviderService.AdminListDevices"',
        status: 500
      },
      failOperations: ['AdminListDevices']
    })
    expect(toAppError(await listDevices())).toMatchObject({
      code: 'UNSUPPORTED_OPERATION',
      message: 'This endpoint does not offer AdminListDevices.'
    })
    expect(proxy.stats.byOperation.AdminListDevices?.failed).toBe(1)
  })

  it('reaches the screen through the router with the operation named', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint') })
    const result = await h.call('identityPools', 'describeIdentity', {
      identityId: 'us-east-1:11111111-2222-3333-4444-555555555555'
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_OPERATION', params: { operation: 'DescribeIdentity' } }
    })
  })
})

describe('an endpoint without STS', () => {
  it('says it has no STS and still shows that Cognito answers', async () => {
    proxy.set({ cognitoOnly: true })
    h = await createHarness({ endpoint: proxy.endpoint })
    const test = await h.ok('connections', 'test', {})
    expect(test.identity).toEqual({ ok: false, noSts: true })
    expect(test.account).toBeUndefined()
    expect(test.cognito).toMatchObject({ ok: true })
    if (test.cognito.ok) expect(test.cognito.userPools).toBeGreaterThan(0)
  })

  it('still reports a dead endpoint as a failure, not as a missing STS', async () => {
    h = await createHarness({ endpoint: 'http://127.0.0.1:9' })
    const test = await h.ok('connections', 'test', {})
    expect(test.identity).toMatchObject({ ok: false, error: { code: 'ENDPOINT' } })
  })
})

describe('a wrong password at sign-in', () => {
  const signIn = (password: string) =>
    h?.call('testLogin', 'start', { poolId, clientId, flow: 'USER_PASSWORD_AUTH', username: 'ann', password })

  it('reads as a wrong password when the endpoint answers NotAuthorizedException (moto, AWS)', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint') })
    expect(await signIn('Wrong-Passw0rd!')).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORIZED', message: 'Cognito refused the username and password.' }
    })
  })

  it('reads as a wrong password when the endpoint answers InvalidPasswordException (cognito-local)', async () => {
    proxy.set({
      failWith: { type: 'InvalidPasswordException', message: 'Invalid password' },
      failOperations: ['InitiateAuth']
    })
    h = await createHarness({ endpoint: proxy.endpoint })
    expect(await signIn('Wrong-Passw0rd!')).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_AUTHORIZED',
        name: 'InvalidPasswordException',
        message: 'Cognito refused the username and password.',
        hint: expect.stringContaining('Check the password')
      }
    })
  })
})

describe('a token issued through a custom endpoint', () => {
  // moto signs with the AWS-style issuer; cognito-local issues `ENDPOINT/POOL_ID`. A key made here and
  // a small server publishing it stand in for such an endpoint's JWKS, and record what was asked.
  const POOL = 'local_Pool1Abc'
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: 'local-1', alg: 'RS256', use: 'sig' }
  const asked: string[] = []
  const jwksServer = createServer((req, res) => {
    asked.push(req.url ?? '')
    const body = JSON.stringify({ keys: [jwk] })
    res.writeHead(req.url === `/${POOL}/.well-known/jwks.json` ? 200 : 404, {
      'Content-Type': 'application/json'
    })
    res.end(body)
  })
  let endpoint: string
  beforeAll(async () => {
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve))
    endpoint = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())))

  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  function tokenFrom(iss: string, key: KeyObject = privateKey): string {
    const now = Math.floor(Date.now() / 1000)
    const head = b64({ alg: 'RS256', kid: 'local-1' })
    const body = b64({ sub: 'a1', iss, aud: 'client1', token_use: 'id', iat: now, exp: now + 600 })
    return `${head}.${body}.${sign('RSA-SHA256', Buffer.from(`${head}.${body}`), key).toString('base64url')}`
  }
  const checkOf = (r: TokenInspection, id: string) => r.checks.find((c) => c.id === id)

  it('is verified against that endpoint’s JWKS', async () => {
    h = await createHarness({ endpoint })
    const result = await h.ok('tokens', 'inspect', { token: tokenFrom(`${endpoint}/${POOL}`) })
    expect(result.valid).toBe(true)
    expect(result.issuerPoolId).toBe(POOL)
    expect(checkOf(result, 'issuer')).toMatchObject({ status: 'pass', params: { pool: POOL } })
    expect(result.jwks?.url).toBe(`${endpoint}/${POOL}/.well-known/jwks.json`)
    expect(asked).toContain(`/${POOL}/.well-known/jwks.json`)

    const forged = await h.ok('tokens', 'inspect', {
      token: tokenFrom(`${endpoint}/${POOL}`, stranger.privateKey)
    })
    expect(checkOf(forged, 'signature')).toMatchObject({ status: 'fail', reason: 'badSignature' })
  })

  it('is refused when the endpoint is not the active connection’s', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint') })
    const before = asked.length
    const elsewhere = await h.ok('tokens', 'inspect', { token: tokenFrom(`${endpoint}/${POOL}`) })
    expect(checkOf(elsewhere, 'issuer')).toMatchObject({ status: 'fail', reason: 'notCognito' })
    expect(checkOf(elsewhere, 'signature')).toMatchObject({ status: 'skip', reason: 'notCognito' })
    expect(asked.length).toBe(before)
  })
})
