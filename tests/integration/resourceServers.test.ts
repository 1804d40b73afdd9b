import {
  CognitoIdentityProviderClient,
  DeleteResourceServerCommand,
  UpdateResourceServerCommand,
  type UpdateResourceServerResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { deleteResourceServer, updateResourceServer } from '../../src/main/cognito/resourceServers'
import { createHarness, type Harness } from '../support/harness'
import { clientSettings, plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string

const api = (
  scopes = [
    { name: 'read', description: 'Read orders' },
    { name: 'write', description: 'Change orders' }
  ]
) => ({ poolId, identifier: 'https://api.example.com', name: 'Orders API', scopes })

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`servers-${run}`))).id
})
afterAll(() => h?.dispose())

describe('resource servers against moto', () => {
  it('creates a server with two scopes, lists and describes it, and a client allows its scopes', async () => {
    const created = await h.ok('resourceServers', 'create', api())
    expect(created).toEqual({ ...api(), poolId })
    const listed = await h.ok('resourceServers', 'list', { poolId })
    expect(listed.servers.map((s) => s.identifier)).toEqual(['https://api.example.com'])
    expect(
      await h.ok('resourceServers', 'describe', { poolId, identifier: 'https://api.example.com' })
    ).toMatchObject({ name: 'Orders API', scopes: [{ name: 'read' }, { name: 'write' }] })

    const client = await h.ok('appClients', 'create', {
      poolId,
      generateSecret: true,
      ...clientSettings('machine', {
        explicitAuthFlows: [],
        allowedOAuthFlowsUserPoolClient: true,
        allowedOAuthFlows: ['client_credentials'],
        allowedOAuthScopes: ['https://api.example.com/read', 'https://api.example.com/write']
      })
    })
    expect(client.allowedOAuthScopes).toEqual([
      'https://api.example.com/read',
      'https://api.example.com/write'
    ])
  })

  it('refuses a scope name with a space and a duplicate before calling Cognito', async () => {
    const bad = await h.call(
      'resourceServers',
      'create',
      api([
        { name: 'read all', description: 'Read' },
        { name: 'write', description: 'Write' },
        { name: 'write', description: 'Again' }
      ])
    )
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (bad.ok) return
    expect(bad.error.params?.reasons).toBe('scopeNameFormat:read all, scopeDuplicate:write')
    const listed = await h.ok('resourceServers', 'list', { poolId })
    expect(listed.servers).toHaveLength(1)
  })

  it('refuses an identifier with a quote and an empty scope description', async () => {
    const bad = await h.call('resourceServers', 'create', {
      ...api([{ name: 'read', description: ' ' }]),
      identifier: 'api"x'
    })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    if (!bad.ok)
      expect(bad.error.params?.reasons).toBe('identifierFormat:api"x, scopeDescriptionRequired:read')
  })

  it('says the emulator lacks the update and delete operations (moto 5.2.1 has none)', async () => {
    const update = await h.call('resourceServers', 'update', api([{ name: 'read', description: 'Read' }]))
    expect(update).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
    const remove = await h.call('resourceServers', 'delete', {
      poolId,
      identifier: 'https://api.example.com'
    })
    expect(remove).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
  })

  it('updates the name and the whole scope list, and deletes (mocked: moto 5.2.1 lacks both)', async () => {
    const mock = mockClient(CognitoIdentityProviderClient)
    try {
      const answer: UpdateResourceServerResponse = {
        ResourceServer: {
          UserPoolId: poolId,
          Identifier: 'https://api.example.com',
          Name: 'Orders',
          Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read orders' }]
        }
      }
      mock.on(UpdateResourceServerCommand).resolves(answer)
      mock.on(DeleteResourceServerCommand).resolves({})
      const idp = new CognitoIdentityProviderClient({ region: 'us-east-1' })
      const updated = await updateResourceServer(idp, {
        ...api([{ name: ' read ', description: 'Read orders ' }]),
        name: ' Orders '
      })
      expect(updated).toEqual({
        poolId,
        identifier: 'https://api.example.com',
        name: 'Orders',
        scopes: [{ name: 'read', description: 'Read orders' }]
      })
      // Names and descriptions go out trimmed, and the whole list replaces the stored one.
      expect(mock.commandCalls(UpdateResourceServerCommand)[0]?.args[0].input).toEqual({
        UserPoolId: poolId,
        Identifier: 'https://api.example.com',
        Name: 'Orders',
        Scopes: [{ ScopeName: 'read', ScopeDescription: 'Read orders' }]
      })
      await deleteResourceServer(idp, poolId, 'https://api.example.com')
      expect(mock.commandCalls(DeleteResourceServerCommand)[0]?.args[0].input).toEqual({
        UserPoolId: poolId,
        Identifier: 'https://api.example.com'
      })
    } finally {
      mock.restore()
    }
  })
})
