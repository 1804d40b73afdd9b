import { describe, expect, it } from 'vitest'
import {
  decodeJwtClaims,
  formatCredentials,
  loginKeyProblem,
  oidcKeyOf,
  redactLogins,
  userPoolIdOf,
  userPoolProviderName
} from '@shared/credentialsLab'

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
