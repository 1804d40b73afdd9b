import { checkRoleArn } from './arns'

/**
 * The rules of a Cognito user import job's CSV and of the job itself, checked the same way by the
 * form and by main: the file must have exactly GetCSVHeader's columns, in its order.
 */

/** Cognito reads at most 100 MB per import file. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024

/**
 * Columns the console's own backup export adds after the import layout (enabled state and group
 * memberships); a Cognito import job knows nothing of them, so they are dropped before the upload.
 */
export const ENABLED_COLUMN = 'console:enabled'
export const GROUPS_COLUMN = 'console:groups'
export const STATE_COLUMNS: readonly string[] = [ENABLED_COLUMN, GROUPS_COLUMN]

export type ImportCsvProblem =
  | { code: 'fileTooLarge'; params: { size: string; max: string } }
  | { code: 'noRows'; params: Record<string, never> }
  | { code: 'columnsMissing'; params: { columns: string } }
  | { code: 'columnsExtra'; params: { columns: string } }
  | { code: 'columnsOutOfOrder'; params: { column: string; position: number; expected: number } }

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1)

export function fileSizeProblem(bytes: number): ImportCsvProblem | null {
  return bytes > MAX_IMPORT_FILE_BYTES
    ? { code: 'fileTooLarge', params: { size: megabytes(bytes), max: megabytes(MAX_IMPORT_FILE_BYTES) } }
    : null
}

/**
 * How a file's header differs from GetCSVHeader's: columns it lacks, columns Cognito would refuse, or
 * (with the same columns) the first one out of place. Positions are 1-based, as a spreadsheet counts.
 */
export function headerProblems(expected: readonly string[], actual: readonly string[]): ImportCsvProblem[] {
  const missing = expected.filter((c) => !actual.includes(c))
  const extra = actual.filter((c) => !expected.includes(c))
  const problems: ImportCsvProblem[] = []
  if (missing.length > 0) problems.push({ code: 'columnsMissing', params: { columns: missing.join(', ') } })
  if (extra.length > 0) problems.push({ code: 'columnsExtra', params: { columns: extra.join(', ') } })
  if (problems.length > 0) return problems
  const at = actual.findIndex((column, i) => expected[i] !== column)
  if (at >= 0) {
    const column = actual[at] ?? ''
    return [
      {
        code: 'columnsOutOfOrder',
        params: { column, position: at + 1, expected: expected.indexOf(column) + 1 }
      }
    ]
  }
  return []
}

/** Job names Cognito accepts: letters, digits, spaces and + = , . @ - (1 to 128). */
const JOB_NAME = /^[\w\s+=,.@-]{1,128}$/

export type ImportJobProblem =
  | { code: 'jobNameInvalid'; field: 'jobName'; params: Record<string, never> }
  | (NonNullable<ReturnType<typeof checkRoleArn>> & { field: 'roleArn' })

export function importJobProblems(input: { jobName: string; roleArn: string }): ImportJobProblem[] {
  const problems: ImportJobProblem[] = []
  if (!JOB_NAME.test(input.jobName)) problems.push({ code: 'jobNameInvalid', field: 'jobName', params: {} })
  const role = checkRoleArn(input.roleArn)
  if (role) problems.push({ ...role, field: 'roleArn' })
  return problems
}

/** Where Cognito writes an import job's log: the pool's log group, one stream per job. */
export function importLogGroup(poolId: string): string {
  return `/aws/cognito/${poolId}`
}
