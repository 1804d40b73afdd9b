import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type { FileSaveResult, IndexQuery, UserRow } from '@shared/contract/users'
import type { SaveFileDialog } from '../context'
import { csvChunks } from '../files/csv'
import { saveAs } from '../files/private-files'
import { STATE_COLUMNS } from '@shared/import-csv-rules'
import { groupMemberships } from './groups'
import type { PoolIndex } from './users-index'
import { describeUserSchema } from './user-schema'
import { listUsersPage } from './users'
import { importHeader, tableColumns, userCells } from './users-csv'

export interface ExportOptions {
  poolId: string
  format: 'csv' | 'json'
  layout?: 'import' | 'table' | 'backup' | undefined
  columns?: string[] | undefined
  /** Names the file: `<pool>-<what>.csv`. */
  what: string
}

/**
 * The users to export, a window at a time: an index query streams its result from the index thread,
 * so no export ever holds every user at once.
 */
export interface ExportSource {
  windows: AsyncIterable<readonly UserRow[]>
  count: number
  /** Attribute names the rows hold: the table layout's default columns. */
  attributeNames: readonly string[]
  /** Whether the rows carry their groups (an index loaded with them); else the backup reads them. */
  hasGroups: boolean
}

/** Rows the renderer holds (a server-search page). */
export function rowsSource(rows: readonly UserRow[]): ExportSource {
  return {
    windows: (async function* () {
      yield rows
    })(),
    count: rows.length,
    attributeNames: rows.flatMap((row) => Object.keys(row.attributes)),
    hasGroups: rows.some((row) => row.groups !== undefined)
  }
}

/** The users matching an index query, read from the index thread a window at a time as the file is written. */
export async function indexSource(index: PoolIndex, query: IndexQuery = {}): Promise<ExportSource> {
  const { total, attributeNames, status } = await index.query(query, 0, 0)
  return { windows: index.matching(query), count: total, attributeNames, hasGroups: status.groupsLoaded }
}

async function* jsonChunks(windows: AsyncIterable<readonly UserRow[]>): AsyncGenerator<string> {
  let first = true
  yield '['
  for await (const rows of windows) {
    let chunk = ''
    for (const row of rows) {
      chunk += `${first ? '' : ','}\n  ${JSON.stringify(row)}`
      first = false
    }
    if (chunk) yield chunk
  }
  yield first ? ']\n' : '\n]\n'
}

async function* withGroups(
  windows: AsyncIterable<readonly UserRow[]>,
  memberships: ReadonlyMap<string, string[]>
): AsyncGenerator<UserRow[]> {
  for await (const rows of windows)
    yield rows.map((row) => ({ ...row, groups: row.groups ?? memberships.get(row.username) ?? [] }))
}

async function* cells(
  windows: AsyncIterable<readonly UserRow[]>,
  columns: string[],
  layout: 'import' | 'backup' | 'table'
): AsyncGenerator<string[][]> {
  for await (const rows of windows) yield userCells(rows, columns, layout)
}

/**
 * The file's text as it is written: JSON rows, or CSV in the import layout (GetCSVHeader), the backup
 * layout or the table's columns. What can fail before any row (the header, the memberships) is read
 * here, before anyone picks a path.
 */
async function exportChunks(
  idp: CognitoIdentityProviderClient,
  source: ExportSource,
  options: ExportOptions
): Promise<AsyncIterable<string>> {
  if (options.format === 'json') return jsonChunks(source.windows)
  if (options.layout === 'import' || options.layout === 'backup') {
    const { header } = await importHeader(idp, await describeUserSchema(idp, options.poolId))
    if (options.layout === 'import') return csvChunks(header, cells(source.windows, header, 'import'))
    const memberships = source.hasGroups
      ? new Map<string, string[]>()
      : await groupMemberships(idp, options.poolId)
    const columns = [...header, ...STATE_COLUMNS]
    return csvChunks(columns, cells(withGroups(source.windows, memberships), columns, 'backup'))
  }
  const columns = options.columns?.length
    ? options.columns
    : tableColumns(source.attributeNames, source.hasGroups)
  return csvChunks(columns, cells(source.windows, columns, 'table'))
}

export async function exportUsers(
  idp: CognitoIdentityProviderClient,
  source: ExportSource,
  options: ExportOptions,
  saveFile: SaveFileDialog | undefined
): Promise<FileSaveResult> {
  return saveAs(saveFile, {
    defaultName: `${options.poolId}-${options.what}.${options.format}`,
    filters:
      options.format === 'csv'
        ? [{ name: 'CSV', extensions: ['csv'] }]
        : [{ name: 'JSON', extensions: ['json'] }],
    content: await exportChunks(idp, source, options),
    count: source.count
  })
}

/** Every user of a pool, a ListUsers page at a time, for copying a pool that has no loaded index. */
async function* listedWindows(
  idp: CognitoIdentityProviderClient,
  poolId: string
): AsyncGenerator<readonly UserRow[]> {
  let nextToken: string | undefined
  do {
    const page = await listUsersPage(idp, { poolId, nextToken })
    yield page.users
    nextToken = page.nextToken
  } while (nextToken)
}

/**
 * A pool's users as the backup CSV (import layout plus enabled state and groups), the text the restore
 * path reads: how a clone brings the users along.
 */
export async function backupText(idp: CognitoIdentityProviderClient, poolId: string): Promise<string> {
  const source: ExportSource = {
    windows: listedWindows(idp, poolId),
    count: 0,
    attributeNames: [],
    hasGroups: false
  }
  let text = ''
  for await (const chunk of await exportChunks(idp, source, {
    poolId,
    format: 'csv',
    layout: 'backup',
    what: 'backup'
  }))
    text += chunk
  return text
}
