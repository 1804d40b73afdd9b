import { execFileSync } from 'node:child_process'
import {
  AdminGetUserCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'

const PASSWORD = 'Sign-Up-Passw0rd!'
const NEW_PASSWORD = 'Recovered-Passw0rd!'
let h: Harness
let idp: CognitoIdentityProviderClient
let poolId: string
/** A server-side client with a secret: every call carries SECRET_HASH. */
let secretClient: { id: string; secret: string }
/** A public client: no secret, no SECRET_HASH. */
let publicClientId: string

const statusOf = async (username: string) =>
  (await idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }))).UserStatus

/** SECRET_HASH as openssl computes it, independently of the console's own code. */
const opensslHash = (secret: string, message: string) =>
  execFileSync('openssl', ['dgst', '-sha256', '-hmac', secret, '-binary'], { input: message }).toString(
    'base64'
  )

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  idp = h.ctx.connections.active().clients.idp
  const pool = await idp.send(
    new CreateUserPoolCommand({
      PoolName: `self-service-it-${Date.now()}`,
      AutoVerifiedAttributes: ['email'],
      Policies: { PasswordPolicy: { MinimumLength: 10, RequireNumbers: true } },
      Schema: [{ Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }]
    })
  )
  poolId = pool.UserPool?.Id ?? ''
  const withSecret = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'server-app',
      GenerateSecret: true,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
    })
  )
  secretClient = {
    id: withSecret.UserPoolClient?.ClientId ?? '',
    secret: withSecret.UserPoolClient?.ClientSecret ?? ''
  }
  const open = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'web-app',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
    })
  )
  publicClientId = open.UserPoolClient?.ClientId ?? ''
})

afterAll(() => h?.dispose())

describe('sign-up as an app runs it (moto)', () => {
  it('signs up through a client with a secret: SECRET_HASH computed in main, shown only as a placeholder, and the code delivery', async () => {
    const sent: Record<string, unknown>[] = []
    // Reads what goes on the wire: moto does not check SECRET_HASH, so the test checks it.
    idp.middlewareStack.add(
      (next) => async (args) => {
        sent.push((args as { input: Record<string, unknown> }).input)
        return next(args)
      },
      { step: 'initialize', name: 'recordSelfServiceInput' }
    )
    try {
      const step = await h.ok('selfService', 'signUp', {
        poolId,
        clientId: secretClient.id,
        username: 'ivy',
        password: PASSWORD,
        attributes: { email: 'ivy@example.com' }
      })
      expect(step.secretHash).toBe(true)
      expect(step.call.input).toMatchObject({
        ClientId: secretClient.id,
        Username: 'ivy',
        Password: '<PASSWORD>',
        SecretHash: '<SECRET_HASH>',
        UserAttributes: [{ Name: 'email', Value: 'ivy@example.com' }]
      })
      expect(JSON.stringify(step)).not.toContain(PASSWORD)
      expect(step.userConfirmed).toBe(false)
      expect(step.deliveries[0]).toMatchObject({ medium: 'EMAIL', attributeName: 'email' })
      const signUp = sent.find((input) => input.Username === 'ivy' && 'Password' in input)
      expect(signUp?.SecretHash).toBe(opensslHash(secretClient.secret, `ivy${secretClient.id}`))
    } finally {
      idp.middlewareStack.remove('recordSelfServiceInput')
    }
    expect(await statusOf('ivy')).toBe('UNCONFIRMED')

    const confirmed = await h.ok('selfService', 'confirmSignUp', {
      poolId,
      clientId: secretClient.id,
      username: 'ivy',
      confirmationCode: '123456'
    })
    expect(confirmed.call.input).toMatchObject({ ConfirmationCode: '<CONFIRMATION_CODE>' })
    expect(await statusOf('ivy')).toBe('CONFIRMED')
  })

  it('refuses before sending what the pool’s rules refuse, and words what Cognito refuses', async () => {
    const base = { poolId, clientId: publicClientId, username: 'jon' }
    const short = await h.call('selfService', 'signUp', {
      ...base,
      password: 'short1',
      attributes: { email: 'jon@example.com' }
    })
    expect(short.ok ? null : short.error.code).toBe('INVALID_PASSWORD')
    const missing = await h.call('selfService', 'signUp', { ...base, password: PASSWORD, attributes: {} })
    expect(missing.ok ? null : missing.error.code).toBe('INVALID_PARAMETER')
    expect(missing.ok ? '' : missing.error.message).toContain('email')
    await expect(statusOf('jon')).rejects.toThrow()

    await h.ok('selfService', 'signUp', {
      ...base,
      password: PASSWORD,
      attributes: { email: 'jon@example.com' }
    })
    const again = await h.call('selfService', 'signUp', {
      ...base,
      password: PASSWORD,
      attributes: { email: 'jon@example.com' }
    })
    expect(again.ok ? null : again.error.code).toBe('ALREADY_EXISTS')
  })
})

