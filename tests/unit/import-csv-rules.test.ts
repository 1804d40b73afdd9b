import { describe, expect, it } from 'vitest'
import { checkRoleArn } from '@shared/arns'
import {
  fileSizeProblem,
  headerProblems,
  importJobProblems,
  MAX_IMPORT_FILE_BYTES
} from '@shared/import-csv-rules'

const HEADER = ['name', 'email', 'cognito:mfa_enabled', 'cognito:username']

describe('import file header', () => {
  it('accepts exactly GetCSVHeader’s columns in its order', () => {
    expect(headerProblems(HEADER, [...HEADER])).toEqual([])
  })

  it('lists missing and extra columns together', () => {
    expect(headerProblems(HEADER, ['email', 'cognito:username', 'sub'])).toEqual([
      { code: 'columnsMissing', params: { columns: 'name, cognito:mfa_enabled' } },
      { code: 'columnsExtra', params: { columns: 'sub' } }
    ])
  })

  it('names the first column out of place with both positions', () => {
    expect(headerProblems(HEADER, ['name', 'email', 'cognito:username', 'cognito:mfa_enabled'])).toEqual([
      { code: 'columnsOutOfOrder', params: { column: 'cognito:username', position: 3, expected: 4 } }
    ])
  })

  it('refuses a file over 100 MB and lets one at the limit through', () => {
    expect(fileSizeProblem(MAX_IMPORT_FILE_BYTES)).toBeNull()
    expect(fileSizeProblem(MAX_IMPORT_FILE_BYTES + 1)?.code).toBe('fileTooLarge')
  })
})

describe('import job settings', () => {
  it('takes an IAM role ARN, which names no Region', () => {
    expect(checkRoleArn('arn:aws:iam::123456789012:role/service-role/CognitoImportLogs')).toBeNull()
    expect(checkRoleArn('arn:aws:iam:us-east-1:123456789012:role/X')?.code).toBe('arnMalformed')
    expect(checkRoleArn('arn:aws:iam::123456789012:user/ann')?.code).toBe('arnMalformed')
    expect(checkRoleArn('CognitoImportLogs')?.code).toBe('arnMalformed')
  })

  it('names the field of each problem', () => {
    expect(
      importJobProblems({ jobName: 'migration 1 @ 2026.11', roleArn: 'arn:aws:iam::123456789012:role/R' })
    ).toEqual([])
    expect(
      importJobProblems({ jobName: 'a/b', roleArn: 'arn:aws:s3:::bucket' }).map((p) => [p.field, p.code])
    ).toEqual([
      ['jobName', 'jobNameInvalid'],
      ['roleArn', 'arnMalformed']
    ])
    expect(
      importJobProblems({ jobName: 'x'.repeat(129), roleArn: 'arn:aws:iam::123456789012:role/R' })[0]?.code
    ).toBe('jobNameInvalid')
  })
})
