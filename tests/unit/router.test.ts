import { afterEach, describe, expect, it } from 'vitest'
import { PAYLOAD_LIMITS, payloadExcess } from '@shared/payload-limits'
import { createHarness, TRUSTED_SENDER, type Harness } from '../support/harness'

let h: Harness
afterEach(() => h?.dispose())

describe('router', () => {
  it('answers a contract channel with an ok envelope', async () => {
    h = await createHarness()
    const result = await h.call('settings', 'get', {})
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ theme: 'system', language: 'en' }) })
  })

  it('refuses a channel outside the contract', async () => {
    h = await createHarness()
    for (const name of ['settings:delete', '__proto__', 'constructor', 'toString', '', 'settings:get:x']) {
      const result = await h.router.dispatch(name, {}, TRUSTED_SENDER)
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    }
  })

  it('refuses calls from an iframe or another origin', async () => {
    h = await createHarness()
    const fromFrame = await h.router.dispatch('settings:get', {}, { ...TRUSTED_SENDER, isMainFrame: false })
    const fromWeb = await h.router.dispatch(
      'settings:get',
      {},
      { url: 'https://evil.example/', isMainFrame: true }
    )
    expect(fromFrame).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(fromWeb).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
  })

  it('validates payloads and names the field', async () => {
    h = await createHarness()
    const result = await h.router.dispatch('settings:update', { theme: 'neon' }, TRUSTED_SENDER)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('VALIDATION')
      expect(result.error.message).toMatch(/^theme: /)
    }
  })

  it('refuses unknown keys, including prototype-pollution keys, and pollutes nothing', async () => {
    h = await createHarness()
    const payload = JSON.parse('{"theme":"dark","__proto__":{"polluted":true}}')
    const result = await h.router.dispatch('settings:update', payload, TRUSTED_SENDER)
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(h.ctx.store.get('preferences').theme).toBe('system')
  })

  it('turns a thrown error into an envelope without a stack', async () => {
    h = await createHarness()
    const result = await h.call('connections', 'activate', { id: '00000000-0000-4000-8000-000000000000' })
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(JSON.stringify(result)).not.toMatch(/\bat .+\.ts:\d+/)
  })

  it('says what to do when no connection is chosen', async () => {
    h = await createHarness()
    const result = await h.call('pools', 'list', {})
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NO_CONNECTION', hint: expect.stringMatching(/Settings/) }
    })
  })
})

describe('payload size limits', () => {
  it('refuses an oversized payload with PAYLOAD_TOO_LARGE before its schema sees it', async () => {
    h = await createHarness()
    const tooMany = { usernames: Array.from({ length: PAYLOAD_LIMITS.values + 1 }, (_, i) => `u${i}`) }
    const tooLong = { poolId: 'x'.repeat(PAYLOAD_LIMITS.characters + 1) }
    let tooDeep: unknown = 'bottom'
    for (let i = 0; i < PAYLOAD_LIMITS.depth + 1; i++) tooDeep = { a: tooDeep }
    for (const [payload, limit] of [
      [tooMany, 'values'],
      [tooLong, 'characters'],
      [tooDeep, 'depth']
    ] as const) {
      const result = await h.router.dispatch('users:list', payload, TRUSTED_SENDER)
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'PAYLOAD_TOO_LARGE', params: { limit, max: PAYLOAD_LIMITS[limit] } }
      })
    }
  })

  it('lets the largest legitimate requests through to their schema', () => {
    const csv = 'cognito:username,email\n'.padEnd(20_000_000, 'x')
    expect(payloadExcess({ poolId: 'us-east-1_Abc123', csv, sendInvitation: false })).toBeNull()
    const usernames = Array.from({ length: 100_000 }, (_, i) => `user-${i}`)
    expect(payloadExcess({ poolId: 'us-east-1_Abc123', action: { kind: 'disable' }, usernames })).toBeNull()
  })

  it('counts keys, map and set entries and binary bytes, and stops at the first limit', () => {
    const limits = { characters: 100, values: 10, depth: 3 }
    expect(payloadExcess({ ['k'.repeat(101)]: 1 }, limits)).toEqual({ limit: 'characters', max: 100 })
    expect(payloadExcess(new Map(Array.from({ length: 6 }, (_, i) => [i, i])), limits)).toEqual({
      limit: 'values',
      max: 10
    })
    expect(payloadExcess(new Set(Array.from({ length: 11 }, (_, i) => i)), limits)).toMatchObject({
      limit: 'values'
    })
    expect(payloadExcess(new Uint8Array(101), limits)).toMatchObject({ limit: 'characters' })
    expect(payloadExcess([[[['deep']]]], limits)).toEqual({ limit: 'depth', max: 3 })
    expect(payloadExcess([[['ok']]], limits)).toBeNull()
  })
})
