import {
  GetCSVHeaderCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import Papa from 'papaparse'
import type { ImportProblem, ImportRowError } from '@shared/contract/jobs'
import type { PoolUserSchema, UserRow } from '@shared/contract/users'
import { groupNameSchema, usernameSchema } from '@shared/schemas'
import { columnValue } from '@shared/user-query'
import { ENABLED_COLUMN, GROUPS_COLUMN, STATE_COLUMNS } from '@shared/import-csv-rules'
import { unescapeFormula } from '../files/csv'
import { attributeProblems } from '@shared/user-rules'
import { optionalRead } from './pools'

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

/** The backup layout: the import cells, then the state an import job cannot carry. */
function backupCell(row: UserRow, column: string): string {
  if (column === ENABLED_COLUMN) return String(row.enabled)
  if (column === GROUPS_COLUMN) return JSON.stringify(row.groups ?? [])
  return importCell(row, column)
}

const CELLS = { import: importCell, backup: backupCell, table: columnValue }

/** Each row's cells for the given columns, in one of the three layouts. */
export function userCells(
  rows: readonly UserRow[],
  columns: readonly string[],
  layout: 'import' | 'backup' | 'table'
): string[][] {
  const cell = CELLS[layout]
  return rows.map((row) => columns.map((c) => cell(row, c)))
}

/** The table's default columns: built-ins, then every attribute the rows hold. */
export function tableColumns(attributeNames: readonly string[], hasGroups: boolean): string[] {
  return [
    'username',
    'status',
    'enabled',
    'created',
    'modified',
    ...(hasGroups ? ['groups'] : []),
    ...[...new Set(attributeNames)].sort()
  ]
}

export interface ImportUser {
  username: string
  attributes: Record<string, string>
  /** From a backup's state columns: false to disable the user after creating them. */
  enabled?: boolean
  /** From a backup's state columns: the groups to put the user back in. */
  groups?: string[]
}

/** A backup's groups cell: a JSON array of group names, or undefined when it is not one. */
function parseGroups(value: string): string[] | undefined {
  if (value === '') return []
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) &&
      parsed.every((g) => typeof g === 'string' && groupNameSchema.safeParse(g).success)
      ? (parsed as string[])
      : undefined
  } catch {
    return undefined
  }
}

/** Characters handed to the parser at a time. */
const CHUNK_CHARACTERS = 64 * 1024
/** Work between two turns of the event loop, so other calls are answered while a large file is checked. */
const SLICE_MS = 10

const nextTurn = () => new Promise((resolve) => setImmediate(resolve))

/**
 * Parses a CSV in the import format and checks every row against the pool schema before anything is
 * created. Every bad row is reported with its line number (the header is line 1) and its problems as
 * codes. Linear in the file's size; the file is parsed in chunks and checked in slices of about 10 ms
 * with a turn of the event loop between them, reporting progress at each.
 */
