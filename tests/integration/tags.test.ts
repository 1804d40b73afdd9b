import type {
  ListTagsForResourceCommandInput as IdentityListInput,
  ListTagsForResourceCommandOutput as IdentityListOutput,
  TagResourceCommandInput as IdentityTagInput,
  UntagResourceCommandInput as IdentityUntagInput
} from '@aws-sdk/client-cognito-identity'
import type {
  ListTagsForResourceCommandInput,
  ListTagsForResourceCommandOutput,
  TagResourceCommandInput,
  UntagResourceCommandInput
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { identityPoolInput, plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
let h: Harness
let poolId: string
let poolArn: string
let stored: Record<string, string>
const tagged: TagResourceCommandInput[] = []
const untagged: UntagResourceCommandInput[] = []
let stops: (() => void)[] = []

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`tags-${run}`))).id
  poolArn = (await h.ok('pools', 'describe', { poolId })).arn ?? ''
})
afterAll(() => h?.dispose())

// moto 5.2.1 implements none of TagResource, UntagResource or ListTagsForResource: the three are
// answered inside the connection's client (SDK-typed, after the audit observer), keeping what
// TagResource received so ListTagsForResource reads it back; the pool itself is moto's.
function answerTags(initial: Record<string, string>): void {
  stored = { ...initial }
  tagged.length = 0
  untagged.length = 0
  const idp = h.ctx.connections.active().clients.idp
  stops = [
    answerOperation(idp, 'ListTagsForResourceCommand', (input: ListTagsForResourceCommandInput) => {
      expect(input.ResourceArn).toBe(poolArn)
      return { Tags: { ...stored } } satisfies Omit<ListTagsForResourceCommandOutput, '$metadata'>
    }),
    answerOperation(idp, 'TagResourceCommand', (input: TagResourceCommandInput) => {
      tagged.push(input)
      Object.assign(stored, input.Tags)
      return {}
    }),
    answerOperation(idp, 'UntagResourceCommand', (input: UntagResourceCommandInput) => {
      untagged.push(input)
      for (const key of input.TagKeys ?? []) delete stored[key]
      return {}
    })
  ]
}
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

describe('tags of a user pool', () => {
  it('tags what is new or changed, untags what is gone, and reads the result back', async () => {
    answerTags({ team: 'identity', env: 'dev', owner: 'ann' })
    const result = await h.ok('tags', 'apply', {
      poolId,
      tags: { team: 'identity', env: 'prod', cost: '42' }
    })
    expect(tagged).toEqual([{ ResourceArn: poolArn, Tags: { env: 'prod', cost: '42' } }])
    expect(untagged).toEqual([{ ResourceArn: poolArn, TagKeys: ['owner'] }])
    expect(result).toEqual({ resourceArn: poolArn, tags: { team: 'identity', env: 'prod', cost: '42' } })
  })

  it('sends nothing when the tags are already as asked', async () => {
    answerTags({ team: 'identity' })
    await h.ok('tags', 'apply', { poolId, tags: { team: 'identity' } })
    expect(tagged).toEqual([])
    expect(untagged).toEqual([])
  })

  it('audits the write and keeps a snapshot of the pool before it', async () => {
    answerTags({})
    const before = (await h.ok('snapshots', 'history', { poolId })).entries.length
    await h.ok('tags', 'apply', { poolId, tags: { audited: 'yes' } })
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'TagResource' })
    expect(log.entries[0]).toMatchObject({ result: 'ok', poolId })
    expect((await h.ok('snapshots', 'history', { poolId })).entries.length).toBe(before + 1)
  })

  it('refuses a reserved key and a character AWS refuses, naming the rule, before any call', async () => {
    answerTags({})
    const reserved = await h.call('tags', 'apply', { poolId, tags: { 'aws:owner': 'x' } })
    expect(reserved).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'keyReserved', key: 'aws:owner' } }
    })
    const characters = await h.call('tags', 'apply', { poolId, tags: { team: 'a<b>' } })
    expect(characters).toMatchObject({ ok: false, error: { params: { reason: 'valueCharacters' } } })
    expect(tagged).toEqual([])
  })

  it('refuses a 51st tag', async () => {
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']))
    const result = await h.call('tags', 'apply', { poolId, tags })
    expect(result).toMatchObject({ ok: false, error: { params: { reason: 'tooMany', max: 50 } } })
  })

  it('says plainly when the endpoint has no tags at all', async () => {
    const result = await h.call('tags', 'list', { poolId })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
  })
})

describe('tags of an identity pool', () => {
  let identityPoolId: string
  let arn: string
  beforeAll(async () => {
    identityPoolId = (await h.ok('identityPools', 'create', identityPoolInput(`tags_${run}`))).pool.id
    // moto's STS names the account 123456789012; the Region is the identity pool id's prefix.
    arn = `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/${identityPoolId}`
  })

  // moto 5.2.1 lacks cognito-identity's TagResource, UntagResource and ListTagsForResource: they are
  // answered in the identity client (SDK-typed, after the audit observer); the pool is moto's.
  function answerIdentityTags(initial: Record<string, string>) {
    const kept = { ...initial }
    const sent = {
      tagged: [] as IdentityTagInput[],
      untagged: [] as IdentityUntagInput[],
      listed: [] as string[]
    }
    const identity = h.ctx.connections.active().clients.identity
    stops = [
      answerOperation(identity, 'ListTagsForResourceCommand', (input: IdentityListInput) => {
        sent.listed.push(input.ResourceArn ?? '')
        return { Tags: { ...kept } } satisfies Omit<IdentityListOutput, '$metadata'>
      }),
      answerOperation(identity, 'TagResourceCommand', (input: IdentityTagInput) => {
        sent.tagged.push(input)
        Object.assign(kept, input.Tags)
        return {}
      }),
      answerOperation(identity, 'UntagResourceCommand', (input: IdentityUntagInput) => {
        sent.untagged.push(input)
        for (const key of input.TagKeys ?? []) delete kept[key]
        return {}
      })
    ]
    return sent
  }

  it('tags and untags the identity pool by its ARN through cognito-identity, audited', async () => {
    const sent = answerIdentityTags({ team: 'identity', owner: 'ann' })
    expect(await h.ok('tags', 'list', { identityPoolId })).toEqual({
      resourceArn: arn,
      tags: { team: 'identity', owner: 'ann' }
    })
    const result = await h.ok('tags', 'apply', { identityPoolId, tags: { team: 'platform', cost: '42' } })
    expect(sent.tagged).toEqual([{ ResourceArn: arn, Tags: { team: 'platform', cost: '42' } }])
    expect(sent.untagged).toEqual([{ ResourceArn: arn, TagKeys: ['owner'] }])
    expect(result).toEqual({ resourceArn: arn, tags: { team: 'platform', cost: '42' } })
    expect(sent.listed.every((listed) => listed === arn)).toBe(true)
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'UntagResource' })
    expect(log.entries[0]).toMatchObject({ result: 'ok', service: 'cognito-identity' })
  })

  it('refuses a reserved key before any call, as for user pools', async () => {
    const sent = answerIdentityTags({})
    const result = await h.call('tags', 'apply', { identityPoolId, tags: { 'aws:owner': 'x' } })
    expect(result).toMatchObject({ ok: false, error: { params: { reason: 'keyReserved' } } })
    expect(sent.tagged).toEqual([])
  })

  it('refuses the change on a read-only connection', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const result = await ro.call('tags', 'apply', { identityPoolId, tags: { team: 'x' } })
      expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    } finally {
      ro.dispose()
    }
  })
})
