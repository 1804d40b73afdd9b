import { describe, expect, it } from 'vitest'
import { auditCliSnippet, auditShellScript, type AuditedCall } from '@shared/code-snippets'

const setPassword: AuditedCall = {
  time: '2026-11-27T10:00:02.000Z',
  service: 'cognito-idp',
  operation: 'AdminSetUserPassword',
  region: 'ap-northeast-1',
  result: 'ok',
  parameters: { UserPoolId: 'ap-northeast-1_Abc', Username: 'alice', Password: '[redacted]', Permanent: true }
}
const createGroup: AuditedCall = {
  time: '2026-11-27T10:00:01.000Z',
  service: 'cognito-idp',
  operation: 'CreateGroup',
  region: 'ap-northeast-1',
  result: 'error',
  parameters: { UserPoolId: 'ap-northeast-1_Abc', GroupName: "o'neil" }
}

describe('audit records as AWS CLI commands', () => {
  it('repeats the recorded call with the value the log never kept as a placeholder', () => {
    expect(auditCliSnippet(setPassword)).toBe(
      [
        'aws cognito-idp admin-set-user-password',
        '  --region ap-northeast-1',
        `  --cli-input-json '{"UserPoolId":"ap-northeast-1_Abc","Username":"alice","Password":"<PASSWORD>","Permanent":true}'`
      ].join(' \\\n')
    )
  })

  it('names the service of the call, and has no command for a refusal that never reached AWS', () => {
    expect(
      auditCliSnippet({ ...createGroup, service: 'cognito-identity', operation: 'DeleteIdentityPool' })
    ).toMatch(/^aws cognito-identity delete-identity-pool/)
    expect(auditCliSnippet({ ...createGroup, service: 'console', operation: 'groups:create' })).toBeNull()
  })

  it('writes a selection as one script, oldest first, quoting what the shell would split', () => {
    const script = auditShellScript([setPassword, createGroup, { ...createGroup, service: 'console' }])
    const lines = script.split('\n')
    expect(lines.slice(0, 3)).toEqual([
      '#!/bin/sh',
      '# Secrets and passwords are placeholders: fill them in before running.',
      'set -e'
    ])
    expect(lines.filter((l) => l.startsWith('aws '))).toEqual([
      'aws cognito-idp create-group \\',
      'aws cognito-idp admin-set-user-password \\'
    ])
    expect(script).toContain(`"GroupName":"o'\\''neil"`)
    expect(script).toContain('# 2026-11-27T10:00:01.000Z CreateGroup: error')
  })
})
