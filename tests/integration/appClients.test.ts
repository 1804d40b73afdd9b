import {
  AddUserPoolClientSecretCommand,
  CognitoIdentityProviderClient,
  DeleteUserPoolClientSecretCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  InternalErrorException,
  ListResourceServersCommand,
  ListUserPoolClientSecretsCommand,
  UpdateUserPoolClientCommand,
  type ClientSecretDescriptorType,
  type ListUserPoolClientSecretsResponse,
  type UpdateUserPoolClientRequest,
  type UserPoolClientType
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { clientCapabilities } from '@shared/capabilities'
import {
  addClientSecret,
  deleteClientSecret,
  listClientSecrets,
  rotateClientSecret,
  updateAppClient
} from '../../src/main/cognito/appClients'
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

  it('says moto lacks the client-secret operations, and deletes a client', async () => {
    const created = await h.ok('appClients', 'create', {
      poolId,
      generateSecret: true,
      ...settings('to-delete')
    })
    const ref = { poolId, clientId: created.clientId }
    for (const [action, operation] of [
      ['listSecrets', 'ListUserPoolClientSecrets'],
      ['addSecret', 'ListUserPoolClientSecrets'],
      ['rotateSecret', 'ListUserPoolClientSecrets']
    ] as const) {
      expect(await h.call('appClients', action, ref)).toMatchObject({
        ok: false,
        error: { code: 'UNSUPPORTED_OPERATION', params: { operation } }
      })
    }
    await h.ok('appClients', 'delete', ref)
    const gone = await h.call('appClients', 'describe', ref)
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

// moto 5.2.1 lacks ListUserPoolClientSecrets, AddUserPoolClientSecret and DeleteUserPoolClientSecret
// (an HTML 500 for each), so these answer as AWS documents them.
describe('several client secrets, mocked as AWS answers', () => {
  const POOL = 'us-east-1_abc'
  const idp = () => new CognitoIdentityProviderClient({ region: 'us-east-1' })
  const confidential: UserPoolClientType = {
    UserPoolId: POOL,
    ClientId: 'abc123',
    ClientName: 'server',
    ClientSecret: 'current-secret-value'
  }
  const secret = (id: string, day: number): ClientSecretDescriptorType => ({
    ClientSecretId: `abc123--${id}`,
    ClientSecretCreateDate: new Date(`2026-11-0${day}T00:00:00Z`)
  })
  let mock: ReturnType<typeof mockClient>
  beforeEach(() => {
    mock = mockClient(CognitoIdentityProviderClient)
    mock.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: confidential })
    mock.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: POOL, Name: 'p' } })
  })
  afterEach(() => mock.restore())

  it('lists ids and dates across pages, oldest first, and never a value', async () => {
    const first: ListUserPoolClientSecretsResponse = {
      ClientSecrets: [{ ...secret('2', 2), ClientSecretValue: 'never-listed' }],
      NextToken: 'page-2'
    }
    mock
      .on(ListUserPoolClientSecretsCommand, { NextToken: undefined })
      .resolves(first)
      .on(ListUserPoolClientSecretsCommand, { NextToken: 'page-2' })
      .resolves({ ClientSecrets: [secret('1', 1)] })
    const secrets = await listClientSecrets(idp(), POOL, 'abc123')
    expect(secrets).toEqual([
      { secretId: 'abc123--1', createdAt: '2026-11-01T00:00:00.000Z' },
      { secretId: 'abc123--2', createdAt: '2026-11-02T00:00:00.000Z' }
    ])
    expect(JSON.stringify(secrets)).not.toContain('never-listed')
  })

  it('adds a Cognito-generated secret and returns its value once', async () => {
    mock.on(ListUserPoolClientSecretsCommand).resolves({ ClientSecrets: [secret('1', 1)] })
    mock
      .on(AddUserPoolClientSecretCommand)
      .resolves({ ClientSecretDescriptor: { ...secret('2', 2), ClientSecretValue: 'new-value' } })
    expect(await addClientSecret(idp(), POOL, 'abc123')).toEqual({
      secretId: 'abc123--2',
      createdAt: '2026-11-02T00:00:00.000Z',
      value: 'new-value'
    })
    // No custom value is sent: Cognito generates it, so only Cognito and this answer ever hold it.
    expect(mock.commandCalls(AddUserPoolClientSecretCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: 'abc123'
    })
  })

  it('refuses a third secret, the last secret and a public client before sending anything', async () => {
    mock.on(ListUserPoolClientSecretsCommand).resolves({ ClientSecrets: [secret('1', 1), secret('2', 2)] })
    await expect(addClientSecret(idp(), POOL, 'abc123')).rejects.toMatchObject({
      code: 'PRECONDITION',
      params: { reason: 'secretLimit' }
    })
    mock.on(ListUserPoolClientSecretsCommand).resolves({ ClientSecrets: [secret('1', 1)] })
    await expect(deleteClientSecret(idp(), POOL, 'abc123', 'abc123--1')).rejects.toMatchObject({
      code: 'PRECONDITION',
      params: { reason: 'secretLast' }
    })
    mock
      .on(DescribeUserPoolClientCommand)
      .resolves({ UserPoolClient: { ...confidential, ClientSecret: undefined } })
    await expect(addClientSecret(idp(), POOL, 'abc123')).rejects.toMatchObject({
      code: 'PRECONDITION',
      params: { reason: 'secretPublicClient' }
    })
    expect(mock.commandCalls(AddUserPoolClientSecretCommand)).toHaveLength(0)
    expect(mock.commandCalls(DeleteUserPoolClientSecretCommand)).toHaveLength(0)
  })

  it('deletes one secret of two, and says so when the id is not the client’s', async () => {
    mock.on(ListUserPoolClientSecretsCommand).resolves({ ClientSecrets: [secret('1', 1), secret('2', 2)] })
    mock.on(DeleteUserPoolClientSecretCommand).resolves({})
    await deleteClientSecret(idp(), POOL, 'abc123', 'abc123--1')
    expect(mock.commandCalls(DeleteUserPoolClientSecretCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: 'abc123',
      ClientSecretId: 'abc123--1'
    })
    await expect(deleteClientSecret(idp(), POOL, 'abc123', 'other--3')).rejects.toMatchObject({
      code: 'NOT_FOUND'
    })
    expect(mock.commandCalls(DeleteUserPoolClientSecretCommand)).toHaveLength(1)
  })

  /** One secret before the rotation, the new one beside it after the add. */
  function rotation(): void {
    mock
      .on(ListUserPoolClientSecretsCommand)
      .resolvesOnce({ ClientSecrets: [secret('1', 1)] })
      .resolves({ ClientSecrets: [secret('1', 1), secret('2', 2)] })
    mock
      .on(AddUserPoolClientSecretCommand)
      .resolves({ ClientSecretDescriptor: { ...secret('2', 2), ClientSecretValue: 'rotated-value' } })
  }

  it('rotates: adds a secret and deletes the older ones', async () => {
    rotation()
    mock.on(DeleteUserPoolClientSecretCommand).resolves({})
    const result = await rotateClientSecret(idp(), POOL, 'abc123')
    expect(result).toMatchObject({
      secret: { secretId: 'abc123--2', value: 'rotated-value' },
      removedSecrets: 1,
      oldSecretsLeft: []
    })
    expect(
      mock.commandCalls(DeleteUserPoolClientSecretCommand).map((c) => c.args[0].input.ClientSecretId)
    ).toEqual(['abc123--1'])
    expect(JSON.stringify(result.detail)).not.toContain('current-secret-value')
  })

  it('keeps the new value and names the old secret when its delete fails', async () => {
    rotation()
    mock
      .on(DeleteUserPoolClientSecretCommand)
      .rejects(new InternalErrorException({ message: 'try later', $metadata: {} }))
    expect(await rotateClientSecret(idp(), POOL, 'abc123')).toMatchObject({
      secret: { value: 'rotated-value' },
      removedSecrets: 0,
      oldSecretsLeft: ['abc123--1']
    })
  })
})

