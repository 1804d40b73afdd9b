import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type { FileSaveResult, UserRow } from '@shared/contract/users'
import type { SaveFileDialog } from '../context'
import { saveAs } from '../files/private-files'
import { STATE_COLUMNS } from '@shared/import-csv-rules'
import { groupMemberships } from './groups'
import { describeUserSchema } from './user-schema'
import { importHeader, tableColumns, usersToCsv } from './users-csv'

export interface ExportOptions {
  poolId: string
  format: 'csv' | 'json'
  layout?: 'import' | 'table' | 'backup' | undefined
  columns?: string[] | undefined
  /** Names the file: `<pool>-<what>.csv`. */
  what: string
}

/** Rows with their groups: read from Cognito when some row does not carry them (a search page, an index without groups). */
async function withGroups(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  rows: readonly UserRow[]
): Promise<readonly UserRow[]> {
  if (rows.every((row) => row.groups !== undefined)) return rows
  const memberships = await groupMemberships(idp, poolId)
  return rows.map((row) => ({ ...row, groups: memberships.get(row.username) ?? [] }))
}

/** The file's contents: JSON rows, or CSV in the import layout (GetCSVHeader) or the table's columns. */
async function renderExport(
  idp: CognitoIdentityProviderClient,
  rows: readonly UserRow[],
  options: ExportOptions
): Promise<string> {
  if (options.format === 'json') return JSON.stringify(rows, null, 2)
  if (options.layout === 'import' || options.layout === 'backup') {
    const { header } = await importHeader(idp, await describeUserSchema(idp, options.poolId))
    if (options.layout === 'import') return usersToCsv(rows, header, 'import')
    return usersToCsv(await withGroups(idp, options.poolId, rows), [...header, ...STATE_COLUMNS], 'backup')
  }
  return usersToCsv(rows, options.columns?.length ? options.columns : tableColumns(rows), 'table')
}

export async function exportUsers(
  idp: CognitoIdentityProviderClient,
  rows: readonly UserRow[],
  options: ExportOptions,
  saveFile: SaveFileDialog | undefined
): Promise<FileSaveResult> {
  return saveAs(saveFile, {
    defaultName: `${options.poolId}-${options.what}.${options.format}`,
    filters:
      options.format === 'csv'
        ? [{ name: 'CSV', extensions: ['csv'] }]
        : [{ name: 'JSON', extensions: ['json'] }],
    content: await renderExport(idp, rows, options),
    count: rows.length
  })
}