export async function validateImport(
  csv: string,
  schema: PoolUserSchema,
  onProgress?: (progress: { checked: number; total: number; rows: number }) => void
): Promise<{ users: ImportUser[]; errors: ImportRowError[]; rows: number }> {
  const text = csv.startsWith('\uFEFF') ? csv.slice(1) : csv
  // Delimiter and line break guessed from the start of the file, as a whole-file parse would.
  const { delimiter, linebreak } = Papa.parse<string[]>(text.slice(0, CHUNK_CHARACTERS), { preview: 10 }).meta
  const parser = new Papa.Parser({ delimiter, newline: linebreak as '\n' | '\r\n' | '\r' })
  const specs = new Map(schema.attributes.map((a) => [a.name, a]))
  const errors: ImportRowError[] = []
  const users: ImportUser[] = []
  const seen = new Map<string, number>()
  let header: string[] | undefined
  let importable: boolean[] = []
  let line = 0
  let rows = 0

  const checkHeader = (cells: string[]) => {
    header = cells
    importable = cells.map((h) => h !== USERNAME_COLUMN && h !== MFA_COLUMN && specs.has(h))
    const problems: ImportProblem[] = cells
      .filter((h) => h !== USERNAME_COLUMN && h !== MFA_COLUMN && !STATE_COLUMNS.includes(h) && !specs.has(h))
      .map((column) => ({ code: 'unknownColumn', column }))
    if (!cells.includes(USERNAME_COLUMN)) problems.push({ code: 'noUsernameColumn' })
    if (problems.length > 0) errors.push({ line: 1, problems })
  }

  const checkRow = (cells: string[], here: number, problems: ImportProblem[]) => {
    const columns = header ?? []
    if (cells.length !== columns.length)
      problems.push({ code: 'valueCount', values: cells.length, columns: columns.length })
    let username = ''
    const attributes: Record<string, string> = {}
    const state: Pick<ImportUser, 'enabled' | 'groups'> = {}
    for (let c = 0; c < columns.length; c++) {
      const value = unescapeFormula((cells[c] ?? '').trim())
      if (columns[c] === USERNAME_COLUMN) username = value
      else if (columns[c] === ENABLED_COLUMN) {
        if (value === 'true' || value === 'false') state.enabled = value === 'true'
        else problems.push({ code: 'enabledInvalid', value })
      } else if (columns[c] === GROUPS_COLUMN) {
        const groups = parseGroups(value)
        if (groups) state.groups = groups
        else problems.push({ code: 'groupsInvalid' })
      } else if (importable[c] && value !== '') attributes[columns[c]!] = value
    }
    if (!username) problems.push({ code: 'usernameMissing' })
    else if (!usernameSchema.safeParse(username).success) problems.push({ code: 'usernameInvalid' })
    const previous = seen.get(username)
    if (username && previous !== undefined)
      problems.push({ code: 'duplicate', username, firstLine: previous })
    else if (username) seen.set(username, here)
    for (const problem of attributeProblems(schema, attributes, 'create', specs))
      problems.push({ code: 'attribute', problem })
    if (problems.length > 0) errors.push({ line: here, ...(username ? { username } : {}), problems })
    else users.push({ username, attributes, ...state })
  }

  let offset = 0
  let partial = ''
  let base = 0
  let size = CHUNK_CHARACTERS
  let slice = performance.now()
  for (;;) {
    const chunk = text.slice(offset, offset + size)
    offset += chunk.length
    const last = offset >= text.length
    const aggregate = partial + chunk
    const result = parser.parse(aggregate, base, !last) as Papa.ParseResult<string[]> & {
      meta: { cursor: number }
    }
    partial = last ? '' : aggregate.slice(result.meta.cursor - base)
    base = result.meta.cursor
    // A chunk that ends inside one long quoted value yields nothing; doubling keeps the re-reading linear.
    size = result.data.length === 0 ? size * 2 : CHUNK_CHARACTERS
    // Each parser error once per row, by its code: grouped once, not searched for every row.
    const parseErrors = new Map<number, Set<string>>()
    for (const e of result.errors) {
      if (e.row === undefined) continue
      const codes = parseErrors.get(e.row) ?? new Set<string>()
      codes.add(e.code)
      parseErrors.set(e.row, codes)
    }
    for (const [i, cells] of result.data.entries()) {
      const here = line + 1
      line = here + newlines(cells)
      if (!header) {
        checkHeader(cells)
        continue
      }
      if (cells.every((c) => c.trim() === '')) continue
      rows++
      const problems = [...(parseErrors.get(i) ?? [])].map((detail): ImportProblem => ({
        code: 'csv',
        detail
      }))
      checkRow(cells, here, problems)
    }
    if (last) break
    if (performance.now() - slice > SLICE_MS) {
      onProgress?.({ checked: offset - partial.length, total: text.length, rows })
      await nextTurn()
      slice = performance.now()
    }
  }
  if (!header) checkHeader([])
  onProgress?.({ checked: text.length, total: text.length, rows })
  return { users, errors, rows }
}

function newlines(cells: string[]): number {
  let n = 0
  for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) n++
  return n
}
