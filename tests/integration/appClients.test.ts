import {
  AddUserPoolClientSecretCommand,
  CognitoIdentityProviderClient,
  DeleteUserPoolClientSecretCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListUserPoolClientSecretsCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { clientCapabilities } from '@shared/capabilities'
import { rotateClientSecret } from '../../src/main/cognito/appClients'
import { createHarness, type Harness } from '../support/harness'
import { plainPool, clientSettings as settings } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`clients-${run}`))).id
})
afterAll(() => h?.dispose())

describe('app clients against moto', () => {
  it('creates a client with a secret and never returns the secret outside revealSecret', async () => {
    const created = await h.ok('appClients', 'create', {
      poolId,
      generateSecret: true,
      ...settings('backend', { tokenValidity: { accessMinutes: 30, idMinutes: 15, refreshDays: 7 } })
    })
    expect(created).toMatchObject({
      name: 'backend',
      hasSecret: true,
      explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      tokenValidity: { accessMinutes: 30, idMinutes: 15, refreshDays: 7 }
    })
    const real = await h.ctx.connections
      .active()
      .clients.idp.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: created.clientId }))
    const secret = real.UserPoolClient?.ClientSecret ?? ''
    expect(secret.length).toBeGreaterThan(8)

    const { clients } = await h.ok('appClients', 'list', { poolId })
    const described = await h.ok('appClients', 'describe', { poolId, clientId: created.clientId })
    for (const answer of [created, clients, described]) expect(JSON.stringify(answer)).not.toContain(secret)

    expect(await h.ok('appClients', 'revealSecret', { poolId, clientId: created.clientId })).toEqual({
      secret
    })
  })

  it('reproduces create-user-pool-client then update-user-pool-client --explicit-auth-flows', async () => {
    const created = await h.ok('appClients', 'create', {
      poolId,
      generateSecret: true,
      ...settings('MyAppClient', { explicitAuthFlows: [] })
    })
    const before = clientCapabilities({ ...created, domain: created.poolDomain })
    expect(before.find((c) => c.flow === 'USER_PASSWORD_AUTH')).toMatchObject({
      works: false,
      reasons: [{ code: 'notEnabled', setting: 'ALLOW_USER_PASSWORD_AUTH' }]
    })

    const updated = await h.ok('appClients', 'update', {
      poolId,
      clientId: created.clientId,
      ...settings('MyAppClient', {
        explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']
      })
    })
    expect(updated.explicitAuthFlows).toEqual(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'])
    expect(updated.hasSecret).toBe(true)
    const after = clientCapabilities({ ...updated, domain: updated.poolDomain })
    expect(after.find((c) => c.flow === 'USER_PASSWORD_AUTH')).toEqual({
      flow: 'USER_PASSWORD_AUTH',
      works: true,
      reasons: [
        { code: 'enabled', setting: 'ALLOW_USER_PASSWORD_AUTH', severity: 'info' },
        { code: 'secretHash', severity: 'info' }
      ]
    })
    expect(after.find((c) => c.flow === 'USER_SRP_AUTH')?.works).toBe(false)
    expect(after.find((c) => c.flow === 'HOSTED_UI_CODE')?.reasons.map((r) => r.code)).toEqual([
      'oauthDisabled',
      'codeGrantMissing',
      'noCallbackUrl',
      'noDomain'
    ])
  })

  it('edits OAuth settings and keeps the secret', async () => {
    const created = await h.ok('appClients', 'create', { poolId, generateSecret: false, ...settings('web') })
    expect(created.hasSecret).toBe(false)
    const updated = await h.ok('appClients', 'update', {
      poolId,
      clientId: created.clientId,
      ...settings('web-renamed', {
        allowedOAuthFlowsUserPoolClient: true,
        allowedOAuthFlows: ['code'],
        allowedOAuthScopes: ['openid', 'email'],
        callbackUrls: ['https://app.example.com/callback', 'http://localhost:3000/callback'],
        logoutUrls: ['https://app.example.com/']
      })
    })
    expect(updated).toMatchObject({
      name: 'web-renamed',
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['code'],
      callbackUrls: ['https://app.example.com/callback', 'http://localhost:3000/callback']
    })
    const revealed = await h.call('appClients', 'revealSecret', { poolId, clientId: created.clientId })
    expect(revealed).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION', message: 'App client web-renamed has no secret.' }
    })
  })

  it('refuses a bad callback URL with what Cognito accepts', async () => {
    for (const [url, message] of [
      ['not a url', 'Enter a full URL such as https://app.example.com/callback.'],
      ['http://app.example.com/cb', 'Use https://, or http://localhost for development'],
      ['https://app.example.com/cb#token', 'A callback URL cannot contain a fragment']
    ] as const) {
      const result = await h.call('appClients', 'create', {
        poolId,
        generateSecret: false,
        ...settings('bad-url', { callbackUrls: [url] })
      })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', message: expect.stringContaining(message) }
      })
    }
  })

  it('refuses a client name Cognito would refuse', async () => {
    const result = await h.call('appClients', 'create', {
      poolId,
      generateSecret: false,
      ...settings('web/app?')
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining('An app client name may contain letters')
      }
    })
  })

  it('says moto cannot rotate a secret, and deletes a client', async () => {
    const created = await h.ok('appClients', 'create', {
      poolId,
      generateSecret: true,
      ...settings('to-delete')
    })
    const rotate = await h.call('appClients', 'rotateSecret', { poolId, clientId: created.clientId })
    expect(rotate).toMatchObject({
      ok: false,
      error: {
        code: 'UNSUPPORTED_OPERATION',
        message: 'This endpoint does not offer secret rotation (AddUserPoolClientSecret).'
      }
    })
    await h.ok('appClients', 'delete', { poolId, clientId: created.clientId })
    const gone = await h.call('appClients', 'describe', { poolId, clientId: created.clientId })
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('rotates: adds a secret and deletes the older ones', async () => {
    // moto 5.2.1 lacks the client-secret API (Add/List/DeleteUserPoolClientSecret): mocked as AWS answers.
    const mock = mockClient(CognitoIdentityProviderClient)
    try {
      const client = { UserPoolId: poolId, ClientId: 'abc123', ClientName: 'server', ClientSecret: 'old' }
      mock.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: client })
      mock.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: poolId, Name: 'p' } })
      mock
        .on(AddUserPoolClientSecretCommand)
        .resolves({ ClientSecretDescriptor: { ClientSecretId: 'new-id' } })
      mock.on(ListUserPoolClientSecretsCommand).resolves({
        ClientSecrets: [{ ClientSecretId: 'old-id' }, { ClientSecretId: 'new-id' }]
      })
      mock.on(DeleteUserPoolClientSecretCommand).resolves({})
      const result = await rotateClientSecret(
        new CognitoIdentityProviderClient({ region: 'us-east-1' }),
        poolId,
        'abc123'
      )
      expect(result.removedSecrets).toBe(1)
      expect(
        mock.commandCalls(DeleteUserPoolClientSecretCommand).map((c) => c.args[0].input.ClientSecretId)
      ).toEqual(['old-id'])
      expect(JSON.stringify(result)).not.toContain('"old"')
    } finally {
      mock.restore()
    }
  })
})
