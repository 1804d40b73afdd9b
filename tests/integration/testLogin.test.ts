import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolDomainCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  SetUserPoolMfaConfigCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { TOTP } from 'otpauth'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { LoginView, PasswordFlow } from '@shared/contract/testLogin'
import { respondToChallenge, startLogin } from '../../src/main/cognito/testLogin'
import { LoginSessions } from '../../src/main/cognito/login-sessions'
import { decodeJwt } from '../../src/main/cognito/tokens'
import {
  authorizeUrl,
  codeFromRedirect,
  createPkce,
  exchangeCode,
  hostedUiLogin,
  isRedirectTo
} from '../../src/main/cognito/hosted-ui'
import type { AuthWindowOpener } from '../../src/main/context'
import { createHarness, type Harness } from '../support/harness'

const PASSWORD = 'Auth-Test-Passw0rd!'
const TEMP = 'Temp-Test-Passw0rd!'
const NEW_PASSWORD = 'Changed-Passw0rd!2'

let h: Harness
let idp: CognitoIdentityProviderClient
let poolId: string
let allFlows: string
let withSecret: string
let srpOnly: string
let mfaPoolId: string
let mfaClient: string

/** Starts a test login through the channel: the main pool, its client with every flow and the permanent password unless given. */
function signIn(
  login: { flow: PasswordFlow; username: string; poolId?: string; clientId?: string; password?: string },
  via: Harness = h
): Promise<LoginView> {
  return via.ok('testLogin', 'start', { poolId, clientId: allFlows, password: PASSWORD, ...login })
}

async function createUser(pool: string, username: string, options: { permanent?: boolean } = {}) {
  await idp.send(
    new AdminCreateUserCommand({
      UserPoolId: pool,
      Username: username,
      TemporaryPassword: TEMP,
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }]
    })
  )
  if (options.permanent !== false) {
    await idp.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: pool,
        Username: username,
        Password: PASSWORD,
        Permanent: true
      })
    )
  }
}

async function createClient(pool: string, name: string, flows: string[], secret = false): Promise<string> {
  const created = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: pool,
      ClientName: name,
      GenerateSecret: secret,
      ExplicitAuthFlows: flows as never
    })
  )
  return created.UserPoolClient?.ClientId ?? ''
}

function payloadOf(token: string | undefined): Record<string, unknown> {
  const decoded = decodeJwt(token ?? '')
  if (!decoded.ok) throw new Error(decoded.reason)
  return decoded.token.payload
}

function expectSignedIn(view: LoginView, username: string, clientId: string): void {
  expect(view.status).toBe('signedIn')
  expect(view.challenge).toBeUndefined()
  const id = payloadOf(view.tokens?.idToken)
  expect(id['cognito:username']).toBe(username)
  expect(id.token_use).toBe('id')
  expect(id.aud).toBe(clientId)
  expect(payloadOf(view.tokens?.accessToken).token_use).toBe('access')
  expect(view.tokens?.refreshToken).toBeTruthy()
}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  idp = h.ctx.connections.active().clients.idp
  const stamp = Date.now()
  const pool = await idp.send(new CreateUserPoolCommand({ PoolName: `auth-it-${stamp}` }))
  poolId = pool.UserPool?.Id ?? ''
  const every = [
    'ALLOW_USER_PASSWORD_AUTH',
    'ALLOW_USER_SRP_AUTH',
    'ALLOW_ADMIN_USER_PASSWORD_AUTH',
    'ALLOW_REFRESH_TOKEN_AUTH'
  ]
  allFlows = await createClient(poolId, 'all-flows', every)
  withSecret = await createClient(poolId, 'with-secret', every, true)
  srpOnly = await createClient(poolId, 'srp-only', ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'])
  for (const name of ['ann', 'ben', 'cy', 'dee', 'sms-user']) await createUser(poolId, name)
  await createUser(poolId, 'newbie', { permanent: false })
  await createUser(poolId, 'gone')
  await idp.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: 'gone' }))

  const mfaPool = await idp.send(
    new CreateUserPoolCommand({ PoolName: `auth-mfa-${stamp}`, MfaConfiguration: 'ON' })
  )
  mfaPoolId = mfaPool.UserPool?.Id ?? ''
  await idp.send(
    new SetUserPoolMfaConfigCommand({
      UserPoolId: mfaPoolId,
      MfaConfiguration: 'ON',
      SoftwareTokenMfaConfiguration: { Enabled: true }
    })
  )
  mfaClient = await createClient(mfaPoolId, 'mfa-app', every)
  await createUser(mfaPoolId, 'totp-user')
})

