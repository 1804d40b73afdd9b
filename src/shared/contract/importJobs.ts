import { z } from 'zod'
import { command, query } from './define'
import type { ImportCsvProblem } from '../import-csv-rules'
import { strict, text, userPoolIdSchema } from '../schemas'

/**
 * Cognito's own user import jobs, the path for large migrations: a CSV in GetCSVHeader's layout is
 * uploaded from main to the job's pre-signed S3 URL, then Cognito creates the users itself.
 */

export const IMPORT_JOB_STATUSES = [
  'Created',
  'Pending',
  'InProgress',
  'Stopping',
  'Expired',
  'Stopped',
  'Failed',
  'Succeeded'
] as const
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number]

export interface ImportJob {
  poolId: string
  jobId: string
  jobName: string
  status: ImportJobStatus
  roleArn: string
  createdAt?: string
  startedAt?: string
  completedAt?: string
  imported: number
  skipped: number
  failed: number
  completionMessage?: string
  /** The CloudWatch Logs group Cognito writes the job's per-user outcome to. */
  logGroup: string
}

/** A CSV picked in main's open dialog and held there until a job uploads it. */
export interface ImportCsvFile {
  /** Set only when the file can be uploaded as it is (no problems). */
  fileId?: string
  name: string
  bytes: number
  /** Users in the file (lines after the header that hold anything). */
  rows: number
  /** The file's header, without the console's own state columns. */
  header: string[]
  /** GetCSVHeader's columns. */
  expected: string[]
  /** True when the file is the console's own backup export and its state columns were dropped. */
  fromBackup: boolean
  problems: ImportCsvProblem[]
}

const poolRef = strict({ poolId: userPoolIdSchema })
const jobRef = strict({ poolId: userPoolIdSchema, jobId: text(55, 1) })

export const importJobsContract = {
  /** GetCSVHeader: the columns an import file must have, in order. */
  header: query(poolRef).returns<{ header: string[] }>(),
  /** Opens a file dialog in main and checks the chosen CSV against GetCSVHeader; null when cancelled. */
  pickFile: query(poolRef).returns<ImportCsvFile | null>(),
  /** CreateUserImportJob, then the picked file PUT to the job's pre-signed URL (valid for 15 minutes). */
  create: command(
    strict({
      poolId: userPoolIdSchema,
      // Bounds wider than Cognito's, so the refusal names the rule instead of a size.
      jobName: text(512),
      roleArn: text(4096),
      fileId: z.uuid()
    })
  ).returns<ImportJob>(),
  start: command(jobRef).returns<ImportJob>(),
  stop: command(jobRef).returns<ImportJob>(),
  describe: query(jobRef).returns<ImportJob>(),
  /** The pool's past and current import jobs, newest first. */
  list: query(poolRef).returns<ImportJob[]>()
}
