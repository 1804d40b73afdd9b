import {
  GetCSVHeaderCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import Papa from 'papaparse'
import type { ImportProblem, ImportRowError } from '@shared/contract/jobs'
import type { PoolUserSchema, UserRow } from '@shared/contract/users'
import { usernameSchema } from '@shared/schemas'
import { columnValue } from '@shared/user-query'
import { toCsv, unescapeFormula } from '../files/csv'
import { attributeProblems } from '@shared/user-rules'
import { optionalRead } from './pools'

/** Rows validated between two turns of the event loop (about 10 ms of work). */
const YIELD_EVERY_ROWS = 1_000

/** Columns of the import format that are not pool attributes. */
const USERNAME_COLUMN = 'cognito:username'
const MFA_COLUMN = 'cognito:mfa_enabled'
/** Attributes Cognito sets itself; the import format leaves them out. */
const NOT_IMPORTED = new Set(['sub', 'identities'])

/**
 * The import format built from the pool schema, as GetCSVHeader lays it out: every importable attribute
 * in schema order, then `cognito:mfa_enabled` and `cognito:username`.
 */
function headerFromSchema(schema: PoolUserSchema): string[] {
  return [
    ...schema.attributes.filter((a) => !NOT_IMPORTED.has(a.name) && a.writable).map((a) => a.name),
    MFA_COLUMN,
    USERNAME_COLUMN
  ]
}

/** GetCSVHeader, or the same layout built from the schema where the endpoint lacks it (moto). */
export async function importHeader(
  idp: CognitoIdentityProviderClient,
  schema: PoolUserSchema
): Promise<{ header: string[]; source: 'GetCSVHeader' | 'schema' }> {
  const r = await optionalRead('GetCSVHeader', async () => {
    const { CSVHeader } = await idp.send(new GetCSVHeaderCommand({ UserPoolId: schema.poolId }))
    return CSVHeader ?? []
  })
  return r.available && r.value.length > 0
    ? { header: r.value, source: 'GetCSVHeader' }
    : { header: headerFromSchema(schema), source: 'schema' }
}

function importCell(row: UserRow, column: string): string {
  if (column === USERNAME_COLUMN) return row.username
  // ListUsers does not say whether MFA is on; an import job needs a value, and false is the safe one.
  if (column === MFA_COLUMN) return 'false'
  const value = row.attributes[column] ?? ''
  return value === '' && column.endsWith('_verified') ? 'false' : value
}

export function usersToCsv(rows: readonly UserRow[], columns: string[], layout: 'import' | 'table'): string {
  const cell = layout === 'import' ? importCell : columnValue
  return toCsv(
    columns,
    rows.map((row) => columns.map((c) => cell(row, c)))
  )
}

/** The table's default columns: built-ins, then every attribute seen. */
export function tableColumns(rows: readonly UserRow[]): string[] {
  const names = new Set<string>()
  for (const row of rows) for (const n of Object.keys(row.attributes)) names.add(n)
  const hasGroups = rows.some((r) => r.groups !== undefined)
  return [
    'username',
    'status',
    'enabled',
    'created',
    'modified',
    ...(hasGroups ? ['groups'] : []),
    ...[...names].sort()
  ]
}

export interface ImportUser {
  username: string
  attributes: Record<string, string>
}

/**
 * Parses a CSV in the import format and checks every row against the pool schema before anything is
 * created. Every bad row is reported with its line number (the header is line 1).
 */
export async function validateImport(
  csv: string,
  schema: PoolUserSchema
): Promise<{ users: ImportUser[]; errors: ImportRowError[]; rows: number }> {
  // Parsed as arrays (not by header) so each record's line number can be counted, newlines in
  // quoted values included.
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: false })
  const [header = [], ...records] = parsed.data
  const errors: ImportRowError[] = []
  const known = new Set([...schema.attributes.map((a) => a.name), MFA_COLUMN, USERNAME_COLUMN])
  const headerProblems = header
    .filter((h) => !known.has(h))
    .map((column): ImportProblem => ({ code: 'unknownColumn', column }))
  if (!header.includes(USERNAME_COLUMN)) headerProblems.push({ code: 'noUsernameColumn' })
  if (headerProblems.length > 0) errors.push({ line: 1, problems: headerProblems })

  // Grouped once by row: filtering the parser's errors for every row made 50,000 bad rows take 10 s.
  const parseErrors = new Map<number, Set<string>>()
  for (const e of parsed.errors) {
    if (e.row === undefined) continue
    const codes = parseErrors.get(e.row) ?? new Set<string>()
    codes.add(e.code)
    parseErrors.set(e.row, codes)
  }
  const users: ImportUser[] = []
  const seen = new Map<string, number>()
  let line = 1 + newlines(header)
  let rows = 0
  for (const [i, cells] of records.entries()) {
    // Other calls are answered between slices of a large file.
    if (i % YIELD_EVERY_ROWS === YIELD_EVERY_ROWS - 1) await new Promise((resolve) => setImmediate(resolve))
    line += 1
    const here = line
    line += newlines(cells)
    if (cells.every((c) => c.trim() === '')) continue
    rows++
    const problems: ImportProblem[] = [...(parseErrors.get(i + 1) ?? [])].map((detail) => ({
      code: 'csv',
      detail
    }))
    if (cells.length !== header.length)
      problems.push({ code: 'valueCount', values: cells.length, columns: header.length })
    const record = new Map(header.map((h, c) => [h, unescapeFormula((cells[c] ?? '').trim())]))
    const username = record.get(USERNAME_COLUMN) ?? ''
    if (!username) problems.push({ code: 'usernameMissing' })
    else if (!usernameSchema.safeParse(username).success) problems.push({ code: 'usernameInvalid' })
    const previous = seen.get(username)
    if (username && previous !== undefined)
      problems.push({ code: 'duplicate', username, firstLine: previous })
    else if (username) seen.set(username, here)
    const attributes: Record<string, string> = {}
    for (const [column, value] of record) {
      if (column === USERNAME_COLUMN || column === MFA_COLUMN || !known.has(column) || value === '') continue
      attributes[column] = value
    }
    for (const problem of attributeProblems(schema, attributes, 'create'))
      problems.push({ code: 'attribute', problem })
    if (problems.length > 0) errors.push({ line: here, ...(username ? { username } : {}), problems })
    else users.push({ username, attributes })
  }
  return { users, errors, rows }
}

function newlines(cells: string[]): number {
  let n = 0
  for (const c of cells) for (const ch of c) if (ch === '\n') n++
  return n
}
