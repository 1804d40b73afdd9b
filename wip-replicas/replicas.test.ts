import {
  OperationNotEnabledException,
  type CreateUserPoolReplicaCommandInput,
  type ListUserPoolReplicasCommandOutput,
  type UpdateUserPoolReplicaCommandInput,
  type UserPoolReplicaType
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

const run = Date.now().toString(36)
let h: Harness
let poolId: string
let primary: string
let stops: (() => void)[] = []
let stored: UserPoolReplicaType[] = []
const created: CreateUserPoolReplicaCommandInput[] = []

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

// moto 5.2.1 has no multi-Region pools: ListUserPoolReplicas, CreateUserPoolReplica and
// UpdateUserPoolReplica are answered inside the connection's client (SDK-typed, audited), keeping the
// replicas so the list reads them back. The pool is moto's.
function answerReplicas(): void {
  stored = [{ RegionName: primary, Role: 'PRIMARY', Status: 'ACTIVE' }]
  created.length = 0
  const idp = h.ctx.connections.active().clients.idp
  stops.push(
    answerOperation(
      idp,
      'ListUserPoolReplicasCommand',
      () => ({ UserPoolReplicas: [...stored] }) satisfies Omit<ListUserPoolReplicasCommandOutput, '$metadata'>
    ),
    answerOperation(idp, 'CreateUserPoolReplicaCommand', (input: CreateUserPoolReplicaCommandInput) => {
      created.push(input)
      const replica: UserPoolReplicaType = { RegionName: input.RegionName, Role: 'SECONDARY', Status: 'CREATING' }
      stored.push(replica)
      return { UserPoolReplica: replica }
    }),
    answerOperation(idp, 'UpdateUserPoolReplicaCommand', (input: UpdateUserPoolReplicaCommandInput) => {
      const replica = stored.find((r) => r.RegionName === input.RegionName)
      if (replica) replica.Status = input.Status
      return { UserPoolReplica: replica }
    })
  )
}

describe('replicas of a user pool', () => {
  it('names the primary Region, adds a replica elsewhere and deactivates it', async () => {
    answerReplicas()
    expect(await h.ok('replicas', 'list', { poolId })).toEqual({
      poolId,
      primaryRegion: primary,
      replicas: [{ region: primary, role: 'PRIMARY', status: 'ACTIVE' }]
    })
    const after = await h.ok('replicas', 'create', { poolId, region: 'ap-south-1' })
    expect(created).toEqual([{ UserPoolId: poolId, RegionName: 'ap-south-1' }])
    expect(after.replicas[1]).toEqual({ region: 'ap-south-1', role: 'SECONDARY', status: 'CREATING' })
    const updated = await h.ok('replicas', 'update', { poolId, region: 'ap-south-1', status: 'INACTIVE' })
    expect(updated.replicas[1]?.status).toBe('INACTIVE')
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'CreateUserPoolReplica' })
    expect(log.entries[0]).toMatchObject({ result: 'ok', poolId })
  })

  it('refuses a replica in the primary’s own Region, and a second one in the same Region, before any call', async () => {
    answerReplicas()
    const own = await h.call('replicas', 'create', { poolId, region: primary })
    expect(own).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'primaryRegion', region: primary } }
    })
    await h.ok('replicas', 'create', { poolId, region: 'eu-north-1' })
    const twice = await h.call('replicas', 'create', { poolId, region: 'eu-north-1' })
    expect(twice).toMatchObject({ ok: false, error: { params: { reason: 'alreadyReplica' } } })
    expect(created).toHaveLength(1)
  })

  it('explains in words an operation a replica refuses', async () => {
    // Cognito answers OperationNotEnabledException on a replica; moto never does, so it is thrown here.
    const idp = h.ctx.connections.active().clients.idp
    stops.push(
      answerOperation(idp, 'DeleteUserPoolReplicaCommand', () => {
        throw new OperationNotEnabledException({ message: 'Operation not enabled in replica region', $metadata: {} })
      })
    )
    const result = await h.call('replicas', 'delete', { poolId, region: 'ap-south-1' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'OPERATION_NOT_ENABLED', name: 'OperationNotEnabledException' }
    })
    expect(result.ok || result.error.message).toContain('replica of a multi-Region pool')
  })

  it('says plainly when the endpoint has no replicas', async () => {
    const result = await h.call('replicas', 'list', { poolId })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
  })
})