// moto's UpdateUserPoolClient keeps fields a request leaves out, so only the request itself shows
// whether the edit sends the whole client (AWS resets every omitted field to its default).
describe('the whole client in every update, mocked to read the request', () => {
  it('sends every UpdateUserPoolClient field as described, with only the change applied', async () => {
    const POOL = 'us-east-1_abc'
    const described: UserPoolClientType = {
      UserPoolId: POOL,
      ClientId: 'abc123',
      ClientName: 'full',
      ClientSecret: 'never-sent',
      CreationDate: new Date('2026-01-01T00:00:00Z'),
      LastModifiedDate: new Date('2026-02-01T00:00:00Z'),
      RefreshTokenValidity: 12,
      AccessTokenValidity: 2,
      IdTokenValidity: 90,
      TokenValidityUnits: { AccessToken: 'hours', IdToken: 'minutes', RefreshToken: 'hours' },
      ReadAttributes: ['email', 'name'],
      WriteAttributes: ['name'],
      ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      SupportedIdentityProviders: ['COGNITO', 'Okta'],
      CallbackURLs: ['https://app.example.com/callback'],
      LogoutURLs: ['https://app.example.com/bye'],
      DefaultRedirectURI: 'https://app.example.com/callback',
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'https://orders.example.com/read'],
      AllowedOAuthFlowsUserPoolClient: true,
      AnalyticsConfiguration: {
        ApplicationArn: 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc',
        UserDataShared: true
      },
      PreventUserExistenceErrors: 'ENABLED',
      EnableTokenRevocation: false,
      EnablePropagateAdditionalUserContextData: true,
      AuthSessionValidity: 7,
      RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 20 }
    }
    const mock = mockClient(CognitoIdentityProviderClient)
    try {
      mock.on(DescribeUserPoolClientCommand).resolves({ UserPoolClient: described })
      mock.on(DescribeUserPoolCommand).resolves({
        UserPool: { Id: POOL, SchemaAttributes: [{ Name: 'email' }, { Name: 'name' }] }
      })
      mock.on(ListResourceServersCommand).resolves({
        ResourceServers: [
          {
            UserPoolId: POOL,
            Identifier: 'https://orders.example.com',
            Name: 'orders',
            Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read' }]
          }
        ]
      })
      mock.on(UpdateUserPoolClientCommand).resolves({ UserPoolClient: described })
      await updateAppClient(new CognitoIdentityProviderClient({ region: 'us-east-1' }), POOL, 'abc123', {
        tokenValidity: {
          access: { value: 30, unit: 'minutes' },
          id: { value: 90, unit: 'minutes' },
          refresh: { value: 12, unit: 'hours' }
        }
      })
      // Typed as every field of the request, so a field the SDK adds fails to compile here until sent.
      const expected: Required<UpdateUserPoolClientRequest> = {
        UserPoolId: POOL,
        ClientId: 'abc123',
        ClientName: 'full',
        RefreshTokenValidity: 12,
        AccessTokenValidity: 30,
        IdTokenValidity: 90,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'hours' },
        ReadAttributes: ['email', 'name'],
        WriteAttributes: ['name'],
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        SupportedIdentityProviders: ['COGNITO', 'Okta'],
        CallbackURLs: ['https://app.example.com/callback'],
        LogoutURLs: ['https://app.example.com/bye'],
        DefaultRedirectURI: 'https://app.example.com/callback',
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'https://orders.example.com/read'],
        AllowedOAuthFlowsUserPoolClient: true,
        AnalyticsConfiguration: {
          ApplicationArn: 'arn:aws:mobiletargeting:us-east-1:123456789012:apps/abc',
          UserDataShared: true
        },
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: false,
        EnablePropagateAdditionalUserContextData: true,
        AuthSessionValidity: 7,
        RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 20 }
      }
      expect(mock.commandCalls(UpdateUserPoolClientCommand)[0]?.args[0].input).toEqual(expected)
    } finally {
      mock.restore()
    }
  })
})
