import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  CreateGroupCommand,
  CreateUserPoolCommand
} from '@aws-sdk/client-cognito-identity-provider'
import type { Envelope } from '@shared/errors'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy'
import { createHarness, type Harness } from '../support/harness'

/**
 * 1,000 mixed admin calls through the real router, clients and limiter, against a proxy that answers
 * TooManyRequestsException to a random 20% of calls. Every call must end done or reported (an error
 * envelope with a code and a message), none may be lost, and every write must be in the audit log.
 */

const CALLS = 1000
const USERS = 40
const run = Date.now().toString(36)
let direct: Harness
let h: Harness
let proxy: FaultProxy
let poolId: string
const username = (i: number) => `load${String(i % USERS).padStart(2, '0')}`

beforeAll(async () => {
  direct = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = direct.ctx.connections.active().clients.idp
  poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: `load-${run}` }))).UserPool?.Id as string
  await idp.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'load' }))
  for (let i = 0; i < USERS; i++) {
    await idp.send(
      new AdminCreateUserCommand({ UserPoolId: poolId, Username: username(i), MessageAction: 'SUPPRESS' })
    )
    if (i % 2 === 0)
      await idp.send(
        new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: username(i), GroupName: 'load' })
      )
  }
  proxy = await startFaultProxy({ target: inject('motoEndpoint'), throttleFraction: 0.2, seed: 7 })
  // Retries as in the app (the SDK retries a throttle; the limiter paces every attempt).
  h = await createHarness({ endpoint: proxy.endpoint, maxAttempts: 3 })
})

afterAll(async () => {
  h?.dispose()
  direct?.dispose()
  await proxy?.close()
})

/** The AWS write each write channel makes. */
const OPERATION: Record<string, string> = {
  'users:disable': 'AdminDisableUser',
  'users:enable': 'AdminEnableUser',
  'users:updateAttributes': 'AdminUpdateUserAttributes',
  'users:addToGroup': 'AdminAddUserToGroup',
  'users:removeFromGroup': 'AdminRemoveUserFromGroup',
  'groups:create': 'CreateGroup'
}

type Call = { channel: string; write: boolean; run: () => Promise<Envelope<unknown>> }

/** The mix: reads and writes of users and groups, in the proportions an admin session has. */
function call(i: number): Call {
  const u = username(i)
  const slot = i % 20
  if (slot < 5)
    return { channel: 'users:get', write: false, run: () => h.call('users', 'get', { poolId, username: u }) }
  if (slot < 8)
    return { channel: 'users:list', write: false, run: () => h.call('users', 'list', { poolId, limit: 20 }) }
  if (slot < 10)
    return { channel: 'groups:list', write: false, run: () => h.call('groups', 'list', { poolId }) }
  if (slot < 12)
    return {
      channel: 'users:disable',
      write: true,
      run: () => h.call('users', 'disable', { poolId, username: u })
    }
  if (slot < 14)
    return {
      channel: 'users:enable',
      write: true,
      run: () => h.call('users', 'enable', { poolId, username: u })
    }
  if (slot < 16)
    return {
      channel: 'users:updateAttributes',
      write: true,
      run: () =>
        h.call('users', 'updateAttributes', { poolId, username: u, attributes: { given_name: `Load ${i}` } })
    }
  if (slot < 18)
    return {
      channel: 'users:addToGroup',
      write: true,
      run: () => h.call('users', 'addToGroup', { poolId, group: 'load', username: u })
    }
  if (slot < 19)
    return {
      channel: 'users:removeFromGroup',
      write: true,
      run: () => h.call('users', 'removeFromGroup', { poolId, group: 'load', username: u })
    }
  return {
    channel: 'groups:create',
    write: true,
    run: () => h.call('groups', 'create', { poolId, name: `g-${run}-${i}` })
  }
}

describe('load', () => {
  it('1,000 mixed admin calls through 20% injected throttling: every call done or reported, every write recorded', async () => {
    const calls = Array.from({ length: CALLS }, (_, i) => call(i))
    const started = performance.now()
    const settled = await Promise.allSettled(calls.map((c) => c.run()))
    const seconds = (performance.now() - started) / 1000

    const rejected = settled.filter((s) => s.status === 'rejected')
    expect(rejected, 'the router never throws').toEqual([])
    const results = settled.map((s) => (s as PromiseFulfilledResult<Envelope<unknown>>).value)
    const done = results.filter((r) => r.ok).length
    const reported = results.filter((r) => !r.ok && r.error.code && r.error.message).length
    const byCode: Record<string, number> = {}
    for (const r of results) if (!r.ok) byCode[r.error.code] = (byCode[r.error.code] ?? 0) + 1
    expect(done + reported, 'every call ends done or reported').toBe(CALLS)
    // The mix is valid: only throttles that outlasted the retries, or calls the busy emulator answered
    // after the timeout, may fail, and both are reported as worth retrying.
    expect(Object.keys(byCode).filter((code) => code !== 'THROTTLED' && code !== 'TIMEOUT')).toEqual([])
    for (const r of results) if (!r.ok) expect(r.error.retryable).toBe(true)

    await h.ctx.audit.flush()
    const records = h.ctx.audit.log.read()
    const writes = calls.map((c, i) => ({ c, r: results[i] as Envelope<unknown> })).filter(({ c }) => c.write)
    // Per write channel: each successful call has its record, and no call has more than one. A failed
    // call may lack one (a read it needs was throttled before its AWS write) or have an ok one (the
    // write went through and a read after it failed): the log shows what changed, not what was answered.
    let unrecorded = 0
    let appliedButReported = 0
    for (const [channel, operation] of Object.entries(OPERATION)) {
      const made = writes.filter(({ c }) => c.channel === channel)
      const ok = made.filter(({ r }) => r.ok).length
      const recorded = records.filter((r) => r.operation === operation)
      const recordedOk = recorded.filter((r) => r.result === 'ok').length
      expect(recordedOk, `${channel}: successful calls without a record`).toBeGreaterThanOrEqual(ok)
      expect(recorded.length, `${channel}: more records than calls`).toBeLessThanOrEqual(made.length)
      unrecorded += made.length - recorded.length
      appliedButReported += recordedOk - ok
    }
    expect(records.length + unrecorded).toBe(writes.length)
    expect(proxy.stats.throttled).toBeGreaterThan(CALLS * 0.1)
    console.warn(
      `Load: ${CALLS} calls (${writes.length} writes) in ${seconds.toFixed(1)} s; ${done} done, ${reported} reported (${JSON.stringify(byCode)}), 0 lost; ` +
        `proxy throttled ${proxy.stats.throttled} of ${proxy.stats.throttled + proxy.stats.forwarded} attempts; ` +
        `${records.length} audit records (${unrecorded} failed calls stopped before their AWS write, ${appliedButReported} reported failed after their write was applied)`
    )
  }, 300_000)
})