describe('recovery and the signed-in user’s own calls (moto)', () => {
  const base = () => ({ poolId, clientId: publicClientId, username: 'kim' })

  beforeAll(async () => {
    await h.ok('selfService', 'signUp', {
      ...base(),
      password: PASSWORD,
      attributes: { email: 'kim@example.com' }
    })
    await h.ok('selfService', 'confirmSignUp', { ...base(), confirmationCode: '000000' })
  })

  it('sends a reset code, refuses a wrong one, and sets the new password with the right one', async () => {
    const sent = await h.ok('selfService', 'forgotPassword', base())
    expect(sent.deliveries[0]).toMatchObject({ medium: 'EMAIL', attributeName: 'email' })
    // moto hands its code back in a response header; Cognito only emails it.
    expect(sent.exposedCode).toMatch(/^moto-confirmation-code:\d{6}$/)

    const wrong = await h.call('selfService', 'confirmForgotPassword', {
      ...base(),
      confirmationCode: 'moto-confirmation-code:000000',
      password: NEW_PASSWORD
    })
    expect(wrong.ok ? null : wrong.error.code).toBe('EXPIRED_CODE')

    await h.ok('selfService', 'confirmForgotPassword', {
      ...base(),
      confirmationCode: sent.exposedCode ?? '',
      password: NEW_PASSWORD
    })
    const login = await h.ok('testLogin', 'start', {
      ...base(),
      flow: 'USER_PASSWORD_AUTH',
      password: NEW_PASSWORD
    })
    expect(login.status).toBe('signedIn')
  })

  it('reads and updates the user with the access token of a test login, and changes the password', async () => {
    const login = await h.ok('testLogin', 'start', {
      ...base(),
      flow: 'USER_PASSWORD_AUTH',
      password: NEW_PASSWORD
    })
    const before = await h.ok('selfService', 'getUser', { loginId: login.loginId })
    expect(before.attributes?.email).toBe('kim@example.com')
    expect(before.call.input).toEqual({ AccessToken: '<ACCESS_TOKEN>' })

    await h.ok('selfService', 'updateAttributes', { loginId: login.loginId, attributes: { name: 'Kim Lee' } })
    const after = await h.ok('selfService', 'getUser', { loginId: login.loginId })
    expect(after.attributes?.name).toBe('Kim Lee')

    const bad = await h.call('selfService', 'updateAttributes', {
      loginId: login.loginId,
      attributes: { email: 'not-an-email' }
    })
    expect(bad.ok ? null : bad.error.code).toBe('INVALID_PARAMETER')

    const changed = await h.ok('selfService', 'changePassword', {
      loginId: login.loginId,
      previousPassword: NEW_PASSWORD,
      proposedPassword: PASSWORD
    })
    expect(changed.call.input).toEqual({
      AccessToken: '<ACCESS_TOKEN>',
      PreviousPassword: '<PREVIOUS_PASSWORD>',
      ProposedPassword: '<PROPOSED_PASSWORD>'
    })
    const again = await h.ok('testLogin', 'start', {
      ...base(),
      flow: 'USER_PASSWORD_AUTH',
      password: PASSWORD
    })
    expect(again.status).toBe('signedIn')
  })
})
