import type Papa from 'papaparse'
import { describe, expect, it, vi } from 'vitest'
import type { PoolUserSchema } from '../../src/shared/contract/users'
import { validateImport } from '../../src/main/cognito/users-csv'

// Characters handed to the CSV parser: the work of a check, counted rather than timed.
const parsed = vi.hoisted(() => ({ characters: 0 }))
vi.mock('papaparse', async (importOriginal) => {
  const Original = (await importOriginal<{ default: typeof Papa }>()).default
  class CountingParser extends Original.Parser {
    constructor(config: Papa.ParseConfig) {
      super(config)
      const parse = this.parse.bind(this)
      this.parse = (input, base, ignoreLastRow) => {
        parsed.characters += input.length
        return parse(input, base, ignoreLastRow)
      }
    }
  }
  return { default: { ...Original, Parser: CountingParser } }
})

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

/** Checks `csv`, returning the result and how many characters the parser was handed. */
async function check(csv: string, onProgress?: Parameters<typeof validateImport>[2]) {
  parsed.characters = 0
  const result = await validateImport(csv, SCHEMA, onProgress)
  return { result, characters: parsed.characters }
}

describe('CSV import validation', () => {
  // A stray quote inside each email: every row is bad, and the last one also breaks the quoting.
  const badFile = (n: number) =>
    ['cognito:username,email', ...Array.from({ length: n }, (_, i) => `u${i},a"b${i}`), 'last,"a"b'].join(
      '\n'
    )

  it('checks 50,000 bad rows reading the file once, each error listed once, answering other calls meanwhile', async () => {
    const csv = badFile(50_000)
    const order: string[] = []
    setImmediate(() => order.push('other call'))
    const { result, characters } = await check(csv)
    order.push('checked')
    expect(result.rows).toBe(50_001)
    expect(result.errors).toHaveLength(50_001)
    expect(result.errors.map((e) => e.line)).toEqual(Array.from({ length: 50_001 }, (_, i) => i + 2))
    // Each row's own problem once: nothing repeated from other rows.
    expect(result.errors[0]).toEqual({
      line: 2,
      username: 'u0',
      problems: [{ code: 'attribute', problem: { name: 'email', code: 'email', params: {} } }]
    })
    for (const e of result.errors) {
      const keys = e.problems.map((p) => JSON.stringify(p))
      expect(new Set(keys).size).toBe(keys.length)
    }
    expect(result.errors.at(-1)?.problems).toContainEqual({ code: 'csv', detail: 'InvalidQuotes' })
    // Linear: each character reaches the parser about once (a chunk's unfinished row is read again).
    expect(characters).toBeLessThan(csv.length * 1.1)
    expect(order).toEqual(['other call', 'checked'])
  }, 60_000)

  it('flags values over Cognito’s length limits even where the endpoint does not enforce them', async () => {
    const csv = [
      'cognito:username,given_name,custom:code',
      `long,${'x'.repeat(2_049)},ok`,
      `edge,${'x'.repeat(2_048)},12345678`,
      'custom,Ann,123456789'
    ].join('\n')
    const { result } = await check(csv)
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
      const { result } = await check(lines.join(newline))
      expect(result.rows).toBe(3_000)
      expect(result.errors.map((e) => e.line)).toEqual(expected)
      expect(
        result.errors.every((e) => e.problems.length === 1 && e.problems[0]?.code === 'usernameInvalid')
      ).toBe(true)
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
    const { result, characters } = await check(csv, (p) => progress.push(p.checked))
    expect(result.rows).toBe(1)
    expect(result.errors).toEqual([
      expect.objectContaining({
        line: 2,
        problems: expect.arrayContaining([{ code: 'csv', detail: 'MissingQuotes' }])
      })
    ])
    // Chunks doubled while the value stays open: at most about twice the file, not once per chunk.
    expect(characters).toBeLessThan(csv.length * 3)
    expect(progress.at(-1)).toBe(csv.length)
  })
})
