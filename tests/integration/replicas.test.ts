import { OperationNotEnabledException } from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'
import { answerReplicas } from '../support/replica-answers'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
let h: Harness
let poolId: string
let primary: string
let stops: (() => void)[] = []

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`replicas-${run}`))).id
  primary = poolId.split('_')[0] ?? ''
})
afterAll(() => h?.dispose())
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

// moto 5.2.1 has no multi-Region pools: the replica operations are answered inside the connection's
// client (SDK-typed, after the audit observer), so the audit log and read-only gate act as with Cognito.
function replicas(): ReturnType<typeof answerReplicas> {
  const answers = answerReplicas(h.ctx.connections.active().clients.idp, primary)
  stops.push(answers.stop)
  return answers
}

describe('replicas of a user pool', () => {
  it('names the primary Region, adds a replica elsewhere, deactivates and deletes it, all audited', async () => {
    const { sent } = replicas()
    expect(await h.ok('replicas', 'list', { poolId })).toEqual({
      poolId,
      primaryRegion: primary,
      replicas: [{ region: primary, role: 'PRIMARY', status: 'ACTIVE' }]
    })
    const after = await h.ok('replicas', 'create', { poolId, region: 'ap-south-1' })
    expect(sent.create).toEqual([{ UserPoolId: poolId, RegionName: 'ap-south-1' }])
    expect(after.replicas[1]).toEqual({ region: 'ap-south-1', role: 'SECONDARY', status: 'CREATING' })

    const updated = await h.ok('replicas', 'update', { poolId, region: 'ap-south-1', status: 'INACTIVE' })
    expect(sent.update).toEqual([{ UserPoolId: poolId, RegionName: 'ap-south-1', Status: 'INACTIVE' }])
    expect(updated.replicas[1]?.status).toBe('INACTIVE')

    const deleted = await h.ok('replicas', 'delete', { poolId, region: 'ap-south-1' })
    expect(deleted.replicas.map((r) => r.region)).toEqual([primary])

    await h.ctx.audit.flush()
    for (const operation of ['CreateUserPoolReplica', 'UpdateUserPoolReplica', 'DeleteUserPoolReplica']) {
      const log = await h.ok('audit', 'list', { operation })
      expect(log.entries[0]).toMatchObject({ result: 'ok', poolId })
    }
  })

  it('refuses a replica in the primary’s own Region, a second one in a Region, and a non-Region, before any call', async () => {
    const { sent } = replicas()
    const own = await h.call('replicas', 'create', { poolId, region: primary })
    expect(own).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'primaryRegion', region: primary } }
    })
    await h.ok('replicas', 'create', { poolId, region: 'eu-north-1' })
    const twice = await h.call('replicas', 'create', { poolId, region: 'eu-north-1' })
    expect(twice).toMatchObject({ ok: false, error: { params: { reason: 'alreadyReplica' } } })
    const typo = await h.call('replicas', 'create', { poolId, region: 'europe' })
    expect(typo).toMatchObject({ ok: false, error: { params: { reason: 'regionInvalid' } } })
    expect(sent.create).toEqual([{ UserPoolId: poolId, RegionName: 'eu-north-1' }])
  })

  it('explains in words an operation a replica refuses', async () => {
    // Cognito answers OperationNotEnabledException on a replica Region; moto never does, so it is thrown here.
    const idp = h.ctx.connections.active().clients.idp
    stops.push(
      answerOperation(idp, 'DeleteUserPoolReplicaCommand', () => {
        throw new OperationNotEnabledException({
          message: 'Operation not enabled in replica region',
          $metadata: {}
        })
      })
    )
    const result = await h.call('replicas', 'delete', { poolId, region: 'ap-south-1' })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'OPERATION_NOT_ENABLED',
        name: 'OperationNotEnabledException',
        message: expect.stringContaining('replica of a multi-Region pool'),
        hint: expect.stringContaining('primary pool')
      }
    })
  })

  it('says plainly when the endpoint has no replicas', async () => {
    const result = await h.call('replicas', 'list', { poolId })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'UNSUPPORTED_OPERATION', message: expect.stringContaining('ListUserPoolReplicas') }
    })
  })
})
