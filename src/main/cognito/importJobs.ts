import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  CreateUserImportJobCommand,
  DescribeUserImportJobCommand,
  GetCSVHeaderCommand,
  ListUserImportJobsCommand,
  StartUserImportJobCommand,
  StopUserImportJobCommand,
  type CognitoIdentityProviderClient,
  type UserImportJobType
} from '@aws-sdk/client-cognito-identity-provider'
import Papa from 'papaparse'
import type { ImportCsvFile, ImportJob, ImportJobStatus } from '@shared/contract/importJobs'
import { endpointUrlProblem, ENDPOINT_URL_MESSAGES } from '@shared/endpoint-url'
import { AppError } from '@shared/errors'
import {
  fileSizeProblem,
  headerProblems,
  importJobProblems,
  importLogGroup,
  STATE_COLUMNS,
  type ImportCsvProblem,
  type ImportJobProblem
} from '@shared/import-csv-rules'
import type { OpenFileDialog } from '../context'
import { toCsv, unescapeFormula } from '../files/csv'
import type { ImportFiles } from './import-files'

function toJob(poolId: string, job: UserImportJobType | undefined): ImportJob {
  return {
    poolId,
    jobId: job?.JobId ?? '',
    jobName: job?.JobName ?? '',
    status: (job?.Status ?? 'Created') as ImportJobStatus,
    roleArn: job?.CloudWatchLogsRoleArn ?? '',
    ...(job?.CreationDate ? { createdAt: job.CreationDate.toISOString() } : {}),
    ...(job?.StartDate ? { startedAt: job.StartDate.toISOString() } : {}),
    ...(job?.CompletionDate ? { completedAt: job.CompletionDate.toISOString() } : {}),
    imported: job?.ImportedUsers ?? 0,
    skipped: job?.SkippedUsers ?? 0,
    failed: job?.FailedUsers ?? 0,
    ...(job?.CompletionMessage ? { completionMessage: job.CompletionMessage } : {}),
    logGroup: importLogGroup(poolId)
  }
}

/** GetCSVHeader: the columns Cognito's import job reads, in its order (no stand-in: the job needs its own). */
export async function csvHeader(idp: CognitoIdentityProviderClient, poolId: string): Promise<string[]> {
  const { CSVHeader } = await idp.send(new GetCSVHeaderCommand({ UserPoolId: poolId }))
  return CSVHeader ?? []
}

const CSV_FILTERS = [{ name: 'CSV', extensions: ['csv'] }]

/**
 * The file as Cognito will receive it. The console's own backup export carries enabled state and
 * groups after the import columns, and writes formula-like values with a leading `'` for
 * spreadsheets: both are undone here, since this copy goes to Cognito, not to a spreadsheet.
 */
function uploadBody(raw: Buffer, rows: string[][], header: string[]): { body: Buffer; header: string[] } {
  const keep = header.map((column) => !STATE_COLUMNS.includes(column))
  if (keep.every(Boolean)) return { body: raw, header }
  const pick = (cells: string[]) => cells.filter((_, i) => keep[i])
  const columns = pick(header)
  const csv = toCsv(
    columns,
    rows.map((cells) => pick(cells).map(unescapeFormula)),
    { formulas: 'keep' }
  )
  return { body: Buffer.from(csv, 'utf8'), header: columns }
}

/**
 * Opens the file dialog in main, reads the chosen CSV (refusing one over Cognito's size limit before
 * reading it) and checks its header against GetCSVHeader. A file with no problems is held in main
 * for `createImportJob`; null when the person cancels.
 */
