import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CreateUserImportJobCommand,
  DescribeUserImportJobCommand,
  GetCSVHeaderCommand,
  ListUserImportJobsCommand,
  StartUserImportJobCommand,
  StopUserImportJobCommand,
  type CreateUserImportJobCommandOutput,
  type UserImportJobType
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock'
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { serveUploadEndpoint } from '../support/upload-endpoint'

/*
 * moto 5.2.1 implements none of the user import job operations (GetCSVHeader, Create/Start/Stop/
 * Describe/ListUserImportJobs), so they are answered on the connection's own client with Cognito's
 * documented answers, typed by the SDK; the pre-signed upload goes to a local server standing in for S3.
 */

const POOL = 'us-east-1_ImportJobs1'
const HEADER = ['name', 'given_name', 'email', 'email_verified', 'cognito:mfa_enabled', 'cognito:username']
const ROLE = 'arn:aws:iam::123456789012:role/CognitoImportLogs'

let h: Harness
let dir: string
let mock: AwsClientStub<CognitoIdentityProviderClient>
let picked: string | null

function csvFile(name: string, content: string): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

const job = (over: Partial<UserImportJobType> = {}): UserImportJobType => ({
  JobId: 'import-Abc123',
  JobName: 'migration-1',
  UserPoolId: POOL,
  Status: 'Created',
  CloudWatchLogsRoleArn: ROLE,
  CreationDate: new Date('2026-11-27T10:00:00Z'),
  ImportedUsers: 0,
  SkippedUsers: 0,
  FailedUsers: 0,
  ...over
})

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  dir = mkdtempSync(join(tmpdir(), 'import-jobs-'))
  h.ctx.openFile = async () => picked
})
afterAll(() => h?.dispose())
beforeEach(() => {
  mock = mockClient(h.ctx.connections.active().clients.idp)
  mock.on(GetCSVHeaderCommand, { UserPoolId: POOL }).resolves({ UserPoolId: POOL, CSVHeader: HEADER })
})
afterEach(() => mock.restore())

