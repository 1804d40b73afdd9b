import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type {
  ExportFormat,
  ExportProgress,
  FileSaveResult,
  IndexQuery,
  UserRow
} from '@shared/contract/users'
import type { SaveFileDialog } from '../context'
import { csvChunks } from '../files/csv'
import { saveAs } from '../files/private-files'
import { CancellableRuns } from '../jobs/cancellable-runs'
import { STATE_COLUMNS } from '@shared/import-csv-rules'
import { groupMemberships } from './groups'
import type { PoolIndex } from './users-index'
import { describeUserSchema } from './user-schema'
import { listUsersPage } from './users'
import { importHeader, tableColumns, userCells } from './users-csv'

export interface ExportOptions {
  poolId: string
  format: ExportFormat
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

/** Users of an index a window at a time, by name (a ticked selection); names no longer indexed are left out. */
async function* namedWindows(index: PoolIndex, usernames: readonly string[]): AsyncGenerator<UserRow[]> {
  for (let start = 0; start < usernames.length; start += WINDOW) {
    const rows = await index.getMany(usernames.slice(start, start + WINDOW))
    yield rows.filter((row): row is UserRow => row !== undefined)
  }
}

async function* without(
  windows: AsyncIterable<readonly UserRow[]>,
  except: ReadonlySet<string>
): AsyncGenerator<UserRow[]> {
  for await (const rows of windows) yield rows.filter((row) => !except.has(row.username))
}

/** Rows read from the index thread per step: a few MB at most, whatever the pool's size. */
const WINDOW = 2_000

/**
 * The users matching an index query but those unticked from it (`except`), or the users named (a
 * ticked selection), read from the index thread a window at a time as the file is written.
 */
export async function indexSource(
  index: PoolIndex,
  pick: { query?: IndexQuery | undefined; except?: readonly string[] | undefined } | { usernames: string[] }
): Promise<ExportSource> {
  const query = 'usernames' in pick ? {} : (pick.query ?? {})
  const { total, attributeNames, status } = await index.query(query, 0, 0)
  const base = { attributeNames, hasGroups: status.groupsLoaded }
  if ('usernames' in pick)
    return { ...base, windows: namedWindows(index, pick.usernames), count: pick.usernames.length }
  const except = new Set(pick.except)
  return {
    ...base,
    windows: except.size ? without(index.matching(query, WINDOW), except) : index.matching(query, WINDOW),
    count: Math.max(0, total - except.size)
  }
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

async function* jsonLines(windows: AsyncIterable<readonly UserRow[]>): AsyncGenerator<string> {
  for await (const rows of windows)
    if (rows.length) yield `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`
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
  if (options.format === 'jsonl') return jsonLines(source.windows)
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

const FILE_TYPES: Record<ExportFormat, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  jsonl: { name: 'JSON Lines', extensions: ['jsonl'] }
}

/** What an export is told as it runs: whether it was cancelled, where its progress goes. */
export interface ExportRun {
  signal: AbortSignal
  progress: (written: number, total: number) => void
}

/** How often a running export reports its progress, ms. */
const PROGRESS_EVERY_MS = 250

/** Counts the rows as they are taken for writing and stops at a cancel (the writer then removes the file). */
async function* tracked(
  windows: AsyncIterable<readonly UserRow[]>,
  signal: AbortSignal,
  onRows: (count: number) => void
): AsyncGenerator<readonly UserRow[]> {
  for await (const rows of windows) {
    signal.throwIfAborted()
    yield rows
    onRows(rows.length)
  }
  signal.throwIfAborted()
}

export async function exportUsers(
  idp: CognitoIdentityProviderClient,
  source: ExportSource,
  options: ExportOptions,
  saveFile: SaveFileDialog | undefined,
  run: ExportRun = { signal: new AbortController().signal, progress: () => undefined }
): Promise<FileSaveResult> {
  let written = 0
  let lastReport = -Infinity
  const windows = tracked(source.windows, run.signal, (count) => {
    written += count
    if (performance.now() - lastReport < PROGRESS_EVERY_MS) return
    lastReport = performance.now()
    run.progress(written, Math.max(written, source.count))
  })
  const result = await saveAs(saveFile, {
    defaultName: `${options.poolId}-${options.what}.${options.format}`,
    filters: [FILE_TYPES[options.format]],
    content: await exportChunks(idp, { ...source, windows }, options),
    count: () => written,
    signal: run.signal
  })
  if (result.saved) run.progress(written, written)
  // The save dialog was closed: nothing was written; the answer says how many the file would have held.
  return result.saved || result.cancelled ? result : { ...result, count: source.count }
}

/** Exports while they write, by the id their caller gave, so each can be cancelled. */
export class UserExports extends CancellableRuns {
  constructor(private readonly emit: (progress: ExportProgress) => void) {
    super()
  }

  run(
    exportId: string | undefined,
    work: (run: ExportRun) => Promise<FileSaveResult>
  ): Promise<FileSaveResult> {
    const id = exportId ?? crypto.randomUUID()
    return this.runCancellable(id, (signal) =>
      work({ signal, progress: (written, total) => this.emit({ exportId: id, written, total }) })
    )
  }
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
