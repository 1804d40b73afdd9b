import { generateKeyPairSync, createSign, randomUUID } from 'node:crypto'
import { listChannels } from '@shared/contract'
import type { PoolUserSchema } from '@shared/contract/users'
import { ERROR_CODES, type Envelope } from '@shared/errors'
import { QUOTA_CATEGORIES } from '@shared/quotas'
import type { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateImport } from '../../src/main/cognito/users-csv'
import { decodeJwt, inspectToken, JwksCache } from '../../src/main/cognito/tokens'
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

/**
 * Payloads over the router's size limits (or at them, for the 10 MB strings a schema must refuse): each
 * must be refused with a code, whatever the channel. The big values are built once and shared.
 */
const MILLION = Array.from({ length: 1_000_000 }, (_, i) => i)
const TEN_MB = 'x'.repeat(10_000_000)
const DEEP_OBJECT = nested(10_000, 'object')
const DEEP_ARRAY = nested(100_000, 'array')
// Enumerating 200,000 keys takes V8 about 300 ms whoever does it, so only some channels get them.
const MANY_KEYS = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i]))
function oversized(keys: string[], withManyKeys: boolean): unknown[] {
  const field = keys[0] ?? 'value'
  return [
    MILLION,
    TEN_MB,
    { [field]: MILLION },
    { [field]: TEN_MB },
    { [field]: [TEN_MB, TEN_MB, TEN_MB] },
    { [field]: DEEP_OBJECT },
    DEEP_ARRAY,
    Object.assign(JSON.parse('{"__proto__":{"polluted":"yes"}}'), { [field]: MILLION }),
    ...(withManyKeys ? [MANY_KEYS, { [field]: MANY_KEYS }] : [])
  ]
}
const OVERSIZE_CODES = new Set(['PAYLOAD_TOO_LARGE', 'VALIDATION'])

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
    let oversize = 0
    const channels = listChannels()
    for (const [index, { name, channel }] of channels.entries()) {
      for (const payload of oversized(keysOf(channel.request), index % 13 === 0)) {
        fuzzed++
        oversize++
        const result = await settle(name, payload)
        if (result.ok || !OVERSIZE_CODES.has(result.error.code))
          failures.push(
            `${name}: an oversized payload was not refused (${JSON.stringify(result).slice(0, 120)})`
          )
      }
      for (const payload of payloadsFor(channel.request, 90)) {
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
      `IPC fuzz: ${fuzzed} payloads over ${channels.length} channels (${oversize} oversized, all refused; ${accepted} accepted), ${names} bogus channel names, ${failures.length} failures`
    )
    expect(failures).toEqual([])
    expect(fuzzed).toBeGreaterThanOrEqual(10_000)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
    expect(Object.keys(Object.prototype)).toEqual([])
    // The settings file is still valid and holds no fuzz.
    expect(h.ctx.store.get('preferences').language).toMatch(/^(en|ja)$/)
  }, 600_000)
})

describe('IPC burst', () => {
  it('answers a burst of 5,000 hostile and ordinary calls and reports the memory it took', async () => {
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
    const channels = listChannels()
    const payloads = channels.map(({ channel }) => [
      ...oversized(keysOf(channel.request), false),
      ...payloadsFor(channel.request, 0).slice(0, 30)
    ])
    const before = process.memoryUsage()
    let envelopes = 0
    for (let i = 0; i < 5_000; i++) {
      const c = i % channels.length
      const mine = payloads[c]!
      const result = await settle(channels[c]!.name, mine[Math.floor(i / channels.length) % mine.length])
      if (typeof result.ok === 'boolean') envelopes++
    }
    const after = process.memoryUsage()
    // The figure for the notes; memory depends on the machine and the collector, so it is not asserted.
    console.warn(
      `IPC burst: 5,000 calls, RSS ${mb(before.rss)} -> ${mb(after.rss)} MB, heap ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} MB`
    )
    expect(envelopes).toBe(5_000)
  }, 300_000)
})

const SCHEMA: PoolUserSchema = {
  poolId: 'us-east-1_Fuzz123',
  poolName: 'fuzz',
  attributes: [
    {
      name: 'email',
      dataType: 'String',
      required: true,
      mutable: true,
      custom: false,
      writable: true,
      maxLength: 2048
    },
    {
      name: 'phone_number',
      dataType: 'String',
      required: false,
      mutable: true,
      custom: false,
      writable: true
    },
    {
      name: 'email_verified',
      dataType: 'Boolean',
      required: false,
      mutable: true,
      custom: false,
      writable: true
    },
    { name: 'given_name', dataType: 'String', required: false, mutable: true, custom: false, writable: true },
    {
      name: 'custom:tenant',
      dataType: 'String',
      required: false,
      mutable: true,
      custom: true,
      writable: true,
      maxLength: 32
    },
    {
      name: 'custom:seats',
      dataType: 'Number',
      required: false,
      mutable: true,
      custom: true,
      writable: true,
      minValue: 0,
      maxValue: 100
    }
  ],
  passwordPolicy: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7
  },
  usernameAttributes: [],
  aliasAttributes: ['email'],
  autoVerifiedAttributes: ['email'],
  mfaConfiguration: 'OFF',
  estimatedUsers: 0
}

