import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'

let h: Harness
beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
})
afterAll(() => h?.dispose())

it('keeps the documented defaults where the endpoint has no provisioned limits, and says so', async () => {
  const settings = await h.ok('limits', 'quotas', {})
  expect(settings.account).toEqual({
    state: 'unavailable',
    reason: 'This endpoint does not implement GetProvisionedLimit.'
  })
  expect(settings.inForce.UserList).toEqual({ value: 30, source: 'default' })
  const overridden = await h.ok('limits', 'setQuotas', { overrides: { UserList: 5 } })
  expect(overridden.inForce.UserList).toEqual({ value: 5, source: 'override' })
  expect(h.ctx.connections.active().limiter.quota('UserList')).toBe(5)
})