export async function pickImportFile(
  idp: CognitoIdentityProviderClient,
  openFile: OpenFileDialog | undefined,
  files: ImportFiles,
  poolId: string
): Promise<ImportCsvFile | null> {
  if (!openFile) throw new AppError('NOT_SUPPORTED', 'Opening files is not available here.')
  const expected = await csvHeader(idp, poolId)
  const path = await openFile({ filters: CSV_FILTERS })
  if (path === null) return null
  const name = basename(path)
  const { size } = await stat(path)
  const tooLarge = fileSizeProblem(size)
  if (tooLarge)
    return { name, bytes: size, rows: 0, header: [], expected, fromBackup: false, problems: [tooLarge] }
  const raw = await readFile(path)
  const text = raw.toString('utf8').replace(/^\uFEFF/, '')
  const [fileHeader = [], ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data
  const fromBackup = fileHeader.some((column) => STATE_COLUMNS.includes(column))
  const { body, header } = uploadBody(raw, rows, fileHeader)
  const problems: ImportCsvProblem[] = [
    ...(rows.length === 0 ? [{ code: 'noRows', params: {} } as const] : []),
    ...headerProblems(expected, header)
  ]
  return {
    ...(problems.length === 0 ? { fileId: files.hold(poolId, body) } : {}),
    name,
    bytes: size,
    rows: rows.length,
    header,
    expected,
    fromBackup,
    problems
  }
}

/** The English sentence of a refused job; the renderer words the same code itself. */
function refusal(problem: ImportJobProblem): AppError {
  const options = { params: { reason: problem.code, field: problem.field, ...problem.params } }
  switch (problem.code) {
    case 'jobNameInvalid':
      return new AppError('VALIDATION', 'A job name holds 1 to 128 letters, digits, spaces or + = , . @ -.', {
        ...options,
        hint: 'Rename the job with those characters only.'
      })
    case 'arnMalformed':
      return new AppError('VALIDATION', 'The CloudWatch Logs role is not an IAM role ARN.', {
        ...options,
        hint: 'Give the ARN of a role Cognito may assume to write logs, e.g. arn:aws:iam::123456789012:role/CognitoImportLogs.'
      })
  }
}

/** How long an upload of up to 100 MB may take before it is given up. */
const UPLOAD_TIMEOUT_MS = 10 * 60 * 1000

/**
 * PUTs the CSV to the job's pre-signed S3 URL with the one header the URL is signed for
 * (`x-amz-server-side-encryption: aws:kms`, as Cognito's guide uploads it); the body is bytes, so
 * no Content-Type is added that the signature does not cover.
 */
export async function uploadImportFile(url: string, body: Buffer): Promise<void> {
  const problem = endpointUrlProblem(url)
  if (problem)
    throw new AppError('ENDPOINT', 'Cognito gave an upload address this console will not send users to.', {
      hint: ENDPOINT_URL_MESSAGES[problem]
    })
  let response: Response
  try {
    response = await fetch(url, {
      method: 'PUT',
      headers: { 'x-amz-server-side-encryption': 'aws:kms' },
      body: new Uint8Array(body),
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS)
    })
  } catch (error) {
    throw new AppError('NETWORK', 'The file could not be sent to the import job’s upload address.', {
      hint: 'Check the network, then create a new job: the upload address is valid for 15 minutes.',
      detail: (error as Error).message
    })
  }
  if (!response.ok) {
    const reply = await response.text()
    const code = /<Code>([^<]+)<\/Code>/.exec(reply)?.[1]
    throw new AppError('ENDPOINT', `The upload address refused the file (HTTP ${response.status}).`, {
      hint: 'Create a new job: an upload address is valid for 15 minutes and for one file.',
      ...(code ? { detail: code } : {})
    })
  }
}

/** CreateUserImportJob, then the held file uploaded at once (its pre-signed URL lives 15 minutes). */
export async function createImportJob(
  idp: CognitoIdentityProviderClient,
  files: ImportFiles,
  request: { poolId: string; jobName: string; roleArn: string; fileId: string }
): Promise<ImportJob> {
  const problem = importJobProblems(request)[0]
  if (problem) throw refusal(problem)
  const body = files.get(request.fileId, request.poolId)
  if (!body)
    throw new AppError('PRECONDITION', 'The chosen file is no longer held for this pool.', {
      hint: 'Choose the file again.'
    })
  const { UserImportJob } = await idp.send(
    new CreateUserImportJobCommand({
      UserPoolId: request.poolId,
      JobName: request.jobName,
      CloudWatchLogsRoleArn: request.roleArn
    })
  )
  await uploadImportFile(UserImportJob?.PreSignedUrl ?? '', body)
  files.drop(request.fileId)
  return toJob(request.poolId, UserImportJob)
}

type JobRef = { poolId: string; jobId: string }

export async function startImportJob(idp: CognitoIdentityProviderClient, ref: JobRef): Promise<ImportJob> {
  const { UserImportJob } = await idp.send(
    new StartUserImportJobCommand({ UserPoolId: ref.poolId, JobId: ref.jobId })
  )
  return toJob(ref.poolId, UserImportJob)
}

export async function stopImportJob(idp: CognitoIdentityProviderClient, ref: JobRef): Promise<ImportJob> {
  const { UserImportJob } = await idp.send(
    new StopUserImportJobCommand({ UserPoolId: ref.poolId, JobId: ref.jobId })
  )
  return toJob(ref.poolId, UserImportJob)
}

export async function describeImportJob(idp: CognitoIdentityProviderClient, ref: JobRef): Promise<ImportJob> {
  const { UserImportJob } = await idp.send(
    new DescribeUserImportJobCommand({ UserPoolId: ref.poolId, JobId: ref.jobId })
  )
  return toJob(ref.poolId, UserImportJob)
}

/** Every import job of the pool (60 a page, Cognito's most), newest first. */
export async function listImportJobs(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<ImportJob[]> {
  const jobs: ImportJob[] = []
  let token: string | undefined
  do {
    const page = await idp.send(
      new ListUserImportJobsCommand({ UserPoolId: poolId, MaxResults: 60, PaginationToken: token })
    )
    for (const job of page.UserImportJobs ?? []) jobs.push(toJob(poolId, job))
    token = page.PaginationToken
  } while (token)
  return jobs.sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''))
}
