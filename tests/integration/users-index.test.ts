import {
  AdminAddUserToGroupCommand,
  AdminDisableUserCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  DescribeUserPoolCommand,
  ListGroupsCommand,
  ListUsersCommand,
  ListUsersInGroupCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { IndexQuery, IndexStatus } from '@shared/contract/users'
import { partitionPrefixes } from '../../src/main/cognito/users-index'
import { RateLimiter } from '../../src/main/aws/limiter'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool, seedUsers, type SeedUser } from '../support/user-pools'

const run = Date.now().toString(36)
const COUNT = 120
const TENANTS = ['acme', 'globex', 'initech']
let h: Harness
let poolId: string
let users: SeedUser[]

function connectionId(harness: Harness): string {
  return harness.ctx.connections.active().connection.id
}

async function loadIndex(harness: Harness, options: { pageSize?: number } = {}): Promise<IndexStatus> {
  const { clients, limiter } = harness.ctx.connections.active()
  const index = harness.ctx.indexes.for(connectionId(harness), poolId)
  index.start({ idp: clients.idp, limiter, poolId, pageSize: options.pageSize ?? 7 })
  await index.loading
  return index.snapshot()
}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = h.ctx.connections.active().clients.idp
  poolId = await createUsersPool(idp, `users-index-${run}`)
  users = Array.from({ length: COUNT }, (_, i) => ({
    username: `user${String(i).padStart(3, '0')}`,
    attributes: {
      email: `user${i}@${TENANTS[i % 3]}.example.com`,
      'custom:tenant': TENANTS[i % 3] as string,
      'custom:plan': i % 10 === 0 ? 'enterprise' : 'free',
      ...(i === 7 ? { name: 'Zoë Quinn' } : {})
    }
  }))
  await seedUsers(idp, poolId, users)
  await idp.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: 'user005' }))
  await idp.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'admins' }))
  for (const u of ['user001', 'user002'])
    await idp.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: u, GroupName: 'admins' }))
}, 120_000)
afterAll(() => h?.dispose())

