import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type {
  CreateUserImportJobRequest,
  CreateUserImportJobResponse,
  DescribeUserImportJobResponse,
  GetCSVHeaderResponse,
  ListUserImportJobsResponse,
  StartUserImportJobRequest,
  StartUserImportJobResponse,
  UserImportJobType
} from '@aws-sdk/client-cognito-identity-provider'
import type { Harness } from '../support/harness'
import { answerOperation } from '../support/sdk-answers'
import { plainPool } from '../support/pool-input'
import { serveUploadEndpoint } from '../support/upload-endpoint'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)
const HEADER = ['name', 'email', 'email_verified', 'cognito:mfa_enabled', 'cognito:username']
const ROLE = 'arn:aws:iam::123456789012:role/CognitoImportLogs'
const dir = mkdtempSync(join(tmpdir(), 'e2e-import-jobs-'))

/**
 * moto 5.2.1 has no user import jobs: their operations are answered inside the connection's own client
 * (after the audit observer, so the audit scan sees the writes) with Cognito's documented answers,
 * SDK-typed; the pool itself and every other call go to moto. Returns the function that removes them.
 */
function answerImportJobs(
  harness: Harness,
  jobs: {
    create?: (input: CreateUserImportJobRequest) => CreateUserImportJobResponse
    start?: (input: StartUserImportJobRequest) => StartUserImportJobResponse
    describe?: () => DescribeUserImportJobResponse
  } = {}
): () => void {
  const idp = harness.ctx.connections.active().clients.idp
  const removers = [
    answerOperation<object, GetCSVHeaderResponse>(idp, 'GetCSVHeaderCommand', () => ({ CSVHeader: HEADER })),
    answerOperation<object, ListUserImportJobsResponse>(idp, 'ListUserImportJobsCommand', () => ({
      UserImportJobs: []
    })),
    ...(jobs.create ? [answerOperation(idp, 'CreateUserImportJobCommand', jobs.create)] : []),
    ...(jobs.start ? [answerOperation(idp, 'StartUserImportJobCommand', jobs.start)] : []),
    ...(jobs.describe ? [answerOperation(idp, 'DescribeUserImportJobCommand', jobs.describe)] : [])
  ]
  return () => removers.forEach((remove) => remove())
}

/** The person picks `content` in main's open dialog. */
function pickCsv(harness: Harness, name: string, content: string): void {
  const path = join(dir, name)
  writeFileSync(path, content)
  harness.ctx.openFile = async () => path
}

async function openImportJobs(page: Page, harness: Harness, name: string): Promise<string> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await page.reload()
  await expect(page.getByTestId('pools-view')).toBeVisible()
  await goTo(page, `#/pools/${id}/import-jobs`)
  await expect(page.getByTestId('import-job-form')).toBeVisible()
  return id
}

test('a CSV whose header does not match GetCSVHeader is refused in Japanese, column by column', async ({
  page,
  harness
}) => {
  const stop = answerImportJobs(harness)
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    await openImportJobs(page, harness, `e2e-import-ja-${run}`)
    await expect(page.getByTestId('pool-tabs')).toContainText('インポートジョブ')
    pickCsv(harness, 'bad.csv', 'email,name,shoe_size,cognito:username\nann@example.com,Ann,42,ann\n')
    await page.getByTestId('import-file-choose').click()
    const problems = page.getByTestId('import-file-problems')
    await expect(problems.getByTestId('import-problem-columnsMissing')).toContainText(
      '列が足りません: email_verified, cognito:mfa_enabled'
    )
    await expect(problems.getByTestId('import-problem-columnsExtra')).toContainText('shoe_size')
    await expect(page.getByTestId('import-file-expected')).toContainText('cognito:mfa_enabled')
    await expect(page.getByTestId('import-job-create')).toBeDisabled()

    // The same columns in another order: the first one out of place is named with both positions.
    pickCsv(
      harness,
      'order.csv',
      'email,name,email_verified,cognito:mfa_enabled,cognito:username\nann@example.com,Ann,true,false,ann\n'
    )
    await page.getByTestId('import-file-choose').click()
    await expect(page.getByTestId('import-problem-columnsOutOfOrder')).toContainText(
      '列「email」が 1 番目にありますが、このプールでは 2 番目です'
    )
    await snap(page, 'import-jobs-header-ja')
  } finally {
    stop()
  }
})

