import { describe, expect, it } from 'vitest'
import type { PoolUserSchema } from '../../src/shared/contract/users'
import { validateImport } from '../../src/main/cognito/users-csv'

const SCHEMA: PoolUserSchema = {
  poolId: 'us-east-1_Example1',
  usernameAttributes: [],
  attributes: [
    { name: 'email', dataType: 'String', required: false, mutable: true, writable: true, custom: false },
    { name: 'given_name', dataType: 'String', required: false, mutable: true, writable: true, custom: false },
    {
      name: 'custom:code',
      dataType: 'String',
      required: false,
      mutable: true,
      writable: true,
      custom: true,
      maxLength: 8
    }
  ]
} as unknown as PoolUserSchema

describe('CSV import validation', () => {
  // A stray quote inside each email: every row is bad, and the last one also breaks the quoting.
  const badFile = (n: number) =>
    ['cognito:username,email', ...Array.from({ length: n }, (_, i) => `u${i},a"b${i}`), 'last,"a"b'].join(
      '\n'
    )

  it('checks 50,000 bad rows in linear time, each error listed once, answering other calls meanwhile', async () => {
    const small = performance.now()
    await validateImport(badFile(10_000), SCHEMA)
    const smallMs = performance.now() - small
    let ticks = 0
    const ticker = setInterval(() => ticks++, 5)
    const started = performance.now()
    const result = await validateImport(badFile(50_000), SCHEMA)
    const ms = performance.now() - started
    clearInterval(ticker)
    expect(result.rows).toBe(50_001)
    expect(result.errors).toHaveLength(50_001)
    for (const e of result.errors) {
      const keys = e.problems.map((p) => JSON.stringify(p))
      expect(new Set(keys).size).toBe(keys.length)
    }
    expect(result.errors.at(-1)?.problems.some((p) => p.code === 'csv')).toBe(true)
    expect(ticks).toBeGreaterThan(0)
    // Five times the rows, about five times the time (quadratic, it was twenty-five).
    expect(ms / smallMs).toBeLessThan(10)
  }, 60_000)

  it('flags values over Cognito’s length limits even where the endpoint does not enforce them', async () => {
    const csv = [
      'cognito:username,given_name,custom:code',
      `long,${'x'.repeat(2_049)},ok`,
      `edge,${'x'.repeat(2_048)},12345678`,
      'custom,Ann,123456789'
    ].join('\n')
    const result = await validateImport(csv, SCHEMA)
    expect(result.errors).toEqual([
      {
        line: 2,
        username: 'long',
        problems: [
          { code: 'attribute', problem: { name: 'given_name', code: 'tooLong', params: { max: 2048 } } }
        ]
      },
      {
        line: 4,
        username: 'custom',
        problems: [
          { code: 'attribute', problem: { name: 'custom:code', code: 'tooLong', params: { max: 8 } } }
        ]
      }
    ])
    expect(result.users.map((u) => u.username)).toEqual(['edge'])
  })
})
