import type {
  AdminDisableProviderForUserCommandInput,
  AdminDisableProviderForUserCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { federate, type ProviderIdentity } from '../support/federated-users'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
let h: Harness
let poolId: string
let state: { federated: Record<string, ProviderIdentity>; linked: Record<string, ProviderIdentity[]> }
let stop: (() => void) | undefined

const user = (username: string, email: string) =>
  h.ok('users', 'create', {
    poolId,
    username,
    attributes: { email },
    emailVerified: true,
    sendInvitation: false,
    generatePassword: true
  })

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`linked-${run}`))).id
  await h.ok('identityProviders', 'create', {
    poolId,
    name: 'Google',
    type: 'Google',
    details: { client_id: 'g-client', client_secret: 'g-secret', authorize_scopes: 'openid email' },
    attributeMapping: { email: 'email' },
    idpIdentifiers: []
  })
  await user('ana', 'ana@example.com')
  await user('Google_111', 'ana@example.com')
  await user('other', 'other@example.com')
})
afterEach(() => stop?.())
afterAll(() => h?.dispose())

// moto 5.2.1 has no federated sign-in and lacks AdminLinkProviderForUser and AdminDisableProviderForUser:
// `federate` gives Google_111 the EXTERNAL_PROVIDER status and identity Cognito would, and answers the
// link in the client's middleware, so the console's own audit observer still sees each call.
function federated(): ReturnType<typeof federate> {
  state = { federated: { Google_111: { providerName: 'Google', userId: '111' } }, linked: {} }
  const f = federate(h.ctx.connections.active().clients.idp, state)
  stop = f.stop
  return f
}

describe('federated accounts against moto', () => {
  it('finds the federated twin of a native user by email with exact ListUsers filters, with link as the fix', async () => {
    federated()
    const result = await h.ok('linkedIdentities', 'list', { poolId, username: 'ana' })
    expect(result).toMatchObject({ identities: [], duplicatesFrom: 'listUsers', providers: ['Google'] })
    expect(result.duplicates).toEqual([
      expect.objectContaining({
        username: 'Google_111',
        matchedOn: ['email'],
        link: {
          destination: 'ana',
          providerName: 'Google',
          providerUserId: '111',
          replaceUsername: 'Google_111'
        }
      })
    ])
  })

  it('looks in the loaded pool index when there is one', async () => {
    federated()
    await h.ok('users', 'indexStart', { poolId })
    await h.waitForEvent('users:indexProgress', (s) => s.poolId === poolId && s.state === 'done')
    const result = await h.ok('linkedIdentities', 'list', { poolId, username: 'Google_111' })
    expect(result.duplicatesFrom).toBe('index')
    expect(result.duplicates.map((d) => d.username)).toEqual(['ana'])
  })

  it('refuses a link the rules break before calling Cognito', async () => {
    const { links } = federated()
    const refused = await h.call('linkedIdentities', 'link', {
      poolId,
      username: 'ana',
      providerName: 'Google',
      providerUserId: '111',
      replaceUsername: 'other'
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(refused.ok ? '' : refused.error.message).toContain('replaceNotFederated')
    expect(links).toEqual([])
    expect((await h.ok('users', 'get', { poolId, username: 'other' })).user.username).toBe('other')
  })

  it('deletes the federated twin, links its identity to the native user, and the audit log has both', async () => {
    const { links } = federated()
    const result = await h.ok('linkedIdentities', 'link', {
      poolId,
      username: 'ana',
      providerName: 'Google',
      providerUserId: '111',
      replaceUsername: 'Google_111'
    })
    expect(result).toMatchObject({ username: 'ana', deleted: 'Google_111' })
    expect(result.identities).toEqual([expect.objectContaining({ providerName: 'Google', userId: '111' })])
    expect(links).toEqual([
      {
        UserPoolId: poolId,
        DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: 'ana' },
        SourceUser: {
          ProviderName: 'Google',
          ProviderAttributeName: 'Cognito_Subject',
          ProviderAttributeValue: '111'
        }
      }
    ])
    const gone = await h.call('users', 'get', { poolId, username: 'Google_111' })
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { poolId })
    expect(log.operations).toEqual(expect.arrayContaining(['AdminDeleteUser', 'AdminLinkProviderForUser']))
  })

  it('unlinks a linked identity with AdminDisableProviderForUser', async () => {
    federated()
    state.linked.ana = [{ providerName: 'Google', userId: '111' }]
    const sent: AdminDisableProviderForUserCommandInput[] = []
    const stopDisable = answerOperation(
      h.ctx.connections.active().clients.idp,
      'AdminDisableProviderForUserCommand',
      (
        input: AdminDisableProviderForUserCommandInput
      ): Omit<AdminDisableProviderForUserCommandOutput, '$metadata'> => {
        sent.push(input)
        state.linked.ana = []
        return {}
      }
    )
    try {
      const result = await h.ok('linkedIdentities', 'unlink', {
        poolId,
        username: 'ana',
        providerName: 'Google',
        providerUserId: '111'
      })
      expect(result.identities).toEqual([])
      expect(sent).toEqual([
        {
          UserPoolId: poolId,
          User: {
            ProviderName: 'Google',
            ProviderAttributeName: 'Cognito_Subject',
            ProviderAttributeValue: '111'
          }
        }
      ])
      const again = await h.call('linkedIdentities', 'unlink', {
        poolId,
        username: 'ana',
        providerName: 'Google',
        providerUserId: '111'
      })
      expect(again).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    } finally {
      stopDisable()
    }
  })

  it('refuses link and unlink on a read-only connection', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const request = { poolId, username: 'ana', providerName: 'Google', providerUserId: '111' }
      expect(await ro.call('linkedIdentities', 'link', request)).toMatchObject({
        error: { code: 'READ_ONLY' }
      })
      expect(await ro.call('linkedIdentities', 'unlink', request)).toMatchObject({
        error: { code: 'READ_ONLY' }
      })
    } finally {
      ro.dispose()
    }
  })
})
