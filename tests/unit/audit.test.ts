import { mkdtempSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { STSClient } from '@aws-sdk/client-sts'
import type { Connection } from '@shared/contract/connections'
import { describe, expect, it, vi } from 'vitest'
import { AuditLog } from '../../src/main/audit/log'
import { redact, REDACTED } from '../../src/main/audit/redact'
import { AuditTrail } from '../../src/main/audit/audit'
import { isWriteCommand } from '../../src/main/aws/commands'

const JWT =
  'eyJraWQiOiJrMSIsImFsZyI6IlJTMjU2In0.eyJzdWIiOiIxMjM0NTY3OC0xMjM0IiwidG9rZW5fdXNlIjoiaWQifQ.c2lnbmF0dXJlLWJ5dGVz'

const connection: Connection = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'prod admin',
  source: 'profile',
  profile: 'admin',
  region: 'ap-northeast-1',
  readOnly: false,
  production: true
}

function fakeSts(answer: () => Promise<{ Arn?: string; Account?: string }>): () => STSClient {
  const client = { send: vi.fn(answer) }
  return () => client as unknown as STSClient
}

const tempLog = () => new AuditLog(mkdtempSync(join(tmpdir(), 'cac-audit-')))

describe('redact', () => {
  it('replaces passwords, secrets, SECRET_HASH, tokens, sessions and codes, keeping the rest', () => {
    const out = redact({
      UserPoolId: 'ap-northeast-1_Abc',
      Username: 'alice',
      Password: 'hunter2!',
      TemporaryPassword: 'Temp-1234',
      ClientSecret: 'shh',
      Session: 'AYABeSessionValue',
      AuthParameters: { USERNAME: 'alice', PASSWORD: 'p', SECRET_HASH: 'h', SRP_A: 'a', REFRESH_TOKEN: 'r' },
      ChallengeResponses: { NEW_PASSWORD: 'n', SOFTWARE_TOKEN_MFA_CODE: '123456' },
      ConfirmationCode: '654321',
      AccessToken: 'opaque',
      Logins: { 'cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_Abc': JWT },
      UserAttributes: [
        { Name: 'email', Value: 'a@example.com' },
        { Name: 'custom:api_token', Value: 'tok' }
      ],
      AccessTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes' },
      GenerateSecret: true,
      Note: JWT
    })
    expect(out).toEqual({
      UserPoolId: 'ap-northeast-1_Abc',
      Username: 'alice',
      Password: REDACTED,
      TemporaryPassword: REDACTED,
      ClientSecret: REDACTED,
      Session: REDACTED,
      AuthParameters: {
        USERNAME: 'alice',
        PASSWORD: REDACTED,
        SECRET_HASH: REDACTED,
        SRP_A: REDACTED,
        REFRESH_TOKEN: REDACTED
      },
      ChallengeResponses: { NEW_PASSWORD: REDACTED, SOFTWARE_TOKEN_MFA_CODE: REDACTED },
      ConfirmationCode: REDACTED,
      AccessToken: REDACTED,
      Logins: { 'cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_Abc': REDACTED },
      UserAttributes: [
        { Name: 'email', Value: 'a@example.com' },
        { Name: 'custom:api_token', Value: REDACTED }
      ],
      AccessTokenValidity: 60,
      TokenValidityUnits: { AccessToken: 'minutes' },
      GenerateSecret: true,
      Note: REDACTED
    })
  })

  it('hides the tokens of an unlink request but names the provider it removes', () => {
    const provider = 'cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_Abc'
    const out = redact({
      IdentityId: 'ap-northeast-1:11111111-2222-3333-4444-555555555555',
      Logins: { [provider]: JWT, 'graph.facebook.com': 'EAAopaque' },
      LoginsToRemove: [provider]
    })
    expect(out).toEqual({
      IdentityId: 'ap-northeast-1:11111111-2222-3333-4444-555555555555',
      Logins: { [provider]: REDACTED, 'graph.facebook.com': REDACTED },
      LoginsToRemove: [provider]
    })
  })

  it('clips long strings, long arrays and deep nesting, and keeps __proto__ a plain key', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 20; i++) deep = { next: deep }
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as unknown
    const out = redact({
      long: 'a long note '.repeat(500),
      many: Array.from({ length: 500 }, (_, i) => i),
      deep,
      hostile
    }) as Record<string, unknown>
    expect(String(out.long)).toMatch(/… \(6000 characters\)$/)
    expect((out.many as unknown[]).length).toBe(51)
    expect((out.many as unknown[])[50]).toBe('(450 more)')
    expect(JSON.stringify(out.deep)).toContain('(nested too deep)')
    expect(JSON.stringify(out.hostile)).toBe('{"__proto__":{"polluted":true}}')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('isWriteCommand', () => {
  it('tells writes from reads and sign-ins, judging a challenge answer by its challenge', () => {
    expect(isWriteCommand('AdminDeleteUserCommand')).toBe(true)
    expect(isWriteCommand('ListUsersCommand')).toBe(false)
    expect(isWriteCommand('AdminGetUserCommand')).toBe(false)
    expect(isWriteCommand('InitiateAuthCommand')).toBe(false)
    expect(isWriteCommand('RespondToAuthChallengeCommand', { ChallengeName: 'SOFTWARE_TOKEN_MFA' })).toBe(
      false
    )
    expect(isWriteCommand('RespondToAuthChallengeCommand', { ChallengeName: 'NEW_PASSWORD_REQUIRED' })).toBe(
      true
    )
    expect(isWriteCommand('AdminRespondToAuthChallengeCommand', { ChallengeName: 'MFA_SETUP' })).toBe(true)
    expect(isWriteCommand('RespondToAuthChallengeCommand')).toBe(true)
  })

  it('counts a developer token as a write: it creates and links the identity of a new user id', () => {
    expect(isWriteCommand('GetOpenIdTokenForDeveloperIdentityCommand')).toBe(true)
    expect(isWriteCommand('LookupDeveloperIdentityCommand')).toBe(false)
    expect(isWriteCommand('GetOpenIdTokenCommand')).toBe(false)
  })
})

describe('AuditLog', () => {
  it('skips a line cut short by a crash and reads the rest', () => {
    const log = tempLog()
    const trail = new AuditTrail(log)
    trail.refused(
      connection,
      'users:delete',
      { poolId: 'ap-northeast-1_Abc', username: 'bob' },
      new Error('x')
    )
    appendFileSync(log.file, '{"id":"cut-sh')
    appendFileSync(log.file, '\n')
    trail.refused(
      connection,
      'users:disable',
      { poolId: 'ap-northeast-1_Abc', username: 'carol' },
      new Error('x')
    )
    expect(log.read().map((e) => e.target)).toEqual(['bob', 'carol'])
  })
})

describe('AuditTrail', () => {
  it('learns the caller once, holds records until it is known, and keeps call order', async () => {
    const log = tempLog()
    let answer: (v: { Arn: string; Account: string }) => void = () => undefined
    const sts = fakeSts(() => new Promise((resolve) => (answer = resolve)))
    const trail = new AuditTrail(log)
    const observer = trail.observer(connection, sts)
    const first = { UserPoolId: 'ap-northeast-1_Abc', Username: 'bob' }
    observer.before?.('cognito-idp', 'AdminDisableUserCommand', first)
    observer.after?.('cognito-idp', 'AdminDisableUserCommand', first, { ok: true })
    const second = { UserPoolId: 'ap-northeast-1_Abc', Username: 'bob', Password: 'Secret-123' }
    observer.before?.('cognito-idp', 'AdminSetUserPasswordCommand', second)
    observer.after?.('cognito-idp', 'AdminSetUserPasswordCommand', second, {
      ok: false,
      error: Object.assign(new Error('Password does not conform'), { name: 'InvalidPasswordException' })
    })
    expect(log.read()).toEqual([])
    await Promise.resolve()
    answer({ Arn: 'arn:aws:iam::123456789012:user/admin', Account: '123456789012' })
    await trail.flush()
    expect(log.read()).toHaveLength(2)
    const [a, b] = log.read()
    expect(a).toMatchObject({
      operation: 'AdminDisableUser',
      target: 'bob',
      poolId: 'ap-northeast-1_Abc',
      result: 'ok',
      callerArn: 'arn:aws:iam::123456789012:user/admin',
      account: '123456789012',
      profile: 'admin',
      region: 'ap-northeast-1',
      connectionName: 'prod admin',
      service: 'cognito-idp'
    })
    expect(b).toMatchObject({
      operation: 'AdminSetUserPassword',
      result: 'error',
      error: { code: 'INVALID_PASSWORD', name: 'InvalidPasswordException' },
      parameters: { Password: REDACTED }
    })
    expect(readFileSync(log.file, 'utf8')).not.toContain('Secret-123')
  })

  it('records a client secret added or deleted, never the new value Cognito answers with', async () => {
    const log = tempLog()
    const trail = new AuditTrail(log)
    const observer = trail.observer(
      connection,
      fakeSts(() => Promise.resolve({ Arn: 'arn:aws:iam::123456789012:user/admin' }))
    )
    const add = { UserPoolId: 'ap-northeast-1_Abc', ClientId: 'client1' }
    observer.before?.('cognito-idp', 'AddUserPoolClientSecretCommand', add)
    observer.after?.('cognito-idp', 'AddUserPoolClientSecretCommand', add, {
      ok: true,
      output: {
        ClientSecretDescriptor: { ClientSecretId: 'client1--1', ClientSecretValue: 'fresh-secret-value' }
      }
    })
    const remove = { ...add, ClientSecretId: 'client1--0' }
    observer.after?.('cognito-idp', 'DeleteUserPoolClientSecretCommand', remove, { ok: true })
    await trail.flush()
    expect(log.read().map((e) => [e.operation, e.target])).toEqual([
      ['AddUserPoolClientSecret', 'client1'],
      ['DeleteUserPoolClientSecret', 'client1']
    ])
    expect(readFileSync(log.file, 'utf8')).not.toContain('fresh-secret-value')
  })

  it('ignores reads and sign-ins, and writes without an ARN when the caller cannot be learnt', async () => {
    const log = tempLog()
    const trail = new AuditTrail(log)
    const observer = trail.observer(
      connection,
      fakeSts(() => Promise.reject(new Error('expired')))
    )
    const read = { UserPoolId: 'ap-northeast-1_Abc' }
    observer.before?.('cognito-idp', 'ListUsersCommand', read)
    observer.after?.('cognito-idp', 'ListUsersCommand', read, { ok: true })
    observer.after?.('cognito-idp', 'InitiateAuthCommand', { AuthFlow: 'USER_PASSWORD_AUTH' }, { ok: true })
    const write = { UserPoolId: 'ap-northeast-1_Abc', GroupName: 'admins' }
    observer.after?.('cognito-idp', 'CreateGroupCommand', write, { ok: true })
    await trail.flush()
    const entries = log.read()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ operation: 'CreateGroup', target: 'admins' })
    expect(entries[0]?.callerArn).toBeUndefined()
  })

  it('marks a write cut after it was sent as uncertain, and one never delivered as not applied', async () => {
    const log = tempLog()
    const trail = new AuditTrail(log)
    const observer = trail.observer(
      connection,
      fakeSts(() => Promise.resolve({}))
    )
    const cut = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
    observer.after?.('cognito-idp', 'AdminDisableUserCommand', { Username: 'a' }, { ok: false, error: cut })
    observer.after?.(
      'cognito-idp',
      'AdminDisableUserCommand',
      { Username: 'b' },
      { ok: false, error: refused }
    )
    await trail.flush()
    const [a, b] = log.read()
    expect(a).toMatchObject({ target: 'a', error: { code: 'NETWORK' }, uncertain: true })
    expect(b).toMatchObject({ target: 'b', error: { code: 'ENDPOINT' } })
    expect(b?.uncertain).toBeUndefined()
  })

  it('counts a record it could not write instead of failing the AWS call', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cac-audit-'))
    const blocker = join(dir, 'not-a-folder')
    writeFileSync(blocker, '')
    const trail = new AuditTrail(new AuditLog(blocker))
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() =>
      trail.refused(connection, 'users:delete', { poolId: 'ap-northeast-1_Abc' }, new Error('x'))
    ).not.toThrow()
    expect(trail.unwritten).toBe(1)
    expect(spy).toHaveBeenCalled()
    spy.mockRestore()
  })
})
