import { ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy'

let h: Harness | undefined
let proxy: FaultProxy | undefined
afterEach(async () => {
  h?.dispose()
  await proxy?.close()
})

describe('fault proxy in front of moto', () => {
  it('forwards calls, throttles above the rate with TooManyRequestsException, and can go down', async () => {
    proxy = await startFaultProxy({
      target: inject('motoEndpoint'),
      rateLimits: { pools: 2 },
      // A window longer than the test, so exactly two calls pass however slowly the machine runs.
      windowMs: 60_000,
      bucketOf: (op) => (op === 'ListUserPools' ? 'pools' : undefined)
    })
    h = await createHarness({ endpoint: proxy.endpoint })
    const { idp, limiter } = {
      idp: h.ctx.connections.active().clients.idp,
      limiter: h.ctx.connections.active().limiter
    }
    // Lift the app's own pacing so the proxy's throttle is what the calls meet.
    limiter.setQuotas({ UserPoolRead: 1000 })
    const results = await Promise.allSettled(
      [1, 2, 3, 4].map(() => idp.send(new ListUserPoolsCommand({ MaxResults: 1 })))
    )
    const rejected = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[]
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2)
    expect(rejected.map((r) => (r.reason as Error).name)).toEqual([
      'TooManyRequestsException',
      'TooManyRequestsException'
    ])
    // Other operations (the audit log's caller lookup) may pass too; ListUserPools is what is limited.
    expect(proxy.stats.byOperation.ListUserPools).toEqual({ forwarded: 2, throttled: 2, failed: 0 })

    await proxy.down()
    const down = await h.call('pools', 'list', {})
    // A fresh connection is refused (ENDPOINT); a pooled keep-alive socket the server cut is reset
    // (NETWORK). Either way the message names the endpoint.
    expect(down.ok).toBe(false)
    if (!down.ok) {
      expect(['ENDPOINT', 'NETWORK']).toContain(down.error.code)
      expect(down.error.message).toContain(proxy.endpoint)
    }
  })
})
