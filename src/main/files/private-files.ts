import { appendFileSync, chmodSync, mkdirSync, openSync, closeSync, writeFileSync, fchmodSync } from 'node:fs'
import { open, rm } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { FileSaveResult } from '@shared/contract/users'
import { AppError } from '@shared/errors'
import type { SaveFileDialog } from '../context'

/** Exports, job reports, settings and the audit log can hold personal data or account ids. */
export const PRIVATE_FILE_MODE = 0o600
const PRIVATE_DIR_MODE = 0o700

/** Creates the app's own folder (and missing parents) owner-only, and narrows it if it was wider. */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  chmodSync(dir, PRIVATE_DIR_MODE)
}

/**
 * Replaces a file's contents, owner-only. The mode is set on the open descriptor as well, because
 * `mode` at open applies only to a new file: a 0644 file from an older version would stay readable.
 */
export function writePrivateFileSync(path: string, content: string): void {
  const fd = openSync(path, 'w', PRIVATE_FILE_MODE)
  try {
    fchmodSync(fd, PRIVATE_FILE_MODE)
    writeFileSync(fd, content, 'utf8')
  } finally {
    closeSync(fd)
  }
}

/** Text or bytes at once, or text chunks written as they come (memory flat in the file's size). */
export type FileContent = string | Uint8Array | AsyncIterable<string>

/** Writes a file owner-only; if a chunk fails to come, the partial file is removed and the failure passed on. */
export async function writePrivateFile(path: string, content: FileContent): Promise<void> {
  const handle = await open(path, 'w', PRIVATE_FILE_MODE)
  try {
    await handle.chmod(PRIVATE_FILE_MODE)
    if (typeof content === 'string') await handle.writeFile(content, 'utf8')
    else if (content instanceof Uint8Array) await handle.writeFile(content)
    else for await (const chunk of content) await handle.write(chunk, null, 'utf8')
  } catch (error) {
    await handle.close()
    await rm(path, { force: true })
    throw error
  }
  await handle.close()
}

/** Appends a line to a log in the app's folder, both created owner-only. */
export function appendPrivateFileSync(path: string, content: string): void {
  ensurePrivateDir(dirname(path))
  appendFileSync(path, content, { encoding: 'utf8', mode: PRIVATE_FILE_MODE })
}

export interface SaveRequest {
  defaultName: string
  filters: { name: string; extensions: string[] }[]
  /**
   * The file's text or bytes, rendered before the dialog so a failure is reported before anyone picks a
   * path; or text chunks, for files of any size (users exports), written as they are made.
   */
  content: FileContent
  /** How many items the file holds; for chunks written as they come, asked once they are written. */
  count: number | (() => number)
  /** Aborts the writing of chunks: the partial file is removed and the answer says it was cancelled. */
  signal?: AbortSignal | undefined
}

/** The one way to ask where to save something and write it there (owner-only). */
export async function saveAs(
  saveFile: SaveFileDialog | undefined,
  request: SaveRequest
): Promise<FileSaveResult> {
  if (!saveFile) throw new AppError('NOT_SUPPORTED', 'Saving files is not available here.')
  const count = () => (typeof request.count === 'number' ? request.count : request.count())
  const path = await saveFile({ defaultName: request.defaultName, filters: request.filters })
  if (path === null) return { saved: false, count: count() }
  try {
    await writePrivateFile(path, request.content)
  } catch (error) {
    if (request.signal?.aborted) return { saved: false, cancelled: true, count: count() }
    throw error
  }
  return { saved: true, path, count: count() }
}
