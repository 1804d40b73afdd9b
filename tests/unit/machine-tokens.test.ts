import {
  CognitoIdentityProviderClient,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  GetClientTokenCommand,
  type UserPoolClientType
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cliSnippet } from '@shared/code-snippets'
import { machineToken } from '../../src/main/cognito/machine-tokens'
import { serveTokenEndpoint } from '../support/token-endpoint'

const POOL = 'eu-west-1_Machine1'
const SECRET = 'machine-secret-value'
const CLIENT: UserPoolClientType = {
  UserPoolId: POOL,
  ClientId: 'machine',
  ClientName: 'backend',
  ClientSecret: SECRET,
  AllowedOAuthFlowsUserPoolClient: true,
  AllowedOAuthFlows: ['client_credentials'],
  AllowedOAuthScopes: ['api.example.com/read', 'api.example.com/write', 'api.example.com/admin']
}

/**
 * moto 5.2.1 has neither GetClientToken nor a pool domain's /oauth2/token: GetClientToken is mocked
 * (SDK-typed), and the token endpoint is a local server that checks the grant, the client's Basic
 * authentication and the scopes, answering as Cognito's endpoint does.
 */
describe('machine-to-machine tokens', () => {
  const idp = new CognitoIdentityProviderClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'y' }
  })
  const mock = mockClient(idp)
  let endpoint: Awaited<ReturnType<typeof serveTokenEndpoint>>
  const received = () => endpoint.requests

  beforeAll(async () => {
    endpoint = await serveTokenEndpoint({
      poolId: POOL,
      clientId: 'machine',
      secret: SECRET,
      allowedScopes: CLIENT.AllowedOAuthScopes ?? []
    })
  })
  afterAll(async () => {
    mock.restore()
    await endpoint.close()
  })
  beforeEach(() => {
    mock.reset()
    endpoint.requests.length = 0
    mock.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: CLIENT })
    // A pool of an emulator may name a server on this machine as its custom domain (reached over http).
    mock.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: POOL, Domain: endpoint.host } })
  })

  it('posts the client_credentials grant with Basic authentication and the two scopes', async () => {
    const scopes = ['api.example.com/read', 'api.example.com/write']
    const token = await machineToken(idp, {
      poolId: POOL,
      clientId: 'machine',
      method: 'tokenEndpoint',
      scopes
    })
    expect(token).toMatchObject({ expiresIn: 3600, scopes })
    expect(token.accessToken.split('.')).toHaveLength(3)
    expect(received()).toEqual([
      expect.objectContaining({
        path: '/oauth2/token',
        grantType: 'client_credentials',
        clientId: 'machine',
        secretMatched: true,
        scopes
      })
    ])
    // The secret goes only in the Authorization header, never in the body or the copied code.
    expect(received()[0]?.body).not.toContain(SECRET)
    expect(JSON.stringify(token.call)).not.toContain(SECRET)
    expect(cliSnippet(token.call)).toContain("-u '<CLIENT_ID>:<CLIENT_SECRET>'")
  })

  it('explains the endpoint refusing a scope, and refuses a scope the client does not allow before sending', async () => {
    mock.on(DescribeUserPoolClientCommand).resolves({
      UserPoolClient: {
        ...CLIENT,
        AllowedOAuthScopes: [...(CLIENT.AllowedOAuthScopes ?? []), 'api.example.com/gone']
      }
    })
    await expect(
      machineToken(idp, {
        poolId: POOL,
        clientId: 'machine',
        method: 'tokenEndpoint',
        scopes: ['api.example.com/gone']
      })
    ).rejects.toMatchObject({ code: 'NOT_AUTHORIZED', message: expect.stringContaining('invalid_scope') })

    mock.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: CLIENT })
    endpoint.requests.length = 0
    await expect(
      machineToken(idp, { poolId: POOL, clientId: 'machine', method: 'tokenEndpoint', scopes: ['other/x'] })
    ).rejects.toMatchObject({ code: 'VALIDATION', params: { scopes: 'other/x' } })
    expect(received()).toHaveLength(0)
  })

  it('gets the token by GetClientToken with the secret read in main', async () => {
    mock.on(GetClientTokenCommand).resolves({
      ClientAuthenticationResult: { AccessToken: 'api.token.value', ExpiresIn: 900, TokenType: 'Bearer' }
    })
    const token = await machineToken(idp, {
      poolId: POOL,
      clientId: 'machine',
      method: 'GetClientToken',
      scopes: ['api.example.com/read']
    })
    expect(token).toMatchObject({ accessToken: 'api.token.value', expiresIn: 900 })
    expect(mock.commandCalls(GetClientTokenCommand)[0]?.args[0].input).toEqual({
      ClientId: 'machine',
      Secret: SECRET,
      Scopes: ['api.example.com/read']
    })
    expect(token.call.input).toEqual({
      ClientId: 'machine',
      Secret: '<SECRET>',
      Scopes: ['api.example.com/read']
    })
  })

  it('refuses a client without a secret or the client_credentials grant', async () => {
    mock.on(DescribeUserPoolClientCommand).resolves({
      UserPoolClient: { ...CLIENT, ClientSecret: undefined, AllowedOAuthFlows: ['code'] }
    })
    await expect(
      machineToken(idp, { poolId: POOL, clientId: 'machine', method: 'GetClientToken', scopes: [] })
    ).rejects.toMatchObject({ code: 'PRECONDITION', name: 'ClientCredentialsNotAllowed' })
    expect(mock.commandCalls(GetClientTokenCommand)).toHaveLength(0)
  })

  it('refuses the token endpoint for a pool without a domain before sending, naming the reason', async () => {
    mock.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: POOL } })
    await expect(
      machineToken(idp, { poolId: POOL, clientId: 'machine', method: 'tokenEndpoint', scopes: [] })
    ).rejects.toMatchObject({ code: 'PRECONDITION', params: { reason: 'noTokenEndpoint' } })
    expect(received()).toHaveLength(0)
  })
})
