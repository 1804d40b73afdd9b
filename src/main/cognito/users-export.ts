import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type { FileSaveResult, UserRow } from '@shared/contract/users'
import type { SaveFileDialog } from '../context'
import { saveAs } from '../files/private-files'
import { describeUserSchema } from './user-schema'
import { importHeader, tableColumns, usersToCsv } from './users-csv'

export interface ExportOptions {
  poolId: string
  format: 'csv' | 'json'
  layout?: 'import' | 'table' | undefined
  columns?: string[] | undefined
  /** Names the file: `<pool>-<what>.csv`. */
  what: string
}

/** The file's contents: JSON rows, or CSV in the import layout (GetCSVHeader) or the table's columns. */
async function renderExport(
  idp: CognitoIdentityProviderClient,
  rows: readonly UserRow[],
  options: ExportOptions
): Promise<string> {
  if (options.format === 'json') return JSON.stringify(rows, null, 2)
  if (options.layout === 'import') {
    const { header } = await importHeader(idp, await describeUserSchema(idp, options.poolId))
    return usersToCsv(rows, header, 'import')
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