afterAll(() => h?.dispose())

describe('test logins against moto', () => {
  it('signs in with each password flow', async () => {
    const users = { USER_PASSWORD_AUTH: 'ann', ADMIN_USER_PASSWORD_AUTH: 'ben', USER_SRP_AUTH: 'cy' } as const
    for (const [flow, username] of Object.entries(users) as [keyof typeof users, string][]) {
      const view = await signIn({ flow, username })
      expectSignedIn(view, username, allFlows)
      expect(view.method).toBe(flow)
      expect(view.history.map((e) => e.kind)).toContain('signedIn')
    }
  })

  it('signs in through a client with a secret (SECRET_HASH computed in main) and refreshes', async () => {
    const target = await h.ok('testLogin', 'target', { poolId, clientId: withSecret })
    expect(target.client.hasSecret).toBe(true)
    expect(JSON.stringify(target)).not.toMatch(/ClientSecret/)
    expect(target.capabilities.find((c) => c.flow === 'USER_SRP_AUTH')?.reasons.map((r) => r.code)).toContain(
      'secretHash'
    )
    // moto checks SECRET_HASH on the SRP start and on refresh, so a wrong hash would fail here.
    const view = await signIn({ clientId: withSecret, flow: 'USER_SRP_AUTH', username: 'dee' })
    expectSignedIn(view, 'dee', withSecret)
    expect(JSON.stringify(view)).not.toContain('clientSecret')
    const refreshed = await h.ok('testLogin', 'refresh', { loginId: view.loginId })
    expect(refreshed.tokens?.accessToken).not.toBe(view.tokens?.accessToken)
    expect(refreshed.tokens?.refreshToken).toBe(view.tokens?.refreshToken)
    expect(refreshed.history.at(-1)?.kind).toBe('refreshed')
  })

  it('walks a FORCE_CHANGE_PASSWORD user through NEW_PASSWORD_REQUIRED', async () => {
    const first = await signIn({ flow: 'USER_PASSWORD_AUTH', username: 'newbie', password: TEMP })
    expect(first.status).toBe('challenge')
    expect(first.challenge).toMatchObject({
      name: 'NEW_PASSWORD_REQUIRED',
      supported: true,
      sessionMinutes: 3
    })
    const left = new Date(first.challenge?.expiresAt ?? 0).getTime() - Date.now()
    expect(left).toBeGreaterThan(170_000)
    expect(left).toBeLessThanOrEqual(180_000)

    const weak = await h.call('testLogin', 'respond', {
      loginId: first.loginId,
      answer: { challenge: 'NEW_PASSWORD_REQUIRED', newPassword: 'short', attributes: {} }
    })
    expect(weak).toMatchObject({ ok: false, error: { code: 'INVALID_PASSWORD' } })

    const done = await h.ok('testLogin', 'respond', {
      loginId: first.loginId,
      answer: {
        challenge: 'NEW_PASSWORD_REQUIRED',
        newPassword: NEW_PASSWORD,
        attributes: { name: 'New Bie' }
      }
    })
    expectSignedIn(done, 'newbie', allFlows)
    const again = await signIn({ flow: 'USER_SRP_AUTH', username: 'newbie', password: NEW_PASSWORD })
    expect(again.status).toBe('signedIn')
  })

  it('sets up a TOTP authenticator at MFA_SETUP, then answers SOFTWARE_TOKEN_MFA with a computed code', async () => {
    const signInTotpUser = () =>
      signIn({ poolId: mfaPoolId, clientId: mfaClient, flow: 'USER_SRP_AUTH', username: 'totp-user' })
    const first = await signInTotpUser()
    expect(first.challenge?.name).toBe('MFA_SETUP')
    expect(first.challenge?.mfaOptions).toContain('SOFTWARE_TOKEN_MFA')
    const setup = await h.ok('testLogin', 'setupTotp', { loginId: first.loginId })
    expect(setup.secretCode).toMatch(/^[A-Za-z2-7]+=*$/)
    expect(setup.otpauthUri).toContain(`secret=${setup.secretCode}`)
    expect(setup.qrDataUrl).toMatch(/^data:image\/png;base64,/)
    const totp = new TOTP({ secret: setup.secretCode, digits: 6, period: 30 })
    const done = await h.ok('testLogin', 'respond', {
      loginId: first.loginId,
      answer: { challenge: 'MFA_SETUP', code: totp.generate() }
    })
    expectSignedIn(done, 'totp-user', mfaClient)

    const second = await signInTotpUser()
    expect(second.challenge?.name).toBe('SOFTWARE_TOKEN_MFA')
    const wrongStep = await h.call('testLogin', 'respond', {
      loginId: second.loginId,
      answer: { challenge: 'SMS_MFA', code: '123456' }
    })
    expect(wrongStep).toMatchObject({ ok: false, error: { code: 'PRECONDITION' } })
    const signedIn = await h.ok('testLogin', 'respond', {
      loginId: second.loginId,
      answer: { challenge: 'SOFTWARE_TOKEN_MFA', code: totp.generate() }
    })
    expectSignedIn(signedIn, 'totp-user', mfaClient)
  })

  it('answers SMS_MFA with the code sent to the phone', async () => {
    await idp.send(
      new AdminSetUserMFAPreferenceCommand({
        UserPoolId: poolId,
        Username: 'sms-user',
        SMSMfaSettings: { Enabled: true, PreferredMfa: true }
      })
    )
    const first = await signIn({ flow: 'USER_PASSWORD_AUTH', username: 'sms-user' })
    expect(first.challenge?.name).toBe('SMS_MFA')
    const done = await h.ok('testLogin', 'respond', {
      loginId: first.loginId,
      answer: { challenge: 'SMS_MFA', code: '123456' }
    })
    expectSignedIn(done, 'sms-user', allFlows)
  })

  it('signs in and answers MFA on a read-only connection, but refuses to set a new password there', async () => {
    await createUser(poolId, 'ro-newbie', { permanent: false })
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const srp = await signIn({ flow: 'USER_SRP_AUTH', username: 'sms-user' }, ro)
      expect(srp.challenge?.name).toBe('SMS_MFA')
      const done = await ro.ok('testLogin', 'respond', {
        loginId: srp.loginId,
        answer: { challenge: 'SMS_MFA', code: '654321' }
      })
      expect(done.status).toBe('signedIn')
      const invited = await signIn({ flow: 'USER_PASSWORD_AUTH', username: 'ro-newbie', password: TEMP }, ro)
      const refused = await ro.call('testLogin', 'respond', {
        loginId: invited.loginId,
        answer: { challenge: 'NEW_PASSWORD_REQUIRED', newPassword: NEW_PASSWORD, attributes: {} }
      })
      expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    } finally {
      ro.dispose()
    }
  })

  it('explains a wrong password, a disabled user, an unknown user and a flow the client does not allow', async () => {
    const start = (
      username: string,
      password: string,
      clientId = allFlows,
      flow = 'USER_PASSWORD_AUTH' as const
    ) => h.call('testLogin', 'start', { poolId, clientId, flow, username, password })
    expect(await start('ann', 'Wrong-Passw0rd!')).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORIZED', message: 'Cognito refused the username and password.' }
    })
    expect(await start('gone', PASSWORD)).toMatchObject({
      ok: false,
      error: { code: 'NOT_AUTHORIZED', message: expect.stringContaining('This user is disabled') }
    })
    expect(await start('nobody', PASSWORD)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('No user with that username') }
    })
    expect(await start('ann', PASSWORD, srpOnly)).toMatchObject({
      ok: false,
      error: {
        code: 'NOT_AUTHORIZED',
        message: 'App client “srp-only” does not allow USER_PASSWORD_AUTH.',
        hint: expect.stringContaining('ALLOW_USER_PASSWORD_AUTH')
      }
    })
    // Failed sign-ins leave nothing behind in memory.
    const { logins } = await h.ok('testLogin', 'list', {})
    expect(logins.every((l) => l.username !== 'nobody' && l.username !== 'gone')).toBe(true)
  })

  it('keeps logins in memory only, exposes the ID token to the credentials lab, and clears them', async () => {
    const view = await signIn({ flow: 'USER_PASSWORD_AUTH', username: 'ann' })
    const forLab = h.ctx.logins.idToken(view.loginId)
    expect(forLab).toEqual({
      idToken: view.tokens?.idToken,
      poolId,
      region: 'us-east-1',
      clientId: allFlows,
      providerName: `cognito-idp.us-east-1.amazonaws.com/${poolId}`
    })
    // Nothing of the login reaches the app's data folder (settings, audit log).
    for (const file of readdirSync(h.dataDir, { recursive: true, withFileTypes: true })) {
      if (!file.isFile()) continue
      const text = readFileSync(join(file.parentPath, file.name), 'utf8')
      expect(text).not.toContain(view.tokens?.accessToken)
      expect(text).not.toContain(PASSWORD)
    }
    const one = await h.ok('testLogin', 'clear', { loginId: view.loginId })
    expect(one.cleared).toBe(1)
    expect(await h.call('testLogin', 'get', { loginId: view.loginId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
    const all = await h.ok('testLogin', 'clear', {})
    expect(all.cleared).toBeGreaterThan(0)
    expect((await h.ok('testLogin', 'list', {})).logins).toEqual([])
  })

  it('verifies a moto token against the JWKS served at the endpoint, and names the wrong pool or client', async () => {
    const view = await signIn({ flow: 'USER_PASSWORD_AUTH', username: 'ann' })
    const idToken = view.tokens?.idToken ?? ''
    const good = await h.ok('tokens', 'inspect', {
      token: idToken,
      expectedPoolId: poolId,
      expectedClientId: allFlows
    })
    expect(good.valid).toBe(true)
    expect(good.jwks?.url).toBe(`${inject('motoEndpoint')}/${poolId}/.well-known/jwks.json`)
    expect(good.checks.find((c) => c.id === 'signature')?.status).toBe('pass')

    const access = await h.ok('tokens', 'inspect', {
      token: view.tokens?.accessToken ?? '',
      expectedClientId: allFlows,
      expectedTokenUse: 'access'
    })
    expect(access.valid).toBe(true)

    const wrongPool = await h.ok('tokens', 'inspect', { token: idToken, expectedPoolId: mfaPoolId })
    expect(wrongPool.valid).toBe(false)
    expect(wrongPool.checks.find((c) => c.id === 'issuer')).toMatchObject({
      status: 'fail',
      reason: 'wrongPool'
    })
    const wrongClient = await h.ok('tokens', 'inspect', { token: idToken, expectedClientId: srpOnly })
    expect(wrongClient.checks.find((c) => c.id === 'audience')).toMatchObject({
      status: 'fail',
      reason: 'wrongClient'
    })

    const [head, body, sig] = idToken.split('.')
    const payload = JSON.parse(Buffer.from(body ?? '', 'base64url').toString()) as Record<string, unknown>
    const forged = Buffer.from(JSON.stringify({ ...payload, 'cognito:username': 'admin' })).toString(
      'base64url'
    )
    const tampered = await h.ok('tokens', 'inspect', { token: `${head}.${forged}.${sig}` })
    expect(tampered.checks.find((c) => c.id === 'signature')).toMatchObject({
      status: 'fail',
      reason: 'badSignature'
    })
    expect(tampered.valid).toBe(false)

    const huge = await h.call('tokens', 'inspect', { token: 'a'.repeat(70_000) })
    expect(huge).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })
})

describe('managed login (hosted UI) against a local token endpoint', () => {
  let server: Server
  let base: string
  const seen: { authorize?: URL; token?: URLSearchParams; authorization?: string } = {}

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', base)
      if (url.pathname === '/oauth2/authorize') {
        seen.authorize = url
        const back = new URL(url.searchParams.get('redirect_uri') ?? '')
        back.searchParams.set('code', 'the-code')
        back.searchParams.set('state', url.searchParams.get('state') ?? '')
        res.writeHead(302, { location: back.toString() }).end()
        return
      }
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        const form = new URLSearchParams(body)
        seen.token = form
        seen.authorization = req.headers.authorization
        const challenge = createHash('sha256')
          .update(form.get('code_verifier') ?? '')
          .digest('base64url')
        const ok =
          form.get('grant_type') === 'authorization_code' &&
          form.get('code') === 'the-code' &&
          challenge === seen.authorize?.searchParams.get('code_challenge')
        res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' }).end(
          JSON.stringify(
            ok
              ? {
                  id_token: 'h.e.y',
                  access_token: 'a.b.c',
                  refresh_token: 'r',
                  expires_in: 3600,
                  token_type: 'Bearer'
                }
              : { error: 'invalid_grant' }
          )
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  /** Stands in for the Electron window: follows the authorize URL and returns where it redirects. */
  const opener: AuthWindowOpener = {
    async open(url) {
      const res = await fetch(url, { redirect: 'manual' })
      return res.headers.get('location') ?? ''
    }
  }

  it('opens the authorize URL with PKCE, catches the redirect and exchanges the code', async () => {
    await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: poolId, Domain: `auth-it-${Date.now()}` }))
    const created = await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: poolId,
        ClientName: 'hosted',
        GenerateSecret: true,
        CallbackURLs: ['http://localhost:3000/callback'],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO']
      })
    )
    const clientId = created.UserPoolClient?.ClientId ?? ''
    const deps = { idp, logins: h.ctx.logins, connectionId: h.ctx.connections.active().connection.id }
    const view = await hostedUiLogin(
      deps,
      opener,
      { poolId, clientId, redirectUri: 'http://localhost:3000/callback' },
      { baseUrl: base }
    )
    const q = seen.authorize?.searchParams
    expect(q?.get('response_type')).toBe('code')
    expect(q?.get('client_id')).toBe(clientId)
    expect(q?.get('scope')).toBe('openid email')
    expect(q?.get('code_challenge_method')).toBe('S256')
    expect(q?.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(seen.token?.get('redirect_uri')).toBe('http://localhost:3000/callback')
    expect(seen.authorization).toMatch(/^Basic /)
    expect(Buffer.from(seen.authorization?.slice(6) ?? '', 'base64').toString()).toMatch(
      new RegExp(`^${clientId}:.+`)
    )
    expect(view).toMatchObject({
      method: 'HOSTED_UI',
      status: 'signedIn',
      tokens: { accessToken: 'a.b.c', refreshToken: 'r' }
    })

    await expect(
      hostedUiLogin(
        deps,
        opener,
        { poolId, clientId, redirectUri: 'https://evil.example/cb' },
        { baseUrl: base }
      )
    ).rejects.toMatchObject({ code: 'INVALID_PARAMETER' })
    await expect(
      hostedUiLogin(deps, undefined, { poolId, clientId, redirectUri: 'http://localhost:3000/callback' })
    ).rejects.toMatchObject({ code: 'NOT_SUPPORTED' })
  })
})

