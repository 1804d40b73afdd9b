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
import { NEW_CLIENT_SETTINGS } from '@shared/app-client-rules'
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
      ...settings('backend', {
        tokenValidity: {
          access: { value: 30, unit: 'minutes' },
          id: { value: 15, unit: 'minutes' },
          refresh: { value: 7, unit: 'days' }
        }
      })
    })
    expect(created).toMatchObject({
      name: 'backend',
      hasSecret: true,
      explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      tokenValidity: {
        access: { value: 30, unit: 'minutes' },
        id: { value: 15, unit: 'minutes' },
        refresh: { value: 7, unit: 'days' }
      }
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

  it('refuses a bad callback URL with the rule it breaks, before any call', async () => {
    for (const [url, reason] of [
      ['not a url', 'urlFormat:callbackUrls:not a url'],
      ['http://app.example.com/cb', 'urlInsecure:callbackUrls:http://app.example.com/cb'],
      ['https://app.example.com/cb#token', 'urlFragment:callbackUrls:https://app.example.com/cb#token']
    ] as const) {
      const result = await h.call('appClients', 'create', {
        poolId,
        generateSecret: false,
        ...settings('bad-url', { callbackUrls: [url] })
      })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', params: { reasons: reason } } })
    }
    const { clients } = await h.ok('appClients', 'list', { poolId })
    expect(clients.map((c) => c.name)).not.toContain('bad-url')
  })

  it('changes one setting and sends every other one as the client had it (moto describes it unchanged)', async () => {
    const server = await h.ok('resourceServers', 'create', {
      poolId,
      identifier: 'https://orders.example.com',
      name: 'orders',
      scopes: [{ name: 'read', description: 'Read orders' }]
    })
    const created = await h.ok('appClients', 'create', {
      poolId,
      generateSecret: false,
      ...settings('full', {
        explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        tokenValidity: {
          access: { value: 2, unit: 'hours' },
          id: { value: 90, unit: 'minutes' },
          refresh: { value: 12, unit: 'hours' }
        },
        readAttributes: ['email', 'name'],
        writeAttributes: ['name'],
        allowedOAuthFlowsUserPoolClient: true,
        allowedOAuthFlows: ['code'],
        allowedOAuthScopes: ['openid', 'email', `${server.identifier}/read`],
        callbackUrls: ['https://app.example.com/callback', 'http://localhost:5173/'],
        logoutUrls: ['https://app.example.com/bye'],
        defaultRedirectUri: 'https://app.example.com/callback',
        preventUserExistenceErrors: 'ENABLED',
        enablePropagateAdditionalUserContextData: true,
        authSessionMinutes: 7,
        refreshTokenRotation: { enabled: true, retryGracePeriodSeconds: 20 },
        enableTokenRevocation: false
      })
    })
    const idp = h.ctx.connections.active().clients.idp
    const describe = async () =>
      (await idp.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: created.clientId })))
        .UserPoolClient ?? {}
    const before = await describe()
    expect(before).toMatchObject({ AuthSessionValidity: 7, RefreshTokenValidity: 12 })

    const updated = await h.ok('appClients', 'update', {
      poolId,
      clientId: created.clientId,
      tokenValidity: { ...created.tokenValidity, access: { value: 30, unit: 'minutes' } }
    })
    expect(updated.tokenValidity.access).toEqual({ value: 30, unit: 'minutes' })
    const after = await describe()
    const unchanged = (c: typeof before) => {
      const { AccessTokenValidity: _a, TokenValidityUnits: _u, LastModifiedDate: _m, ...rest } = c
      return rest
    }
    expect(unchanged(after)).toEqual(unchanged(before))
    expect(after.TokenValidityUnits).toEqual({ ...before.TokenValidityUnits, AccessToken: 'minutes' })
    const { tokenValidity: _before, lastModifiedDate: _l1, raw: _r1, ...createdRest } = created
    const { tokenValidity: _after, lastModifiedDate: _l2, raw: _r2, ...updatedRest } = updated
    expect(updatedRest).toEqual(createdRest)
  })

  it('refuses settings that break the client rules, naming each, before any call', async () => {
    const pool = (
      await h.ok('pools', 'create', { ...plainPool(`clients-req-${run}`), requiredAttributes: ['email'] })
    ).id
    const result = await h.call('appClients', 'create', {
      poolId: pool,
      generateSecret: false,
      ...settings('rules', {
        writeAttributes: ['name', 'custom:nope'],
        allowedOAuthFlowsUserPoolClient: true,
        allowedOAuthFlows: ['client_credentials'],
        allowedOAuthScopes: ['openid', 'https://nowhere.example.com/read'],
        authSessionMinutes: 20,
        tokenValidity: { ...NEW_CLIENT_SETTINGS.tokenValidity, refresh: { value: 30, unit: 'minutes' } }
      })
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        params: {
          reasons: [
            'refreshValidityRange',
            'authSessionRange',
            'clientCredentialsSecret',
            'clientCredentialsStandardScope:openid',
            'scopeUnknown:https://nowhere.example.com/read',
            'attributeUnknown:custom:nope',
            'requiredNotWritable:email'
          ].join(', ')
        }
      }
    })
    expect((await h.ok('appClients', 'list', { poolId: pool })).clients).toEqual([])
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
