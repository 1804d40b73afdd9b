import { listChannels } from '@shared/contract'
import { ERROR_CODES, type Envelope } from '@shared/errors'
import { QUOTA_CATEGORIES } from '@shared/quotas'
import type { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHarness, TRUSTED_SENDER, type Harness } from '../support/harness'

/**
 * Hostile input over every IPC channel, through the real router: wrong types, oversized strings,
 * deep nesting, prototype-pollution keys, huge arrays, and plausible-looking requests with one bad
 * field. Each call must end in an envelope (never a throw or a hang), an error must carry a known
 * code and no stack trace, and nothing may be polluted.
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const random = mulberry32(20261122)
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

function nested(depth: number, kind: 'object' | 'array'): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i++) value = kind === 'object' ? { a: value } : [value]
  return value
}

/** Values that are wrong, huge, odd or hostile; all survive structured cloning, as IPC payloads must. */
const HOSTILE: (() => unknown)[] = [
  () => undefined,
  () => null,
  () => true,
  () => 0,
  () => -1,
  () => Number.NaN,
  () => Number.POSITIVE_INFINITY,
  () => 1e308,
  () => -0,
  () => 2 ** 53 + 1,
  () => 10n ** 30n,
  () => '',
  () => ' ',
  () => 'x'.repeat(1_000_000),
  () => '\u0000\u202e\ud800',
  () => '../../../../etc/passwd',
  () => '<img src=x onerror=alert(1)>',
  () => "'; DROP TABLE users; --",
  () => '%00%2e%2e%2f',
  () => 'us-east-1_' + 'A'.repeat(200),
  () => '__proto__',
  () => 'constructor',
  () => new Date(Number.NaN),
  () => new Date(),
  () => new Map([['__proto__', 1]]),
  () => new Set([1, 2]),
  () => new Uint8Array(1024),
  () => /regex/g,
  () => [],
  () => [null],
  () => Array.from({ length: 100_000 }, (_, i) => i),
  () => Array.from({ length: 1000 }, () => 'x'.repeat(1000)),
  () => ({}),
  () => nested(5000, 'object'),
  () => nested(5000, 'array'),
  () => JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  () => JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  () => ({ toString: 'not a function', valueOf: 1, hasOwnProperty: 'x' }),
  () => Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i]))
]

/** Plausible values, so that requests often get past their first field and meet the next one. */
const PLAUSIBLE: (() => unknown)[] = [
  () => 'us-east-1_Fuzz123',
  () => 'us-east-1:00000000-0000-4000-8000-000000000000',
  () => '00000000-0000-4000-8000-000000000000',
  () => 'alice',
  () => 'fuzz-group',
  () => '1example23456789',
  () => 'alice@example.com',
  () => '+819012345678',
  () => 'http://127.0.0.1:9',
  () => 'us-east-1',
  () => 'csv',
  () => 'email',
  () => 1,
  () => 60,
  () => false,
  () => true,
  () => ['alice'],
  () => ({ email: 'a@example.com' })
]

function keysOf(schema: z.ZodType): string[] {
  const s = schema as unknown as {
    shape?: Record<string, unknown>
    def?: { in?: z.ZodType; innerType?: z.ZodType }
  }
  if (s.shape && typeof s.shape === 'object') return Object.keys(s.shape)
  if (s.def?.in) return keysOf(s.def.in)
  if (s.def?.innerType) return keysOf(s.def.innerType)
  return []
}

function payloadsFor(schema: z.ZodType, count: number): unknown[] {
  const keys = keysOf(schema)
  const out: unknown[] = HOSTILE.map((make) => make())
  while (out.length < count) {
    const request: Record<string, unknown> = {}
    for (const key of keys) if (random() < 0.85) request[key] = pick(PLAUSIBLE)()
    if (keys.length > 0) request[pick(keys)] = pick(random() < 0.5 ? HOSTILE : PLAUSIBLE)()
    if (random() < 0.15) Object.assign(request, JSON.parse('{"__proto__":{"polluted":"yes"},"extra":1}'))
    out.push(request)
  }
  return out
}

const STACK = /\n\s+at |\bat .+:\d+:\d+|\.ts:\d+|node_modules/
const TIMEOUT_MS = 15_000
let h: Harness

beforeAll(async () => {
  // A connection to a port where nothing listens: calls that pass validation fail fast, offline.
  h = await createHarness({ endpoint: 'http://127.0.0.1:9' })
  h.ctx.limits.setQuotas(Object.fromEntries(QUOTA_CATEGORIES.map((c) => [c, 10_000])))
  h.ctx.saveFile = async () => null
})
afterAll(() => h.dispose())

async function settle(channel: string, payload: unknown): Promise<Envelope<unknown>> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${channel} did not answer within ${TIMEOUT_MS} ms`)),
      TIMEOUT_MS
    )
  })
  try {
    return await Promise.race([h.router.dispatch(channel, payload, TRUSTED_SENDER), hang])
  } finally {
    clearTimeout(timer)
  }
}

describe('IPC fuzzing', () => {
  it('answers every hostile payload on every channel with an envelope, and pollutes nothing', async () => {
    const failures: string[] = []
    let fuzzed = 0
    let accepted = 0
    const channels = listChannels()
    for (const { name, channel } of channels) {
      for (const payload of payloadsFor(channel.request, 80)) {
        fuzzed++
        let result: Envelope<unknown>
        try {
          result = await settle(name, payload)
        } catch (error) {
          failures.push(`${name}: ${(error as Error).message}`)
          continue
        }
        if (typeof result !== 'object' || result === null || typeof result.ok !== 'boolean') {
          failures.push(`${name}: not an envelope`)
        } else if (result.ok) {
          accepted++
        } else {
          const text = JSON.stringify(result.error)
          if (!ERROR_CODES.includes(result.error.code))
            failures.push(`${name}: unknown code ${result.error.code}`)
          if (typeof result.error.message !== 'string' || result.error.message.length === 0)
            failures.push(`${name}: error without a message`)
          if (STACK.test(text)) failures.push(`${name}: stack trace leaked: ${text.slice(0, 200)}`)
          if (text.length > 5000) failures.push(`${name}: error of ${text.length} characters`)
        }
        try {
          structuredClone(result)
        } catch {
          failures.push(`${name}: envelope cannot cross IPC`)
        }
      }
    }

    let names = 0
    for (const bogus of [
      '',
      ' ',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'users',
      'users:',
      ':list'
    ]) {
      names++
      const result = await settle(bogus, {})
      if (result.ok || result.error.code !== 'UNKNOWN_CHANNEL')
        failures.push(`channel name ${bogus} was not refused`)
    }
    for (let i = 0; i < 200; i++) {
      names++
      const bogus = `${pick(channels).domain}:${Math.floor(random() * 1e9).toString(36)}`
      const result = await settle(bogus, {})
      if (result.ok || result.error.code !== 'UNKNOWN_CHANNEL')
        failures.push(`channel name ${bogus} was not refused`)
    }

    console.warn(
      `IPC fuzz: ${fuzzed} payloads over ${channels.length} channels (${accepted} accepted), ${names} bogus channel names, ${failures.length} failures`
    )
    expect(failures).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
    expect(Object.keys(Object.prototype)).toEqual([])
    // The settings file is still valid and holds no fuzz.
    expect(h.ctx.store.get('preferences').language).toMatch(/^(en|ja)$/)
  }, 600_000)
})