test('an import job is created, its file uploaded from main, started and followed to its end', async ({
  page,
  harness
}) => {
  const s3 = await serveUploadEndpoint()
  const started: StartUserImportJobRequest[] = []
  let described = 0
  let poolId = ''
  const job = (over: Partial<UserImportJobType>): UserImportJobType => ({
    JobId: 'import-E2e1',
    JobName: 'spring-migration',
    UserPoolId: poolId,
    CloudWatchLogsRoleArn: ROLE,
    CreationDate: new Date(),
    ImportedUsers: 0,
    SkippedUsers: 0,
    FailedUsers: 0,
    Status: 'Created',
    ...over
  })
  const stop = answerImportJobs(harness, {
    create: () => ({ UserImportJob: job({ PreSignedUrl: s3.url('/upload?sig=1') }) }),
    start: (input) => {
      started.push(input)
      return { UserImportJob: job({ Status: 'Pending' }) }
    },
    describe: () =>
      described++ === 0
        ? { UserImportJob: job({ Status: 'InProgress', ImportedUsers: 1 }) }
        : {
            UserImportJob: job({
              Status: 'Succeeded',
              ImportedUsers: 2,
              SkippedUsers: 1,
              CompletionMessage: 'Import Job Completed Successfully.'
            })
          }
  })
  try {
    // The screen reads the pool's header and jobs as it opens: the answers are in place first.
    poolId = await openImportJobs(page, harness, `e2e-import-${run}`)
    const content = `${HEADER.join(',')}\nAnn,ann@example.com,true,false,ann\nBo,bo@example.com,true,false,bo\nCy,cy@example.com,true,false,cy\n`
    pickCsv(harness, 'users.csv', content)
    await page.getByTestId('import-file-choose').click()
    await expect(page.getByTestId('import-file-summary')).toContainText('users.csv: 3 users')

    await page.getByTestId('import-job-name').locator('input').fill('spring-migration')
    await page
      .getByTestId('import-job-role')
      .locator('input')
      .fill('arn:aws:iam:us-east-1:123456789012:role/X')
    await expect(page.getByTestId('import-job-form')).toContainText('That is not an IAM role ARN')
    await expect(page.getByTestId('import-job-create')).toBeDisabled()
    await page.getByTestId('import-job-role').locator('input').fill(ROLE)
    await page.getByTestId('import-job-create').click()

    await expect(page.getByTestId('import-status-import-E2e1')).toContainText('Created (not started)')
    expect(
      s3.received.map((r) => [r.method, r.headers['x-amz-server-side-encryption'], r.body.toString()])
    ).toEqual([['PUT', 'aws:kms', content]])
    await expect(page.getByTestId('import-log-import-E2e1')).toContainText(`/aws/cognito/${poolId}`)

    await page.getByTestId('import-start-import-E2e1').click()
    await page.getByTestId('dialog-confirm').click()
    await expect(page.getByTestId('import-status-import-E2e1')).toContainText('Succeeded', {
      timeout: 15_000
    })
    await expect(page.getByTestId('import-progress-import-E2e1')).toContainText('2 / 1 / 0')
    await expect(page.getByTestId('import-jobs-table')).toContainText('Import Job Completed Successfully.')
    await snap(page, 'import-jobs-succeeded')
    expect(started).toEqual([{ UserPoolId: poolId, JobId: 'import-E2e1' }])
  } finally {
    stop()
    await s3.close()
  }
})
