import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { csvChunks, escapeFormula, toCsv, unescapeFormula } from '../../src/main/files/csv'
import { reportChunks } from '../../src/main/jobs/jobs'
import { userCells } from '../../src/main/cognito/users-csv'
import type { UserRow } from '../../src/shared/contract/users'

const parse = (csv: string) => Papa.parse<string[]>(csv, { header: false }).data

describe('the CSV writer', () => {
  it.each([
    ['=', '=HYPERLINK("http://evil.example","x")'],
    ['+', '+cmd|" /C calc"!A0'],
    ['-', '-2+3+cmd|" /C calc"!A0'],
    ['@', '@SUM(1+1)*cmd|" /C calc"!A0'],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1']
  ])('escapes a cell that starts with %s', (_name, value) => {
    const [, row] = parse(toCsv(['value'], [[value]]))
    expect(row?.[0]).toBe(`'${value}`)
  })

  it('escapes a formula that goes on over several lines', () => {
    const value = '=1+1\n=2+2'
    expect(parse(toCsv(['v'], [[value]]))[1]?.[0]).toBe(`'${value}`)
  })

  it('leaves plain numbers as they are, so E.164 phone numbers and negatives stay exact', () => {
    const csv = toCsv(['phone', 'n', 'x'], [['+819012345678', '-3', '1.5']])
    expect(csv.split('\r\n')[1]).toBe('+819012345678,-3,1.5')
  })

  it('quotes separators, quotes and line breaks and reads back the same cells', () => {
    const cells = ['acme, inc "east"', 'two\nlines', ' padded ', 'plain']
    expect(parse(toCsv(['a', 'b', 'c', 'd'], [cells]))[1]).toEqual(cells)
  })

  it('undoes its own escape and nothing else', () => {
    for (const value of ['=1+1', '@handle', '-x', '\tx'])
      expect(unescapeFormula(escapeFormula(value))).toBe(value)
    expect(unescapeFormula("'plain")).toBe("'plain")
    expect(unescapeFormula("'+81")).toBe("'+81")
  })

  const row: UserRow = {
    username: '@admin',
    sub: '1',
    status: 'CONFIRMED',
    enabled: true,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
    attributes: { given_name: '=cmd|"/C calc"!A0', phone_number: '+15551234567' }
  }

  it('escapes both user export layouts, leaving phone numbers loadable by an import job', () => {
    const table = parse(
      toCsv(
        ['username', 'given_name', 'phone_number'],
        userCells([row], ['username', 'given_name', 'phone_number'], 'table')
      )
    )[1]
    expect(table).toEqual(["'@admin", '\'=cmd|"/C calc"!A0', '+15551234567'])
    const header = ['given_name', 'phone_number', 'cognito:mfa_enabled', 'cognito:username']
    const imported = parse(toCsv(header, userCells([row], header, 'import')))[1]
    expect(imported).toEqual(['\'=cmd|"/C calc"!A0', '+15551234567', 'false', "'@admin"])
  })

  it('writes the same text a batch at a time as at once, whatever the batches', async () => {
    const columns = ['name', 'note']
    const rows = [
      ['=a', 'x,y'],
      ['b', 'line\nbreak'],
      ['-1', '@c'],
      ['d', '']
    ]
    async function* batches(): AsyncGenerator<string[][]> {
      yield rows.slice(0, 1)
      yield []
      yield rows.slice(1, 3)
      yield rows.slice(3)
    }
    let streamed = ''
    for await (const chunk of csvChunks(columns, batches())) streamed += chunk
    expect(streamed).toBe(toCsv(columns, rows))
    let headerOnly = ''
    async function* none(): AsyncGenerator<string[][]> {}
    for await (const chunk of csvChunks(columns, none())) headerOnly += chunk
    expect(headerOnly).toBe('name,note')
  })

  it('escapes job report cells', async () => {
    let csv = ''
    for await (const chunk of reportChunks(
      { summary: {} as never, items: [{ username: '-x', outcome: 'failed', reason: '=bad' }] },
      'csv'
    ))
      csv += chunk
    expect(parse(csv)[1]).toEqual(["'-x", 'failed', "'=bad", '', ''])
  })
})
