import { DescribeUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { allowPool, createFunction } from '../support/lambda-functions'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
const KEY = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
let h: Harness
let poolId: string
let poolArn: string
let granted: string
let ungranted: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`triggers-${run}`))).id
  const { iam, lambda } = h.ctx.connections.active().clients
  granted = await createFunction(iam, lambda, `granted-${run}`)
  ungranted = await createFunction(iam, lambda, `ungranted-${run}`)
  poolArn = (await h.ok('triggers', 'list', { poolId })).poolArn
  await allowPool(lambda, granted, poolArn)
})
afterAll(() => h?.dispose())

describe('triggers against moto', () => {
  it('lists the account’s functions to pick from', async () => {
    const list = await h.ok('triggers', 'functions', {})
    expect(list.available).toBe(true)
    if (list.available)
      expect(list.functions.map((f) => f.arn)).toEqual(expect.arrayContaining([granted, ungranted]))
  })

  it('sets pre token generation with its event version and keeps the other pool settings', async () => {
    const before = await h.ok('pools', 'describe', { poolId })
    const triggers = await h.ok('triggers', 'set', {
      poolId,
      kind: 'preTokenGeneration',
      functionArn: granted,
      lambdaVersion: 'V2_0'
    })
    expect(triggers.triggers).toEqual([
      expect.objectContaining({
        kind: 'preTokenGeneration',
        functionArn: granted,
        lambdaVersion: 'V2_0',
        permission: { state: 'granted' }
      })
    ])
    const { UserPool } = await h.ctx.connections
      .active()
      .clients.idp.send(new DescribeUserPoolCommand({ UserPoolId: poolId }))
    expect(UserPool?.LambdaConfig?.PreTokenGenerationConfig).toEqual({
      LambdaArn: granted,
      LambdaVersion: 'V2_0'
    })
    const after = await h.ok('pools', 'describe', { poolId })
    expect(after.passwordPolicy).toEqual(before.passwordPolicy)
    expect(after.selfSignUp).toBe(before.selfSignUp)
  })

  it('sets a custom email sender with its KMS key and reports the missing invoke permission', async () => {
    const triggers = await h.ok('triggers', 'set', {
      poolId,
      kind: 'customEmailSender',
      functionArn: ungranted,
      kmsKeyArn: KEY
    })
    expect(triggers.kmsKeyArn).toBe(KEY)
    const sender = triggers.triggers.find((t) => t.kind === 'customEmailSender')
    expect(sender).toMatchObject({
      functionArn: ungranted,
      lambdaVersion: 'V1_0',
      permission: { state: 'missing' }
    })
    expect(JSON.parse(sender?.statement ?? '{}')).toMatchObject({
      Principal: { Service: 'cognito-idp.amazonaws.com' },
      Resource: ungranted,
      Condition: { ArnLike: { 'AWS:SourceArn': poolArn } }
    })
    expect(triggers.triggers.map((t) => t.kind)).toContain('preTokenGeneration')
  })

  it('removes a trigger, and the KMS key with the last custom sender', async () => {
    const triggers = await h.ok('triggers', 'remove', { poolId, kind: 'customEmailSender' })
    expect(triggers.triggers.map((t) => t.kind)).toEqual(['preTokenGeneration'])
    expect(triggers.kmsKeyArn).toBeUndefined()
    const again = await h.call('triggers', 'remove', { poolId, kind: 'customEmailSender' })
    expect(again.ok ? null : again.error.code).toBe('NOT_FOUND')
  })

  it('reads back a trigger held as a bare function ARN, beside the versioned one, and removes it', async () => {
    // PreSignUp and most other triggers are plain strings in LambdaConfig, unlike the versioned ones.
    const set = await h.ok('triggers', 'set', { poolId, kind: 'preSignUp', functionArn: granted })
    expect(set.triggers.map((t) => [t.kind, t.functionArn, t.permission.state])).toEqual([
      ['preSignUp', granted, 'granted'],
      ['preTokenGeneration', granted, 'granted']
    ])
    expect(set.triggers[0]?.lambdaVersion).toBeUndefined()
    const removed = await h.ok('triggers', 'remove', { poolId, kind: 'preSignUp' })
    expect(removed.triggers.map((t) => t.kind)).toEqual(['preTokenGeneration'])
  })

  it('refuses a function in another Region and a custom sender without a key, changing nothing', async () => {
    const otherRegion = await h.call('triggers', 'set', {
      poolId,
      kind: 'preSignUp',
      functionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:signup'
    })
    expect(otherRegion.ok ? null : otherRegion.error).toMatchObject({
      code: 'VALIDATION',
      params: { reason: 'arnOtherRegion', field: 'functionArn' }
    })
    const noKey = await h.call('triggers', 'set', { poolId, kind: 'customSmsSender', functionArn: granted })
    expect(noKey.ok ? null : noKey.error.params).toMatchObject({ reason: 'kmsKeyRequired' })
    expect((await h.ok('triggers', 'list', { poolId })).triggers.map((t) => t.kind)).toEqual([
      'preTokenGeneration'
    ])
  })

  it('refuses to change triggers on a read-only connection', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const refused = await ro.call('triggers', 'set', {
        poolId,
        kind: 'postConfirmation',
        functionArn: granted
      })
      expect(refused.ok ? null : refused.error.code).toBe('READ_ONLY')
      expect((await ro.ok('triggers', 'list', { poolId })).triggers).toHaveLength(1)
    } finally {
      ro.dispose()
    }
  })
})
