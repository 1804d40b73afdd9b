import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  RevokeTokenCommand,
  type UserPoolClientType
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { LoginSessions } from '../../src/main/cognito/login-sessions'
import { refreshLogin } from '../../src/main/cognito/testLogin'
import { probeLogin, revokeLogin } from '../../src/main/cognito/token-lifecycle'

/**
 * moto 5.2.1 has neither GetTokensFromRefreshToken (refresh-token rotation) nor RevokeToken, so the
 * rotation and revocation run against a mocked client answering as the SDK types Cognito's outputs.
 */
const POOL = 'eu-west-1_Rotate1'
const SECRET = 'client-secret-never-shown'
const CLIENT: UserPoolClientType = {
  UserPoolId: POOL,
  ClientId: 'rotating',
  ClientName: 'rotating-app',
  ClientSecret: SECRET,
  ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
  EnableTokenRevocation: true
}
const revoked = () =>
  Object.assign(new Error('Refresh Token has been revoked'), { name: 'NotAuthorizedException' })

describe('refresh-token rotation and revocation (mocked Cognito)', () => {
  const idp = new CognitoIdentityProviderClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' }
  })
  const mock = mockClient(idp)
  let logins: LoginSessions
  const deps = () => ({ idp, logins, connectionId: 'conn' })

  function signedIn(): string {
    const login = logins.create({
      connectionId: 'conn',
      poolId: POOL,
      clientId: 'rotating',
      region: 'eu-west-1',
      username: 'ann',
      method: 'USER_PASSWORD_AUTH',
      clientSecret: SECRET
    })
    login.tokens = {
      accessToken: 'access-1',
      idToken: 'id-1',
      refreshToken: 'refresh-1',
      tokenType: 'Bearer',
      expiresIn: 3600,
      issuedAt: new Date().toISOString()
    }
    return login.loginId
  }

  beforeEach(() => {
    mock.reset()
    logins = new LoginSessions()
    mock.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: CLIENT })
    mock.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: POOL } })
  })
  afterAll(() => mock.restore())

  it('rotates with GetTokensFromRefreshToken, then the rotated-out token is refused and the new one revoked', async () => {
    const loginId = signedIn()
    mock
      .on(GetTokensFromRefreshTokenCommand, { RefreshToken: 'refresh-1' })
      .resolves({
        AuthenticationResult: { AccessToken: 'access-2', IdToken: 'id-2', RefreshToken: 'refresh-2' }
      })
      .on(GetTokensFromRefreshTokenCommand, { RefreshToken: 'refresh-2' })
      .rejects(revoked())
    const rotated = await refreshLogin(deps(), loginId)
    expect(rotated.tokens).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' })
    expect(rotated.lifecycle).toMatchObject({ graceSeconds: 10, rotatedAt: expect.any(String) })
    // REFRESH_TOKEN_AUTH does not work with rotation; the client secret goes as ClientSecret.
    expect(mock.commandCalls(InitiateAuthCommand)).toHaveLength(0)
    expect(mock.commandCalls(GetTokensFromRefreshTokenCommand)[0]?.args[0].input).toEqual({
      ClientId: 'rotating',
      RefreshToken: 'refresh-1',
      ClientSecret: SECRET
    })

    mock.on(GetTokensFromRefreshTokenCommand, { RefreshToken: 'refresh-1' }).rejects(revoked())
    const old = await probeLogin(deps(), loginId, 'previousRefresh')
    expect(old.lifecycle.probes.at(-1)).toMatchObject({
      check: 'previousRefresh',
      operation: 'GetTokensFromRefreshToken',
      accepted: false,
      errorName: 'NotAuthorizedException'
    })
    // A probe never replaces the login's tokens.
    expect(old.tokens?.refreshToken).toBe('refresh-2')

    mock.on(RevokeTokenCommand).resolves({})
    const after = await revokeLogin(deps(), loginId)
    expect(after.lifecycle.revokedAt).toBeTruthy()
    expect(mock.commandCalls(RevokeTokenCommand)[0]?.args[0].input).toEqual({
      ClientId: 'rotating',
      Token: 'refresh-2',
      ClientSecret: SECRET
    })
    const proof = await probeLogin(deps(), loginId, 'refresh')
    expect(proof.lifecycle.probes.at(-1)).toMatchObject({ check: 'refresh', accepted: false })

    const shown = JSON.stringify(proof)
    expect(shown).not.toContain(SECRET)
    expect(JSON.stringify(proof.history)).not.toMatch(/refresh-1|refresh-2|access-/)
  })

  it('shows a rotated-out token still accepted inside the grace period', async () => {
    const loginId = signedIn()
    mock
      .on(GetTokensFromRefreshTokenCommand)
      .resolves({ AuthenticationResult: { AccessToken: 'access-2', RefreshToken: 'refresh-2' } })
    await refreshLogin(deps(), loginId)
    const probe = await probeLogin(deps(), loginId, 'previousRefresh')
    expect(probe.lifecycle.probes.at(-1)).toMatchObject({ accepted: true })
    expect(probe.tokens?.refreshToken).toBe('refresh-2')
  })

  it('refuses to revoke through a client without token revocation, and a probe of a token never rotated', async () => {
    mock
      .on(DescribeUserPoolClientCommand)
      .resolves({ UserPoolClient: { ...CLIENT, EnableTokenRevocation: false } })
    const loginId = signedIn()
    await expect(revokeLogin(deps(), loginId)).rejects.toMatchObject({
      code: 'PRECONDITION',
      message: 'This app client does not allow token revocation.'
    })
    expect(mock.commandCalls(RevokeTokenCommand)).toHaveLength(0)
    await expect(probeLogin(deps(), loginId, 'previousRefresh')).rejects.toMatchObject({
      code: 'PRECONDITION'
    })
  })
})
