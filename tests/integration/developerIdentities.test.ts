import type {
  LookupDeveloperIdentityCommandInput,
  LookupDeveloperIdentityCommandOutput,
  MergeDeveloperIdentitiesCommandInput,
  MergeDeveloperIdentitiesCommandOutput,
  UnlinkDeveloperIdentityCommandInput
} from '@aws-sdk/client-cognito-identity'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { identityPoolInput } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
const PROVIDER = 'login.example.com'
let h: Harness
let poolId: string
let stops: (() => void)[] = []

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (
    await h.ok(
      'identityPools',
      'create',
      identityPoolInput(`dev_${run}`, { developerProviderName: PROVIDER })
    )
  ).pool.id
})
afterAll(() => h?.dispose())
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

const identity = () => h.ctx.connections.active().clients.identity

describe('developer-authenticated identities', () => {
  it('gets the identity and token of a back-end user id from moto, audited without the token', async () => {
    const issued = await h.ok('developerIdentities', 'issueToken', {
      identityPoolId: poolId,
      userIdentifier: 'user-1'
    })
    expect(issued.identityId).toMatch(/^[\w-]+:[0-9a-f-]+$/)
    expect(issued.token.length).toBeGreaterThan(10)
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'GetOpenIdTokenForDeveloperIdentity' })
    expect(log.entries[0]).toMatchObject({ result: 'ok', poolId })
    expect(JSON.stringify(log.entries[0])).not.toContain(issued.token)
  })

  it('refuses a pool without a developer provider, saying how to give it one', async () => {
    const plain = (await h.ok('identityPools', 'create', identityPoolInput(`plain_${run}`))).pool.id
    const result = await h.call('developerIdentities', 'issueToken', {
      identityPoolId: plain,
      userIdentifier: 'u'
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'PRECONDITION',
        params: { reason: 'noDeveloperProvider' },
        hint: expect.stringContaining('developer provider name')
      }
    })
  })

  it('looks up, merges and unlinks user ids under the pool’s provider', async () => {
    // moto 5.2.1 lacks LookupDeveloperIdentity, MergeDeveloperIdentities and UnlinkDeveloperIdentity: they
    // are answered in the client (SDK-typed, after the audit observer), keeping which user ids share an identity.
    const linked = new Map<string, string[]>([
      ['us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd', ['alice', 'alice-old']]
    ])
    const identityOf = (user: string) => [...linked].find(([, users]) => users.includes(user))?.[0] ?? ''
    const sent: {
      merge: MergeDeveloperIdentitiesCommandInput[]
      unlink: UnlinkDeveloperIdentityCommandInput[]
    } = {
      merge: [],
      unlink: []
    }
    stops.push(
      answerOperation(
        identity(),
        'LookupDeveloperIdentityCommand',
        (input: LookupDeveloperIdentityCommandInput) => {
          const id = input.IdentityId ?? identityOf(input.DeveloperUserIdentifier ?? '')
          return { IdentityId: id, DeveloperUserIdentifierList: linked.get(id) ?? [] } satisfies Omit<
            LookupDeveloperIdentityCommandOutput,
            '$metadata'
          >
        }
      ),
      answerOperation(
        identity(),
        'MergeDeveloperIdentitiesCommand',
        (input: MergeDeveloperIdentitiesCommandInput) => {
          sent.merge.push(input)
          const id = 'us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd'
          linked.set(id, [...(linked.get(id) ?? []), input.SourceUserIdentifier ?? ''])
          return { IdentityId: id } satisfies Omit<MergeDeveloperIdentitiesCommandOutput, '$metadata'>
        }
      ),
      answerOperation(
        identity(),
        'UnlinkDeveloperIdentityCommand',
        (input: UnlinkDeveloperIdentityCommandInput) => {
          sent.unlink.push(input)
          const id = input.IdentityId ?? ''
          linked.set(
            id,
            (linked.get(id) ?? []).filter((u) => u !== input.DeveloperUserIdentifier)
          )
          return {}
        }
      )
    )
    const id = 'us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd'
    expect(
      await h.ok('developerIdentities', 'lookup', { identityPoolId: poolId, userIdentifier: 'alice' })
    ).toEqual({
      identityId: id,
      userIdentifiers: ['alice', 'alice-old']
    })
    const merged = await h.ok('developerIdentities', 'merge', {
      identityPoolId: poolId,
      sourceUserIdentifier: 'bob',
      destinationUserIdentifier: 'alice'
    })
    expect(sent.merge).toEqual([
      {
        IdentityPoolId: poolId,
        DeveloperProviderName: PROVIDER,
        SourceUserIdentifier: 'bob',
        DestinationUserIdentifier: 'alice'
      }
    ])
    expect(merged.userIdentifiers).toEqual(['alice', 'alice-old', 'bob'])
    const after = await h.ok('developerIdentities', 'unlink', {
      identityPoolId: poolId,
      identityId: id,
      userIdentifier: 'alice-old'
    })
    expect(sent.unlink).toEqual([
      {
        IdentityPoolId: poolId,
        IdentityId: id,
        DeveloperProviderName: PROVIDER,
        DeveloperUserIdentifier: 'alice-old'
      }
    ])
    expect(after).toEqual({ identityId: id, userIdentifiers: ['alice', 'bob'] })
    await h.ctx.audit.flush()
    for (const operation of ['MergeDeveloperIdentities', 'UnlinkDeveloperIdentity']) {
      expect((await h.ok('audit', 'list', { operation })).entries[0]).toMatchObject({ result: 'ok', poolId })
    }
  })

  it('refuses every developer-identity write on a read-only connection', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      for (const [action, req] of [
        ['issueToken', { identityPoolId: poolId, userIdentifier: 'x' }],
        ['merge', { identityPoolId: poolId, sourceUserIdentifier: 'a', destinationUserIdentifier: 'b' }],
        [
          'unlink',
          {
            identityPoolId: poolId,
            identityId: 'us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd',
            userIdentifier: 'a'
          }
        ]
      ] as const) {
        expect(await ro.call('developerIdentities', action, req as never)).toMatchObject({
          ok: false,
          error: { code: 'READ_ONLY' }
        })
      }
    } finally {
      ro.dispose()
    }
  })
})
