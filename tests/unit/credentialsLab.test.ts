import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  DEVELOPER_TOKEN_DURATION,
  decodeJwtClaims,
  developerSourceProblems,
  formatCredentials,
  loginKeyProblem,
  oidcKeyOf,
  redactLogins,
  userPoolIdOf,
  userPoolProviderName
} from '@shared/credentialsLab'
import { LAB_RUN_LIFETIME_MS, LabRuns } from '../../src/main/cognito/lab-runs'

const creds = {
  accessKeyId: 'ASIAEXAMPLE',
  secretKey: 's3cr3t',
  sessionToken: 'tok',
  expiration: '2030-01-01T00:00:00.000Z'
}

describe('credentials lab helpers', () => {
  it('names a user pool provider from the pool id, and back', () => {
    const key = userPoolProviderName('ap-northeast-1_AbC123')
    expect(key).toBe('cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_AbC123')
    expect(userPoolIdOf(key)).toBe('ap-northeast-1_AbC123')
    expect(userPoolIdOf('graph.facebook.com')).toBeUndefined()
    expect(oidcKeyOf('arn:aws:iam::123456789012:oidc-provider/login.example.com/realm')).toBe(
      'login.example.com/realm'
    )
  })

  it('says what is wrong with a Logins key for each provider', () => {
    expect(loginKeyProblem('cognito', userPoolProviderName('us-east-1_X1'))).toBeUndefined()
    expect(loginKeyProblem('cognito', 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_X1')).toContain(
      'without https://'
    )
    expect(loginKeyProblem('google', 'accounts.google.com')).toBeUndefined()
    expect(loginKeyProblem('amazon', 'amazon.com')).toBe('The amazon key is www.amazon.com.')
    expect(loginKeyProblem('oidc', 'login.example.com')).toBeUndefined()
    expect(loginKeyProblem('oidc', 'https://login.example.com')).toContain('without https://')
    expect(loginKeyProblem('saml', 'arn:aws:iam::123456789012:saml-provider/Corp')).toBeUndefined()
    expect(loginKeyProblem('saml', 'Corp')).toContain('provider ARN')
  })

  it('decodes JWT claims without verifying, and refuses what is not a JWT', () => {
    const body = Buffer.from(JSON.stringify({ token_use: 'id', name: 'Hanā' })).toString('base64url')
    expect(decodeJwtClaims(`e30.${body}.sig`)).toEqual({ token_use: 'id', name: 'Hanā' })
    expect(decodeJwtClaims('EAABsbCS1iHgBAKZC')).toBeUndefined()
    expect(decodeJwtClaims('a.!!!.c')).toBeUndefined()
  })

  it('shortens tokens in a Logins map', () => {
    const token = 'x'.repeat(900)
    expect(redactLogins({ 'graph.facebook.com': token })).toEqual({
      'graph.facebook.com': `${'x'.repeat(16)}…(900 chars)`
    })
  })

  it('formats credentials for sh, PowerShell, a profile and credential_process', () => {
    expect(formatCredentials(creds, 'env', { region: 'us-east-1' })).toBe(
      [
        'export AWS_ACCESS_KEY_ID=ASIAEXAMPLE',
        'export AWS_SECRET_ACCESS_KEY=s3cr3t',
        'export AWS_SESSION_TOKEN=tok',
        'export AWS_REGION=us-east-1'
      ].join('\n')
    )
    expect(formatCredentials(creds, 'powershell', { region: 'us-east-1' })).toContain(
      '$env:AWS_SESSION_TOKEN="tok"'
    )
    expect(formatCredentials(creds, 'profile', { region: 'eu-west-1', profile: 'lab' })).toBe(
      [
        '[lab]',
        'aws_access_key_id = ASIAEXAMPLE',
        'aws_secret_access_key = s3cr3t',
        'aws_session_token = tok',
        'region = eu-west-1'
      ].join('\n')
    )
    expect(JSON.parse(formatCredentials(creds, 'json', { region: 'us-east-1' }))).toEqual({
      Version: 1,
      AccessKeyId: 'ASIAEXAMPLE',
      SecretAccessKey: 's3cr3t',
      SessionToken: 'tok',
      Expiration: '2030-01-01T00:00:00.000Z'
    })
  })
})

describe('developer provider source rules', () => {
  const identityPoolId = 'eu-west-1:0000aaaa-1111-bbbb-2222-cccc3333dddd'
  const codes = (input: Partial<Parameters<typeof developerSourceProblems>[0]>) =>
    developerSourceProblems({ identityPoolId, userIdentifier: 'user-1', ...input }).map((p) => p.code)

  it('accepts a user id alone, with an identity of the pool’s Region, and durations at both limits', () => {
    expect(codes({})).toEqual([])
    expect(codes({ identityId: 'eu-west-1:0000aaaa-1111-bbbb-2222-cccc3333dddd' })).toEqual([])
    expect(codes({ tokenDuration: DEVELOPER_TOKEN_DURATION.min })).toEqual([])
    expect(codes({ tokenDuration: DEVELOPER_TOKEN_DURATION.max })).toEqual([])
    expect(DEVELOPER_TOKEN_DURATION).toEqual({ min: 1, max: 86_400, default: 900 })
  })

  it('refuses an empty or too long user id, counting characters rather than UTF-16 units', () => {
    expect(codes({ userIdentifier: '  ' })).toEqual(['userIdMissing'])
    expect(codes({ userIdentifier: '😀'.repeat(1024) })).toEqual([])
    expect(developerSourceProblems({ identityPoolId, userIdentifier: 'x'.repeat(1025) })).toEqual([
      { field: 'userIdentifier', code: 'userIdTooLong', params: { max: 1024 } }
    ])
  })

  it('refuses a malformed identity id, and one from another Region than the pool', () => {
    expect(codes({ identityId: 'not-an-identity' })).toEqual(['identityIdFormat'])
    expect(
      developerSourceProblems({
        identityPoolId,
        userIdentifier: 'u',
        identityId: 'us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd'
      })
    ).toEqual([
      {
        field: 'identityId',
        code: 'identityIdRegion',
        params: { region: 'us-east-1', poolRegion: 'eu-west-1' }
      }
    ])
  })

  it('refuses a duration outside 1..86400 seconds or not whole', () => {
    for (const tokenDuration of [0, -5, 86_401, 1.5, Number.NaN])
      expect(codes({ tokenDuration }), String(tokenDuration)).toEqual(['durationRange'])
  })
})

describe('lab runs kept for unlinking', () => {
  const run = {
    connectionId: 'conn-1',
    identityId: 'us-east-1:11111111-2222-3333-4444-555555555555',
    logins: { 'accounts.google.com': 'google-token' }
  }
  afterEach(() => vi.useRealTimers())

  it('forgets a run when its token expires, and after an hour at the latest', () => {
    vi.useFakeTimers()
    const runs = new LabRuns()
    const soon = runs.keep(run, Date.now() + 5 * 60_000)
    const unknownExpiry = runs.keep(run)
    vi.advanceTimersByTime(5 * 60_000 - 1)
    expect(runs.get('conn-1', soon).logins).toEqual(run.logins)
    vi.advanceTimersByTime(1)
    expect(() => runs.get('conn-1', soon)).toThrow(/no longer in memory/)
    expect(runs.get('conn-1', unknownExpiry).identityId).toBe(run.identityId)
    vi.advanceTimersByTime(LAB_RUN_LIFETIME_MS)
    expect(() => runs.get('conn-1', unknownExpiry)).toThrow(/no longer in memory/)
  })

  it('answers only the connection the run was made on, and forgets everything when cleared', () => {
    const runs = new LabRuns()
    const runId = runs.keep(run)
    expect(() => runs.get('conn-2', runId)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND', params: { reason: 'RUN_GONE' } })
    )
    runs.clear()
    expect(() => runs.get('conn-1', runId)).toThrow(/no longer in memory/)
  })
})
