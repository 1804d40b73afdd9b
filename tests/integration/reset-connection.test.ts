import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool } from '../support/user-pools'

// A connection cut under a call (a proxy or the network resetting it) is a network failure, retried
// at once like any other; only a silent endpoint, which costs a full timeout per try, is not.
const run = Date.now().toString(36)
let proxy: FaultProxy
let h: Harness
let direct: Harness
let poolId: string

beforeAll(async () => {
  direct = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = await createUsersPool(direct.ctx.connections.active().clients.idp, `reset-${run}`)
  proxy = await startFaultProxy({ target: inject('motoEndpoint') })
  // The app's own client settings: five attempts per call, as a person's connection has.
  h = await createHarness({ endpoint: proxy.endpoint, productionClient: true })
}, 60_000)
afterAll(async () => {
  h?.dispose()
  direct?.dispose()
  await proxy?.close()
})

describe('a connection reset under a call', () => {
  it('is retried on a new connection, and the call succeeds', async () => {
    const before = proxy.stats.reset
    proxy.set({ reset: { operation: 'ListUserPools', calls: 2 } })
    const { pools } = await h.ok('pools', 'list', {})
    expect(pools.map((p) => p.id)).toContain(poolId)
    expect(proxy.stats.reset - before).toBe(2)
  }, 60_000)

  it('is reported as a network failure naming the endpoint once every attempt was cut', async () => {
    const before = proxy.stats.reset
    proxy.set({ reset: { operation: 'ListUserPools', calls: 100 } })
    try {
      const result = await h.call('pools', 'list', {})
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'NETWORK',
          retryable: true,
          message: `The connection to ${proxy.endpoint} was cut. Tried 5 times.`,
          hint: expect.stringMatching(/VPN or proxy/)
        }
      })
      expect(proxy.stats.reset - before).toBe(5)
    } finally {
      proxy.set({ reset: undefined })
    }
  }, 60_000)

  it('in a bulk job: the step is checked in Cognito, then repeated up to the outage attempts', async () => {
    const username = `cut-${run}`
    const planned = await h.ok('jobs', 'planImport', {
      poolId,
      csv: `cognito:username,email\n${username},${username}@example.com`,
      sendInvitation: false
    })
    // Every SDK attempt of the step's first two tries is cut: the job runner sees NETWORK twice.
    proxy.set({ reset: { operation: 'AdminCreateUser', calls: 10 } })
    const job = await h.ok('jobs', 'start', { planId: planned.plan?.planId ?? '' })
    const waiting = await h.waitForEvent('jobs:progress', (p) => p.jobId === job.jobId && !!p.waiting)
    // Three tries as for any outage, not the single repeat a silent endpoint's timeout gets: the
    // third one creates the user.
    expect(waiting.waiting).toEqual({ attempt: 2, attempts: 3 })
    const report = await h.ctx.jobs.settled(job.jobId)
    expect(report.summary.state).toBe('done')
    expect(report.items).toEqual([
      expect.objectContaining({
        username,
        outcome: 'done',
        retried: { after: 'NETWORK', outcome: 'applied', attempts: 3 }
      })
    ])
  }, 60_000)
})
