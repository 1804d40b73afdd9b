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
      const codes = e.problems.map((p) => `${p.code}:${p.params?.detail ?? ''}`)
      expect(new Set(codes).size).toBe(codes.length)
    }
    expect(result.errors[0]).toEqual({
      line: 2,
      username: 'u0',
      problems: [{ code: 'email', params: { attribute: 'email' } }]
    })
    expect(result.errors.at(-1)?.problems).toContainEqual({
      code: 'csv',
      params: { detail: 'InvalidQuotes' }
    })
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
        problems: [{ code: 'tooLong', params: { attribute: 'given_name', limit: 2048 } }]
      },
      {
        line: 4,
        username: 'custom',
        problems: [{ code: 'tooLong', params: { attribute: 'custom:code', limit: 8 } }]
      }
    ])
    expect(result.users.map((u) => u.username)).toEqual(['edge'])
  })

  it('reads a file in chunks exactly as a whole: values across chunk ends, line numbers, CRLF, semicolons', async () => {
    // Quoted values with line breaks and long cells put chunk ends inside values and inside rows.
    for (const [delimiter, newline] of [
      [',', '\n'],
      [';', '\r\n']
    ] as const) {
      const lines = [`cognito:username${delimiter}given_name`]
      const expected: number[] = []
      let line = 2
      for (let i = 0; i < 3_000; i++) {
        const multi = i % 7 === 0
        const value = multi ? `"first${newline}second ${'y'.repeat(i % 300)}"` : 'z'.repeat(i % 500)
        // Every 50th row has a bad username (a space), so its line number is reported.
        if (i % 50 === 0) expected.push(line)
        lines.push(`${i % 50 === 0 ? `bad ${i}` : `u${i}`}${delimiter}${value}`)
        line += multi ? 2 : 1
      }
      const result = await validateImport(lines.join(newline), SCHEMA)
      expect(result.rows).toBe(3_000)
      expect(result.errors.map((e) => e.line)).toEqual(expected)
      expect(result.errors.every((e) => e.problems.length === 1 && e.problems[0]?.code === 'username')).toBe(
        true
      )
      expect(result.users.find((u) => u.username === 'u7')?.attributes.given_name).toBe(
        `first${newline}second ${'y'.repeat(7)}`
      )
    }
  })

  it('reports a quote left open to the end of a large file once, without re-reading it for every chunk', async () => {
    const csv = ['cognito:username,given_name', 'open,"never closed', ...Array(200_000).fill('u,x')].join(
      '\n'
    )
    const progress: number[] = []
    const result = await validateImport(csv, SCHEMA, (p) => progress.push(p.checked))
    expect(result.rows).toBe(1)
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 2,
        problems: expect.arrayContaining([{ code: 'csv', params: { detail: 'MissingQuotes' } }])
      })
    ])
    expect(progress.at(-1)).toBe(csv.length)
  })
})
