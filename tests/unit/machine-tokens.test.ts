import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
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
  let server: Server
  let baseUrl: string
  const received: { auth?: string; form: URLSearchParams; path?: string }[] = []

  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => resolve(body))
    })

  beforeAll(async () => {
    server = createServer((req, res) => {
      void readBody(req).then((body) => {
        const form = new URLSearchParams(body)
        received.push({ auth: req.headers.authorization, form, path: req.url })
        // RFC 6749 2.3.1: id and secret are form-urlencoded before Base64, so the server decodes both.
        const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
        const [id = '', secret = ''] = Buffer.from(basic, 'base64')
          .toString()
          .split(':')
          .map(decodeURIComponent)
        const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
        const answer = (status: number, json: object) => {
          res.writeHead(status, { 'content-type': 'application/json' })
          res.end(JSON.stringify(json))
        }
        if (id !== 'machine' || secret !== SECRET) return answer(401, { error: 'invalid_client' })
        if (form.get('grant_type') !== 'client_credentials')
          return answer(400, { error: 'unsupported_grant_type' })
        if (scopes.some((s) => !CLIENT.AllowedOAuthScopes?.includes(s)))
          return answer(400, { error: 'invalid_scope' })
        answer(200, { access_token: 'm2m.access.token', token_type: 'Bearer', expires_in: 3600 })
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    mock.restore()
    await new Promise((resolve) => server.close(resolve))
  })
  beforeEach(() => {
    mock.reset()
    received.length = 0
    mock.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: CLIENT })
    // A pool of an emulator may name a server on this machine as its custom domain (reached over http).
    mock
      .on(DescribeUserPoolCommand)
      .resolves({ UserPool: { Id: POOL, Domain: baseUrl.slice('http://'.length) } })
  })

  it('posts the client_credentials grant with Basic authentication and the two scopes', async () => {
    const scopes = ['api.example.com/read', 'api.example.com/write']
    const token = await machineToken(idp, {
      poolId: POOL,
      clientId: 'machine',
      method: 'tokenEndpoint',
      scopes
    })
    expect(token).toMatchObject({ accessToken: 'm2m.access.token', expiresIn: 3600, scopes })
    expect(received).toHaveLength(1)
    expect(received[0]?.path).toBe('/oauth2/token')
    expect(received[0]?.form.get('grant_type')).toBe('client_credentials')
    expect(received[0]?.form.get('scope')).toBe('api.example.com/read api.example.com/write')
    // The secret goes only in the Authorization header, never in the body or the copied code.
    expect(received[0]?.form.toString()).not.toContain(SECRET)
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
    received.length = 0
    await expect(
      machineToken(idp, { poolId: POOL, clientId: 'machine', method: 'tokenEndpoint', scopes: ['other/x'] })
    ).rejects.toMatchObject({ code: 'VALIDATION', params: { scopes: 'other/x' } })
    expect(received).toHaveLength(0)
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
    expect(received).toHaveLength(0)
  })
})
