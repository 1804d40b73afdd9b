import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
})
afterAll(() => h?.dispose())

const onPlan = async (name: string, tier: 'ESSENTIALS' | 'PLUS') => {
  const { id } = await h.ok('pools', 'create', { ...plainPool(name), deletionProtection: true })
  await h.ok('pools', 'update', {
    poolId: id,
    signInPolicy: { tier, allowedFirstAuthFactors: ['PASSWORD'], webAuthnUserVerification: 'preferred' }
  })
  return id
}

describe('threat protection mode (moto stores UserPoolAddOns)', () => {
  it('switches a Plus pool to audit only and to full function, keeping the rest of the pool', async () => {
    const poolId = await onPlan(`tp-mode-${run}`, 'PLUS')
    expect(await h.ok('threatProtection', 'setMode', { poolId, mode: 'AUDIT' })).toEqual({
      poolId,
      mode: 'AUDIT'
    })
    await h.ok('threatProtection', 'setMode', { poolId, mode: 'ENFORCED' })
    const pool = await h.ok('pools', 'describe', { poolId })
    expect(pool.threatProtection.mode).toBe('ENFORCED')
    expect(pool.signInPolicy.tier).toBe('PLUS')
    expect(pool.deletionProtection).toBe(true)
    expect(pool.passwordPolicy.minimumLength).toBe(8)
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'UpdateUserPool' })
    expect(log.entries[0]).toMatchObject({ result: 'ok', poolId })
  })

  it('refuses to turn it on for a pool on another plan, before calling, and says which plan it needs', async () => {
    const poolId = await onPlan(`tp-mode-ess-${run}`, 'ESSENTIALS')
    const refused = await h.call('threatProtection', 'setMode', { poolId, mode: 'AUDIT' })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'PRECONDITION', params: { reason: 'modeNeedsPlus', plan: 'ESSENTIALS', mode: 'AUDIT' } }
    })
    expect((await h.ok('pools', 'describe', { poolId })).threatProtection.mode).toBe('OFF')
    expect(await h.ok('threatProtection', 'setMode', { poolId, mode: 'OFF' })).toEqual({
      poolId,
      mode: 'OFF'
    })
  })

  it('is refused on a read-only connection', async () => {
    const poolId = await onPlan(`tp-mode-ro-${run}`, 'PLUS')
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      expect(await ro.call('threatProtection', 'setMode', { poolId, mode: 'AUDIT' })).toMatchObject({
        ok: false,
        error: { code: 'READ_ONLY' }
      })
    } finally {
      ro.dispose()
    }
  })
})
