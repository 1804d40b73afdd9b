import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'

const PASSWORD = 'Lab-Test-Passw0rd!'
let h: Harness
let idp: CognitoIdentityProviderClient
let poolId: string
let clientId: string

async function createUser(username: string): Promise<void> {
  await idp.send(
    new AdminCreateUserCommand({ UserPoolId: poolId, Username: username, MessageAction: 'SUPPRESS' })
  )
  await idp.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: poolId,
      Username: username,
      Password: PASSWORD,
      Permanent: true
    })
  )
}

const signIn = (username: string) =>
  h.ok('testLogin', 'start', { poolId, clientId, flow: 'USER_PASSWORD_AUTH', username, password: PASSWORD })

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  idp = h.ctx.connections.active().clients.idp
  const pool = await idp.send(new CreateUserPoolCommand({ PoolName: `lab-it-${Date.now()}` }))
  poolId = pool.UserPool?.Id ?? ''
  const client = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'lab-app',
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
    })
  )
  clientId = client.UserPoolClient?.ClientId ?? ''
  for (const name of ['gina', 'hal']) await createUser(name)
})

afterAll(() => h?.dispose())

describe('what global sign-out does to issued tokens (moto)', () => {
  it('refreshes with REFRESH_TOKEN_AUTH where the client does not rotate refresh tokens', async () => {
    const target = await h.ok('testLogin', 'target', { poolId, clientId })
    expect(target.refreshRotation).toBeUndefined()
    const login = await signIn('hal')
    const refreshed = await h.ok('testLogin', 'refresh', { loginId: login.loginId })
    expect(refreshed.tokens?.accessToken).not.toBe(login.tokens?.accessToken)
    expect(refreshed.tokens?.refreshToken).toBe(login.tokens?.refreshToken)
    expect(refreshed.lifecycle.rotatedAt).toBeUndefined()
    expect(refreshed.history.filter((e) => e.call).at(-1)?.call).toMatchObject({
      operation: 'InitiateAuth',
      input: { AuthFlow: 'REFRESH_TOKEN_AUTH', AuthParameters: { REFRESH_TOKEN: '<REFRESH_TOKEN>' } }
    })
  })

  it('after GlobalSignOut, GetUser refuses the access token and the refresh is refused, while the signature still verifies', async () => {
    const login = await signIn('gina')
    const before = await h.ok('testLogin', 'probe', { loginId: login.loginId, check: 'accessToken' })
    expect(before.lifecycle.probes.at(-1)).toMatchObject({
      check: 'accessToken',
      operation: 'GetUser',
      accepted: true
    })

    const signedOut = await h.ok('testLogin', 'globalSignOut', { loginId: login.loginId })
    expect(signedOut.lifecycle.signedOutAt).toBeTruthy()

    const access = await h.ok('testLogin', 'probe', { loginId: login.loginId, check: 'accessToken' })
    expect(access.lifecycle.probes.at(-1)).toMatchObject({
      operation: 'GetUser',
      accepted: false,
      errorName: 'NotAuthorizedException'
    })
    const refresh = await h.ok('testLogin', 'probe', { loginId: login.loginId, check: 'refresh' })
    expect(refresh.lifecycle.probes.at(-1)).toMatchObject({
      operation: 'REFRESH_TOKEN_AUTH',
      accepted: false,
      errorName: 'NotAuthorizedException'
    })

    // The access token is refused by Cognito's user APIs, yet its signature and expiry still check out.
    const inspected = await h.ok('tokens', 'inspect', { token: login.tokens?.accessToken ?? '' })
    expect(inspected.checks.find((c) => c.id === 'signature')?.status).toBe('pass')
    expect(inspected.valid).toBe(true)
    // No token reaches the history: every recorded call has placeholders.
    expect(JSON.stringify(refresh.history)).not.toContain(login.tokens?.accessToken ?? '-')
    expect(JSON.stringify(refresh.history)).not.toContain(login.tokens?.refreshToken ?? '-')
  })
})