const CELLS: (() => string)[] = [
  () => 'alice',
  () => `user${Math.floor(random() * 50)}`,
  () => 'a@example.com',
  () => 'not-an-email',
  () => '+819012345678',
  () => '090-1234',
  () => 'true',
  () => 'maybe',
  () => '42',
  () => '-1e999',
  () => '',
  () => '   ',
  () => '"quoted, with comma"',
  () => '"unterminated',
  () => 'embedded "quote" here',
  () => 'line\nbreak',
  () => '\r\n',
  () => '=HYPERLINK("http://evil.example")',
  () => '+SUM(A1:A9)',
  () => '@cmd',
  () => '\u0000\u202e\ufeff',
  () => '日本語のテナント',
  () => 'x'.repeat(5000),
  () => ',,,,',
  () => ';\t|',
  () => '__proto__',
  () => 'constructor'
]
const COLUMNS = [
  'cognito:username',
  'email',
  'phone_number',
  'email_verified',
  'given_name',
  'custom:tenant',
  'custom:seats',
  'cognito:mfa_enabled',
  'unknown_column',
  '__proto__',
  ''
]

function csvRow(cells: string[]): string {
  return cells
    .map((c) => (random() < 0.7 && /[",\n\r]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c))
    .join(random() < 0.95 ? ',' : ';')
}

describe('import CSV fuzzing', () => {
  it('reports every malformed row with a line number and never throws', async () => {
    let rowsFuzzed = 0
    let files = 0
    const failures: string[] = []
    for (let f = 0; f < 300; f++) {
      files++
      const header =
        random() < 0.85 ? COLUMNS.slice(0, 2 + Math.floor(random() * 6)) : [pick(COLUMNS), pick(COLUMNS)]
      const lines = [csvRow(header)]
      const count = 1 + Math.floor(random() * 60)
      for (let r = 0; r < count; r++) {
        const width = random() < 0.8 ? header.length : Math.floor(random() * (header.length + 3))
        lines.push(csvRow(Array.from({ length: width }, () => pick(CELLS)())))
      }
      rowsFuzzed += count
      const text = (random() < 0.1 ? '\ufeff' : '') + lines.join(random() < 0.2 ? '\r\n' : '\n')
      try {
        const result = await validateImport(text, SCHEMA)
        for (const e of result.errors) {
          if (!Number.isInteger(e.line) || e.line < 1) failures.push(`file ${f}: error without a line number`)
          if (e.problems.length === 0) failures.push(`file ${f}: error without a problem`)
        }
        const bad = new Set(result.errors.filter((e) => e.line > 1).map((e) => e.line)).size
        if (result.users.length + bad !== result.rows)
          failures.push(`file ${f}: ${result.rows} rows, ${result.users.length} good, ${bad} reported`)
        if (
          result.users.some(
            (u) =>
              u.username === '' ||
              !Object.keys(u.attributes).every((k) => SCHEMA.attributes.some((a) => a.name === k))
          )
        )
          failures.push(`file ${f}: a user without a username or with an attribute the pool lacks`)
      } catch (error) {
        failures.push(`file ${f}: threw ${(error as Error).message}`)
      }
    }
    // One huge file: many rows and a huge cell.
    const huge = [
      'cognito:username,email',
      ...Array.from({ length: 20_000 }, (_, i) => `u${i},u${i}@example.com`),
      `big,${'x'.repeat(1_000_000)}`
    ]
    rowsFuzzed += 20_001
    const started = await validateImport(huge.join('\n'), SCHEMA)
    expect(started.rows).toBe(20_001)
    expect(started.errors.map((e) => e.line)).toEqual([20_002])

    console.warn(`CSV fuzz: ${rowsFuzzed} rows in ${files + 1} files, ${failures.length} failures`)
    expect(failures).toEqual([])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 30_000)
})

describe('JWT fuzzing', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = 'fuzz-key'
  const jwk = {
    ...(publicKey.export({ format: 'jwk' }) as Record<string, string>),
    kid,
    alg: 'RS256',
    use: 'sig'
  }
  const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url')
  const issuer = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Fuzz123'
  const sign = (header: unknown, payload: unknown) => {
    const data = `${b64(header)}.${b64(payload)}`
    return `${data}.${createSign('RSA-SHA256').update(data).sign(privateKey).toString('base64url')}`
  }
  const claims = () => ({
    sub: randomUUID(),
    iss: issuer,
    aud: '1example23456789',
    token_use: 'id',
    exp: Math.floor(Date.now() / 1000) + 3600,
    iat: Math.floor(Date.now() / 1000)
  })

  const MALFORMED: (() => string)[] = [
    () => '',
    () => '.',
    () => '..',
    () => '...',
    () => 'a.b',
    () => 'a.b.c.d',
    () => 'not a token at all',
    () => '!!!.@@@.###',
    () => `${b64('{')}.${b64('{')}.x`,
    () => `${b64('[]')}.${b64('[1,2]')}.x`,
    () => `${b64('"str"')}.${b64('null')}.x`,
    () => `${b64({ alg: 'none' })}.${b64(claims())}.`,
    () => `${b64({ alg: 'HS256', kid })}.${b64(claims())}.${b64('mac')}`,
    () => `${b64({ alg: 'RS256', kid: 'unknown' })}.${b64(claims())}.${b64('sig')}`,
    () => `${b64({ alg: 'RS256', kid })}.${b64(nested(2000, 'object'))}.x`,
    () => `${b64({ alg: 'RS256', kid })}.${b64({ ...claims(), __proto__: { polluted: 1 } })}.x`,
    () => `${b64({ alg: 'RS256', kid })}.${'A'.repeat(60_000)}.x`,
    () => 'eyJ' + 'a'.repeat(70_000),
    () => `${b64({ alg: 'RS256', kid })}.${b64(claims())}.${'/+='.repeat(20)}`,
    () => `${b64({ alg: 'RS256', kid })}\n.${b64(claims())}\t.sig`,
    () => '\u0000.\ud800.\u202e',
    () => {
      const good = sign({ alg: 'RS256', kid }, claims())
      const [h, , sig] = good.split('.')
      return `${h}.${b64({ ...claims(), sub: 'admin' })}.${sig}`
    },
    () => {
      const good = sign({ alg: 'RS256', kid }, claims())
      return good.slice(0, -4) + (good.endsWith('AAAA') ? 'BBBB' : 'AAAA')
    },
    () => sign({ alg: 'RS256', kid }, { ...claims(), exp: 1 }),
    () => sign({ alg: 'RS256', kid }, { ...claims(), iss: 'https://evil.example/' }),
    () => sign({ alg: 'RS256', kid }, { ...claims(), token_use: 'refresh' })
  ]

  it('decodes or refuses every malformed, huge or non-base64 token, and never throws or accepts one', async () => {
    const jwks = new JwksCache(async () => ({ keys: [jwk] }))
    let fuzzed = 0
    const failures: string[] = []
    const tokens: string[] = []
    for (const make of MALFORMED) tokens.push(make())
    // Random bytes, random base64url, and random single-character damage to a good token.
    for (let i = 0; i < 300; i++) {
      const bytes = Buffer.from(
        Array.from({ length: Math.floor(random() * 400) }, () => Math.floor(random() * 256))
      )
      tokens.push(
        random() < 0.5
          ? bytes.toString('latin1')
          : `${bytes.toString('base64url')}.${b64(claims())}.${bytes.toString('base64url')}`
      )
      const good = sign({ alg: 'RS256', kid }, claims())
      const at = Math.floor(random() * good.length)
      const damaged = good.slice(0, at) + pick(['A', '.', '=', '%', ' ', '\u00e9', '']) + good.slice(at + 1)
      if (damaged !== good) tokens.push(damaged)
    }
    for (const token of tokens) {
      fuzzed++
      try {
        const decoded = decodeJwt(token)
        if (!decoded.ok && !decoded.reason) failures.push('a refusal without a reason')
        const inspection = await inspectToken(token, jwks, {
          expectedPoolId: 'us-east-1_Fuzz123',
          expectedClientId: '1example23456789',
          expectedTokenUse: 'id'
        })
        if (inspection.valid) failures.push(`accepted a damaged token: ${token.slice(0, 80)}`)
        structuredClone(inspection)
      } catch (error) {
        failures.push(`threw on ${token.slice(0, 40)}: ${(error as Error).message}`)
      }
    }
    // Through the real router too: the inspector's channel answers every one with an envelope.
    for (const token of tokens.slice(0, 60)) {
      fuzzed++
      const result = await settle('tokens:inspect', { token })
      if (typeof result.ok !== 'boolean') failures.push('tokens:inspect: not an envelope')
      if (!result.ok && STACK.test(JSON.stringify(result.error)))
        failures.push('tokens:inspect: stack trace leaked')
    }
    // The control: a correctly signed token passes, so the refusals above are not a broken verifier.
    const control = await inspectToken(sign({ alg: 'RS256', kid }, claims()), jwks, {
      expectedPoolId: 'us-east-1_Fuzz123',
      expectedClientId: '1example23456789',
      expectedTokenUse: 'id'
    })
    console.warn(`JWT fuzz: ${fuzzed} tokens, ${failures.length} failures`)
    expect(failures).toEqual([])
    expect(control.valid).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 300_000)
})