describe('choosing the file', () => {
  it('accepts a file in GetCSVHeader’s layout and holds it for the job', async () => {
    picked = csvFile(
      'good.csv',
      `${HEADER.join(',')}\nAnn,Ann,ann@example.com,true,false,ann\nBo,Bo,bo@example.com,false,false,bo\n`
    )
    const file = await h.ok('importJobs', 'pickFile', { poolId: POOL })
    expect(file).toMatchObject({ name: 'good.csv', rows: 2, header: HEADER, fromBackup: false, problems: [] })
    expect(file?.fileId).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('names missing, extra and out-of-order columns as codes, and holds nothing', async () => {
    picked = csvFile('bad.csv', 'email,name,shoe_size,cognito:username\nx@example.com,X,42,x\n')
    const bad = await h.ok('importJobs', 'pickFile', { poolId: POOL })
    expect(bad?.fileId).toBeUndefined()
    expect(bad?.problems).toEqual([
      { code: 'columnsMissing', params: { columns: 'given_name, email_verified, cognito:mfa_enabled' } },
      { code: 'columnsExtra', params: { columns: 'shoe_size' } }
    ])
    const swapped = [...HEADER]
    ;[swapped[0], swapped[2]] = [swapped[2] ?? '', swapped[0] ?? '']
    picked = csvFile('order.csv', `${swapped.join(',')}\nann@example.com,Ann,Ann,true,false,ann\n`)
    const order = await h.ok('importJobs', 'pickFile', { poolId: POOL })
    expect(order?.problems).toEqual([
      { code: 'columnsOutOfOrder', params: { column: 'email', position: 1, expected: 3 } }
    ])
  })

  it('refuses a file over Cognito’s 100 MB limit without reading it', async () => {
    picked = join(dir, 'huge.csv')
    writeFileSync(picked, '')
    truncateSync(picked, 101 * 1024 * 1024)
    const huge = await h.ok('importJobs', 'pickFile', { poolId: POOL })
    expect(huge).toMatchObject({
      rows: 0,
      problems: [{ code: 'fileTooLarge', params: { size: '101.0', max: '100.0' } }]
    })
    expect(huge?.fileId).toBeUndefined()
  })

  it('says nothing is chosen when the person cancels', async () => {
    picked = null
    expect(await h.ok('importJobs', 'pickFile', { poolId: POOL })).toBeNull()
  })
})

describe('creating the job and uploading', () => {
  it('creates the job, then PUTs the file to its pre-signed URL with the encryption header only', async () => {
    const s3 = await serveUploadEndpoint()
    try {
      const content = `${HEADER.join(',')}\r\nAnn,Ann,ann@example.com,true,false,ann\r\n`
      picked = csvFile('upload.csv', content)
      const file = await h.ok('importJobs', 'pickFile', { poolId: POOL })
      const created: CreateUserImportJobCommandOutput = {
        $metadata: {},
        UserImportJob: job({
          PreSignedUrl: s3.url('/aws-cognito-idp-user-import/import-Abc123?X-Amz-Signature=x')
        })
      }
      mock.on(CreateUserImportJobCommand).resolves(created)
      const result = await h.ok('importJobs', 'create', {
        poolId: POOL,
        jobName: 'migration-1',
        roleArn: ROLE,
        fileId: file?.fileId ?? ''
      })
      expect(result).toMatchObject({
        jobId: 'import-Abc123',
        status: 'Created',
        logGroup: `/aws/cognito/${POOL}`,
        createdAt: '2026-11-27T10:00:00.000Z'
      })
      expect(mock.commandCalls(CreateUserImportJobCommand).map((c) => c.args[0].input)).toEqual([
        { UserPoolId: POOL, JobName: 'migration-1', CloudWatchLogsRoleArn: ROLE }
      ])
      expect(s3.received).toHaveLength(1)
      const [upload] = s3.received
      expect(upload?.method).toBe('PUT')
      expect(upload?.path).toBe('/aws-cognito-idp-user-import/import-Abc123?X-Amz-Signature=x')
      expect(upload?.headers['x-amz-server-side-encryption']).toBe('aws:kms')
      // A Content-Type the URL is not signed for would not be sent by Cognito's own guide either.
      expect(upload?.headers['content-type']).toBeUndefined()
      expect(upload?.body.toString('utf8')).toBe(content)
      // The file is uploaded once: the same id cannot start a second job.
      const again = await h.call('importJobs', 'create', {
        poolId: POOL,
        jobName: 'migration-2',
        roleArn: ROLE,
        fileId: file?.fileId ?? ''
      })
      expect(again).toMatchObject({ ok: false, error: { code: 'PRECONDITION' } })
    } finally {
      await s3.close()
    }
  })

  it('uploads the console’s own backup without its state columns and with formulas as typed', async () => {
    const s3 = await serveUploadEndpoint()
    try {
      picked = csvFile(
        'backup.csv',
        `${HEADER.join(',')},console:enabled,console:groups\r\n"'=1+1",Ann,ann@example.com,true,false,ann,false,"[""admins""]"\r\n`
      )
      const file = await h.ok('importJobs', 'pickFile', { poolId: POOL })
      expect(file).toMatchObject({ fromBackup: true, header: HEADER, problems: [] })
      mock.on(CreateUserImportJobCommand).resolves({ UserImportJob: job({ PreSignedUrl: s3.url('/up') }) })
      await h.ok('importJobs', 'create', {
        poolId: POOL,
        jobName: 'restore',
        roleArn: ROLE,
        fileId: file?.fileId ?? ''
      })
      expect(s3.received[0]?.body.toString('utf8')).toBe(
        `${HEADER.join(',')}\r\n=1+1,Ann,ann@example.com,true,false,ann`
      )
    } finally {
      await s3.close()
    }
  })

  it('refuses a malformed role ARN with its reason, before anything is sent', async () => {
    picked = csvFile('r.csv', `${HEADER.join(',')}\nAnn,Ann,ann@example.com,true,false,ann\n`)
    const file = await h.ok('importJobs', 'pickFile', { poolId: POOL })
    const result = await h.call('importJobs', 'create', {
      poolId: POOL,
      jobName: 'bad role',
      roleArn: 'arn:aws:iam:us-east-1:123456789012:role/CognitoImportLogs',
      fileId: file?.fileId ?? ''
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'arnMalformed', field: 'roleArn' } }
    })
    const badName = await h.call('importJobs', 'create', {
      poolId: POOL,
      jobName: 'a/b',
      roleArn: ROLE,
      fileId: file?.fileId ?? ''
    })
    expect(badName).toMatchObject({ ok: false, error: { params: { reason: 'jobNameInvalid' } } })
    expect(mock.commandCalls(CreateUserImportJobCommand)).toHaveLength(0)
  })

  it('says the upload address refused the file, with S3’s error code', async () => {
    const s3 = await serveUploadEndpoint({ refuse: { status: 403, code: 'SignatureDoesNotMatch' } })
    try {
      picked = csvFile('refused.csv', `${HEADER.join(',')}\nAnn,Ann,ann@example.com,true,false,ann\n`)
      const file = await h.ok('importJobs', 'pickFile', { poolId: POOL })
      mock.on(CreateUserImportJobCommand).resolves({ UserImportJob: job({ PreSignedUrl: s3.url('/up') }) })
      const result = await h.call('importJobs', 'create', {
        poolId: POOL,
        jobName: 'refused',
        roleArn: ROLE,
        fileId: file?.fileId ?? ''
      })
      expect(result).toMatchObject({
        ok: false,
        error: {
          code: 'ENDPOINT',
          message: expect.stringContaining('HTTP 403'),
          detail: 'SignatureDoesNotMatch'
        }
      })
    } finally {
      await s3.close()
    }
  })

  it('will not send users over plain http to another machine', async () => {
    picked = csvFile('remote.csv', `${HEADER.join(',')}\nAnn,Ann,ann@example.com,true,false,ann\n`)
    const file = await h.ok('importJobs', 'pickFile', { poolId: POOL })
    mock
      .on(CreateUserImportJobCommand)
      .resolves({ UserImportJob: job({ PreSignedUrl: 'http://example.com/up' }) })
    const result = await h.call('importJobs', 'create', {
      poolId: POOL,
      jobName: 'remote',
      roleArn: ROLE,
      fileId: file?.fileId ?? ''
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'ENDPOINT' } })
  })
})

