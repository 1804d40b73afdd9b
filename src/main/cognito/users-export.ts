import { writeFile } from 'node:fs/promises'
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type { FileSaveResult, UserRow } from '@shared/contract/users'
import { AppError } from '@shared/errors'
import type { SaveFileDialog } from '../context'
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
export async function renderExport(
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
  if (!saveFile) throw new AppError('NOT_SUPPORTED', 'Saving files is not available here.')
  const content = await renderExport(idp, rows, options)
  const path = await saveFile({
    defaultName: `${options.poolId}-${options.what}.${options.format}`,
    filters:
      options.format === 'csv'
        ? [{ name: 'CSV', extensions: ['csv'] }]
        : [{ name: 'JSON', extensions: ['json'] }]
  })
  if (path === null) return { saved: false, count: rows.length }
  await writeFile(path, content, 'utf8')
  return { saved: true, path, count: rows.length }
}
