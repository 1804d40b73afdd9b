import { statSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import {
  MAX_REMEMBERED_CONNECTIONS,
  MAX_REMEMBERED_POOLS,
  settingsSchema,
  type Settings
} from '../../src/shared/contract/settings'
import { keepNewest } from '../../src/shared/schemas'
import { settingsStoreOptions } from '../../src/main/store/settings'
import { createHarness, type Harness } from '../support/harness'

const poolId = (i: number) => `us-east-1_${i.toString(36).padStart(9, 'a')}`
const manyKeys = <T>(n: number, value: T) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [poolId(i), value]))

describe('settings stay small', () => {
  let h: Harness | undefined
  afterEach(() => h?.dispose())

  it('refuses a crafted write of 50,000 or 200,000 keys and leaves the file as it was', async () => {
    h = await createHarness()
    await h.ok('settings', 'update', { theme: 'dark' })
    const before = statSync(h.ctx.store.path).size
    // One map of 50,000 keys (within the router's payload limits, so the schema's bounds refuse it),
    // offered as every persisted map in turn; 200,000 keys are over the payload limits themselves.
    const crafted = manyKeys(50_000, [poolId(1)])
    for (const field of ['tableColumns', 'lastPoolId', 'recentPools', 'favouritePools'] as const) {
      const result = await h.call('settings', 'update', { [field]: crafted } as never)
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    }
    const huge = await h.call('settings', 'update', { tableColumns: manyKeys(200_000, [poolId(1)]) } as never)
    expect(huge).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } })
    expect(statSync(h.ctx.store.path).size).toBe(before)
  }, 30_000)

  it('holds at most about a megabyte when every field is full', () => {
    const id = (i: number) => `${i}`.padStart(64, '0')
    const fullest: Settings = {
      theme: 'system',
      language: 'en',
      tableColumns: manyKeys(
        MAX_REMEMBERED_POOLS,
        Array.from({ length: 64 }, () => 'x'.repeat(64))
      ),
      lastPoolId: Object.fromEntries(
        Array.from({ length: MAX_REMEMBERED_CONNECTIONS }, (_, i) => [id(i), poolId(i)])
      ),
      favouritePools: Object.fromEntries(
        Array.from({ length: MAX_REMEMBERED_CONNECTIONS }, (_, i) => [
          id(i),
          Array.from({ length: 100 }, () => poolId(i))
        ])
      ),
      recentPools: Object.fromEntries(
        Array.from({ length: MAX_REMEMBERED_CONNECTIONS }, (_, i) => [
          id(i),
          Array.from({ length: 10 }, () => poolId(i))
        ])
      )
    }
    expect(settingsSchema.safeParse(fullest).success).toBe(true)
    expect(JSON.stringify(fullest).length).toBeLessThan(1.5 * 1024 * 1024)
  })

  it('writes the key limits into the settings file schema too', () => {
    const schema = settingsStoreOptions().schema as Record<string, { properties: Record<string, object> }>
    expect(schema.preferences?.properties.tableColumns).toMatchObject({ maxProperties: MAX_REMEMBERED_POOLS })
    expect(schema.preferences?.properties.lastPoolId).toMatchObject({
      maxProperties: MAX_REMEMBERED_CONNECTIONS
    })
  })

  it('keeps the newest keys when a map is full', () => {
    const full = { a: 1, b: 2, c: 3 }
    expect(keepNewest(full, 'd', 4, 3)).toEqual({ b: 2, c: 3, d: 4 })
    expect(Object.keys(keepNewest(full, 'a', 9, 3))).toEqual(['b', 'c', 'a'])
    expect(keepNewest({}, 'a', 1, 3)).toEqual({ a: 1 })
  })
})