describe('running and following jobs', () => {
  it('starts, follows and stops a job, and lists past jobs newest first', async () => {
    const ref = { UserPoolId: POOL, JobId: 'import-Abc123' }
    mock.on(StartUserImportJobCommand, ref).resolves({ UserImportJob: job({ Status: 'Pending' }) })
    mock.on(DescribeUserImportJobCommand, ref).resolves({
      UserImportJob: job({ Status: 'InProgress', ImportedUsers: 40, SkippedUsers: 2, FailedUsers: 1 })
    })
    mock.on(StopUserImportJobCommand, ref).resolves({ UserImportJob: job({ Status: 'Stopping' }) })
    const jobRef = { poolId: POOL, jobId: 'import-Abc123' }
    expect((await h.ok('importJobs', 'start', jobRef)).status).toBe('Pending')
    expect(await h.ok('importJobs', 'describe', jobRef)).toMatchObject({
      status: 'InProgress',
      imported: 40,
      skipped: 2,
      failed: 1
    })
    expect((await h.ok('importJobs', 'stop', jobRef)).status).toBe('Stopping')

    mock
      .on(ListUserImportJobsCommand, { UserPoolId: POOL, MaxResults: 60, PaginationToken: undefined })
      .resolves({
        UserImportJobs: [job({ JobId: 'import-old', CreationDate: new Date('2026-01-01T00:00:00Z') })],
        PaginationToken: 'p2'
      })
    mock.on(ListUserImportJobsCommand, { UserPoolId: POOL, MaxResults: 60, PaginationToken: 'p2' }).resolves({
      UserImportJobs: [
        job({
          JobId: 'import-new',
          Status: 'Succeeded',
          CompletionMessage: 'Import Job Completed Successfully.'
        })
      ]
    })
    const list = await h.ok('importJobs', 'list', { poolId: POOL })
    expect(list.map((j) => [j.jobId, j.status])).toEqual([
      ['import-new', 'Succeeded'],
      ['import-old', 'Created']
    ])
    expect(list[0]?.completionMessage).toBe('Import Job Completed Successfully.')
  })

  it('is refused on a read-only connection', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const result = await ro.call('importJobs', 'start', { poolId: POOL, jobId: 'import-Abc123' })
      expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    } finally {
      ro.dispose()
    }
  })
})