describe('pool index', () => {
  it('partitions by sub prefix so every user falls in exactly one listing', () => {
    const prefixes = partitionPrefixes(10_000)
    expect(prefixes).toHaveLength(16)
    const sub = crypto.randomUUID()
    expect(prefixes.filter((p) => sub.startsWith(p))).toHaveLength(1)
    expect(partitionPrefixes(2_000_000)).toHaveLength(256)
  })

  it('loads every user exactly once over many pages, with groups, and reports progress', async () => {
    const progress: IndexStatus[] = []
    const off = h.hub.subscribe((event, payload) => {
      if (event === 'users:indexProgress') progress.push(payload as IndexStatus)
    })
    const started = await h.ok('users', 'indexStart', { poolId })
    off()
    expect(started.state).toBe('loading')
    // The channel uses 60 a page; reload with 7 a page so each partition spans several pages.
    const status = await loadIndex(h)
    expect(status).toMatchObject({ state: 'done', indexed: COUNT, estimated: COUNT, groupsLoaded: true })
    expect(status.partitions).toEqual({ done: 16, total: 16 })
    const all = await h.ok('users', 'indexQuery', { poolId, query: {}, limit: 1000 })
    expect(all.total).toBe(COUNT)
    expect(new Set(all.rows.map((r) => r.username)).size).toBe(COUNT)
    expect(all.attributeNames).toEqual(expect.arrayContaining(['custom:tenant', 'custom:plan', 'email']))
    expect(all.rows.find((r) => r.username === 'user001')?.groups).toEqual(['admins'])
  })

  it('answers free text, AND / OR conditions on custom attributes, filters, sort and windows', async () => {
    const q = (query: IndexQuery, extra: { offset?: number; limit?: number } = {}) =>
      h.ok('users', 'indexQuery', { poolId, query, ...extra })
    expect((await q({ text: 'zoë' })).rows.map((r) => r.username)).toEqual(['user007'])
    const and = await q({
      match: 'all',
      conditions: [
        { attribute: 'custom:tenant', operator: 'equals', value: 'acme' },
        { attribute: 'custom:plan', operator: 'equals', value: 'enterprise' }
      ]
    })
    // i % 3 === 0 and i % 10 === 0: 0, 30, 60, 90
    expect(and.rows.map((r) => r.username).sort()).toEqual(['user000', 'user030', 'user060', 'user090'])
    const or = await q({
      match: 'any',
      conditions: [
        { attribute: 'username', operator: 'endsWith', value: '119' },
        { attribute: 'email', operator: 'startsWith', value: 'USER11@' }
      ]
    })
    expect(or.rows.map((r) => r.username).sort()).toEqual(['user011', 'user119'])
    expect(
      (await q({ conditions: [{ attribute: 'email', operator: 'contains', value: 'globex' }] })).total
    ).toBe(40)
    expect((await q({ enabled: false })).rows.map((r) => r.username)).toEqual(['user005'])
    expect((await q({ statuses: ['CONFIRMED'] })).total).toBe(0)
    expect((await q({ statuses: ['FORCE_CHANGE_PASSWORD'] })).total).toBe(COUNT)
    expect((await q({ groups: ['admins'] })).rows.map((r) => r.username).sort()).toEqual([
      'user001',
      'user002'
    ])
    const sorted = await q({ sort: { column: 'username', direction: 'desc' } }, { offset: 2, limit: 3 })
    expect(sorted).toMatchObject({ total: COUNT, offset: 2 })
    expect(sorted.rows.map((r) => r.username)).toEqual(['user117', 'user116', 'user115'])
    const byTenant = await q({ sort: { column: 'custom:tenant', direction: 'desc' } }, { limit: 1 })
    expect(byTenant.rows[0]?.attributes['custom:tenant']).toBe('initech')
  })

  it('backs off on TooManyRequestsException and still indexes everyone', async () => {
    const proxy = await startFaultProxy({ target: inject('motoEndpoint'), throttleFraction: 0.3, seed: 7 })
    const p = await createHarness({ endpoint: proxy.endpoint })
    try {
      const { clients, limiter } = p.ctx.connections.active()
      const index = p.ctx.indexes.for(connectionId(p), poolId)
      index.start({ idp: clients.idp, limiter, poolId, pageSize: 20, includeGroups: false })
      await index.loading
      const status = index.snapshot()
      expect(status).toMatchObject({ state: 'done', indexed: COUNT })
      expect(status.throttled).toBeGreaterThan(0)
      expect(proxy.stats.byOperation.ListUsers?.throttled).toBeLessThanOrEqual(status.throttled)
    } finally {
      p.dispose()
      await proxy.close()
    }
  })

  it('cancels a load under way', async () => {
    const proxy: FaultProxy = await startFaultProxy({ target: inject('motoEndpoint'), latencyMs: 300 })
    const p = await createHarness({ endpoint: proxy.endpoint })
    try {
      await p.ok('users', 'indexStart', { poolId, includeGroups: false })
      const cancelled = p.waitForEvent('users:indexProgress', (s) => s.state === 'cancelled')
      await p.ok('users', 'indexCancel', { poolId })
      expect((await cancelled).indexed).toBeLessThan(COUNT)
      expect((await p.ok('users', 'indexStatus', { poolId })).state).toBe('cancelled')
    } finally {
      p.dispose()
      await proxy.close()
    }
  })

  it('restarts a partition whose pagination token expired, without duplicates', async () => {
    // Injected fault: an hour-old token cannot be produced in a test, so one ListUsers call with a
    // token is answered as Cognito answers an expired one; every other call goes to moto.
    const real = h.ctx.connections.active().clients.idp
    const client = new CognitoIdentityProviderClient({ region: 'us-east-1' })
    const mock = mockClient(client)
    let expired = 0
    mock.on(ListUsersCommand).callsFake(async (input: ListUsersCommand['input']) => {
      if (input.PaginationToken && expired === 0) {
        expired++
        throw Object.assign(new Error('Invalid pagination token (expired).'), {
          name: 'InvalidParameterException'
        })
      }
      return real.send(new ListUsersCommand(input))
    })
    mock
      .on(DescribeUserPoolCommand)
      .callsFake((input: DescribeUserPoolCommand['input']) => real.send(new DescribeUserPoolCommand(input)))
    mock
      .on(ListGroupsCommand)
      .callsFake((input: ListGroupsCommand['input']) => real.send(new ListGroupsCommand(input)))
    mock
      .on(ListUsersInGroupCommand)
      .callsFake((input: ListUsersInGroupCommand['input']) => real.send(new ListUsersInGroupCommand(input)))
    const index = h.ctx.indexes.for('token-test', poolId)
    index.start({ idp: client, limiter: new RateLimiter(), poolId, pageSize: 7 })
    await index.loading
    expect(index.snapshot()).toMatchObject({ state: 'done', indexed: COUNT, restarts: 1 })
    expect(new Set(await index.usernames({})).size).toBe(COUNT)
    mock.restore()
  })

  it('keeps the index in step with single-user actions', async () => {
    // The same query before and after: a cached result must not hide the change.
    expect((await h.ok('users', 'indexQuery', { poolId, query: { enabled: false } })).total).toBe(1)
    await h.ok('users', 'disable', { poolId, username: 'user010' })
    const result = await h.ok('users', 'indexQuery', { poolId, query: { enabled: false } })
    expect(result.rows.map((r) => r.username).sort()).toEqual(['user005', 'user010'])
    expect(result.rows.find((r) => r.username === 'user010')?.attributes['custom:tenant']).toBe('globex')
    await h.ok('users', 'enable', { poolId, username: 'user010' })
  })

  it('keeps group filters in step when a user joins or leaves a group', async () => {
    const admins = async () =>
      (await h.ok('users', 'indexQuery', { poolId, query: { groups: ['admins'] } })).rows
        .map((r) => r.username)
        .sort()
    expect(await admins()).toEqual(['user001', 'user002'])
    await h.ok('users', 'addToGroup', { poolId, username: 'user003', group: 'admins' })
    expect(await admins()).toEqual(['user001', 'user002', 'user003'])
    await h.ok('users', 'removeFromGroup', { poolId, username: 'user001', group: 'admins' })
    expect(await admins()).toEqual(['user002', 'user003'])
  })
})