describe('managed login pieces', () => {
  it('builds the authorize URL with PKCE S256 and the identity provider', () => {
    const pkce = createPkce('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')
    // RFC 7636 appendix B: this verifier gives this challenge.
    expect(pkce.challenge).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM')
    expect(createPkce().verifier).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const url = new URL(
      authorizeUrl({
        baseUrl: 'https://demo.auth.eu-west-1.amazoncognito.com',
        clientId: 'abc',
        redirectUri: 'myapp://cb',
        scopes: ['openid', 'profile'],
        state: 'st',
        codeChallenge: pkce.challenge,
        identityProvider: 'Google'
      })
    )
    expect(url.origin + url.pathname).toBe('https://demo.auth.eu-west-1.amazoncognito.com/oauth2/authorize')
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'abc',
      redirect_uri: 'myapp://cb',
      scope: 'openid profile',
      state: 'st',
      code_challenge: pkce.challenge,
      code_challenge_method: 'S256',
      identity_provider: 'Google'
    })
  })

  it('catches only the callback URL and refuses a wrong state or an OAuth error', () => {
    expect(isRedirectTo('http://localhost:3000/callback?code=1', 'http://localhost:3000/callback')).toBe(true)
    expect(isRedirectTo('http://localhost:3000/other?code=1', 'http://localhost:3000/callback')).toBe(false)
    expect(isRedirectTo('https://evil.example/callback', 'http://localhost:3000/callback')).toBe(false)
    expect(codeFromRedirect('http://x/cb?code=c1&state=s', 's')).toBe('c1')
    expect(() => codeFromRedirect('http://x/cb?code=c1&state=other', 's')).toThrow(/state does not match/)
    expect(() =>
      codeFromRedirect('http://x/cb?error=access_denied&error_description=User+cancelled', 's')
    ).toThrow(/access_denied/)
  })

  it('explains a code the token endpoint refuses', async () => {
    const fake: typeof fetch = async () =>
      new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400 })
    await expect(
      exchangeCode({
        baseUrl: 'https://x.example',
        clientId: 'abc',
        code: 'used',
        redirectUri: 'http://localhost/cb',
        codeVerifier: 'v',
        fetch: fake
      })
    ).rejects.toMatchObject({ code: 'NOT_AUTHORIZED', message: expect.stringContaining('invalid_grant') })
  })
})

/**
 * moto 5.2.1 never raises SELECT_MFA_TYPE or EMAIL_OTP, never lists required attributes in
 * NEW_PASSWORD_REQUIRED and ignores AuthSessionValidity, so those steps run against a mocked client
 * that answers as Cognito documents it.
 */
describe('challenges moto does not raise (mocked Cognito)', () => {
  const POOL = 'eu-west-1_Mock123'
  const idpMock = new CognitoIdentityProviderClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' }
  })
  const mock = mockClient(idpMock)
  const deps = () => ({ idp: idpMock, logins: new LoginSessions(), connectionId: 'conn' })

  beforeAll(() => {
    mock.on(DescribeUserPoolClientCommand).resolves({
      UserPoolClient: {
        UserPoolId: POOL,
        ClientId: 'mockclient',
        ClientName: 'mock',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        AuthSessionValidity: 5
      }
    })
    mock.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: POOL } })
  })
  afterAll(() => mock.restore())

  it('walks SELECT_MFA_TYPE then EMAIL_OTP with the internal username and the chained sessions', async () => {
    mock.on(InitiateAuthCommand).resolves({
      ChallengeName: 'SELECT_MFA_TYPE',
      Session: 's1',
      ChallengeParameters: { USERNAME: 'internal-id', MFAS_CAN_CHOOSE: '["SMS_MFA","EMAIL_OTP"]' }
    })
    mock
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'SELECT_MFA_TYPE' })
      .resolves({
        ChallengeName: 'EMAIL_OTP',
        Session: 's2',
        ChallengeParameters: {
          CODE_DELIVERY_DESTINATION: 'a***@e***',
          CODE_DELIVERY_DELIVERY_MEDIUM: 'EMAIL'
        }
      })
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'EMAIL_OTP' })
      .resolves({
        AuthenticationResult: { AccessToken: 'a.b.c', IdToken: 'i.d.t', RefreshToken: 'r', ExpiresIn: 3600 }
      })
    const d = deps()
    const first = await startLogin(d, {
      poolId: POOL,
      clientId: 'mockclient',
      flow: 'USER_PASSWORD_AUTH',
      username: 'ann@example.com',
      password: 'x'
    })
    expect(first.challenge).toMatchObject({
      name: 'SELECT_MFA_TYPE',
      mfaOptions: ['SMS_MFA', 'EMAIL_OTP'],
      sessionMinutes: 5
    })
    const otp = await respondToChallenge(d, first.loginId, {
      challenge: 'SELECT_MFA_TYPE',
      mfaType: 'EMAIL_OTP'
    })
    expect(otp.challenge).toMatchObject({
      name: 'EMAIL_OTP',
      deliveryDestination: 'a***@e***',
      deliveryMedium: 'EMAIL'
    })
    const done = await respondToChallenge(d, first.loginId, { challenge: 'EMAIL_OTP', code: '12345678' })
    expect(done).toMatchObject({ status: 'signedIn', tokens: { accessToken: 'a.b.c', refreshToken: 'r' } })

    const answers = mock.commandCalls(RespondToAuthChallengeCommand).map((c) => c.args[0].input)
    expect(answers).toEqual([
      expect.objectContaining({
        Session: 's1',
        ChallengeResponses: { USERNAME: 'internal-id', ANSWER: 'EMAIL_OTP' }
      }),
      expect.objectContaining({
        Session: 's2',
        ChallengeResponses: { USERNAME: 'internal-id', EMAIL_OTP_CODE: '12345678' }
      })
    ])
  })

  it('lists the attributes NEW_PASSWORD_REQUIRED asks for and sends them with the userAttributes. prefix', async () => {
    mock.on(InitiateAuthCommand).resolves({
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: 'n1',
      ChallengeParameters: {
        USERNAME: 'bob',
        requiredAttributes: '["userAttributes.name","userAttributes.custom:plan"]',
        userAttributes: '{"email":"bob@example.com","email_verified":"true"}'
      }
    })
    mock
      .on(RespondToAuthChallengeCommand, { ChallengeName: 'NEW_PASSWORD_REQUIRED' })
      .resolves({ AuthenticationResult: { AccessToken: 'a.b.c', ExpiresIn: 3600 } })
    const d = deps()
    const first = await startLogin(d, {
      poolId: POOL,
      clientId: 'mockclient',
      flow: 'USER_PASSWORD_AUTH',
      username: 'bob',
      password: 'x'
    })
    expect(first.challenge).toMatchObject({
      requiredAttributes: ['name', 'custom:plan'],
      userAttributes: { email: 'bob@example.com', email_verified: 'true' }
    })
    await respondToChallenge(d, first.loginId, {
      challenge: 'NEW_PASSWORD_REQUIRED',
      newPassword: 'N3w-Passw0rd!',
      attributes: { name: 'Bob', 'custom:plan': 'pro' }
    })
    const last = mock.commandCalls(RespondToAuthChallengeCommand).at(-1)?.args[0].input
    expect(last?.ChallengeResponses).toEqual({
      USERNAME: 'bob',
      NEW_PASSWORD: 'N3w-Passw0rd!',
      'userAttributes.name': 'Bob',
      'userAttributes.custom:plan': 'pro'
    })
  })

  it('explains an expired challenge session and a flow refused by Cognito itself', async () => {
    mock
      .on(InitiateAuthCommand)
      .resolves({ ChallengeName: 'SMS_MFA', Session: 'e1', ChallengeParameters: {} })
    mock.on(RespondToAuthChallengeCommand, { ChallengeName: 'SMS_MFA' }).rejects(
      Object.assign(new Error('Invalid session for the user, session is expired.'), {
        name: 'NotAuthorizedException'
      })
    )
    const d = deps()
    const first = await startLogin(d, {
      poolId: POOL,
      clientId: 'mockclient',
      flow: 'USER_PASSWORD_AUTH',
      username: 'cy',
      password: 'x'
    })
    await expect(
      respondToChallenge(d, first.loginId, { challenge: 'SMS_MFA', code: '123456' })
    ).rejects.toMatchObject({
      code: 'EXPIRED_CODE',
      message: 'The sign-in session expired before the challenge was answered.'
    })
    mock.on(InitiateAuthCommand).rejects(
      Object.assign(new Error('USER_PASSWORD_AUTH flow not enabled for this client'), {
        name: 'InvalidParameterException'
      })
    )
    await expect(
      startLogin(d, {
        poolId: POOL,
        clientId: 'mockclient',
        flow: 'USER_PASSWORD_AUTH',
        username: 'cy',
        password: 'x'
      })
    ).rejects.toMatchObject({
      code: 'NOT_AUTHORIZED',
      message: 'This app client does not allow USER_PASSWORD_AUTH.',
      params: { setting: 'ALLOW_USER_PASSWORD_AUTH' }
    })
  })
})
