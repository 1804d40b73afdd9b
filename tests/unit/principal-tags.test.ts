import { describe, expect, it } from 'vitest'
import type { IdentityPoolDetail } from '../../src/shared/contract/identityPools'
import { principalTagProblems, principalTagProviders } from '../../src/shared/principal-tags'

describe('principal tag rules', () => {
  it('accepts a map of tag keys to claims', () => {
    expect(principalTagProblems([{ key: 'department', claim: 'custom:dept' }])).toEqual([])
  })

  it('names each broken rule with its parameters, claims worded as claims', () => {
    expect(
      principalTagProblems([
        { key: '', claim: 'sub' },
        { key: 'aws:x', claim: 'sub' },
        { key: 'team', claim: '' },
        { key: 'team', claim: 'c'.repeat(257) },
        { key: 'site', claim: 'a<b' }
      ]).map((p) => p.code)
    ).toEqual(['keyEmpty', 'keyReserved', 'keyDuplicate', 'claimTooLong', 'claimCharacters', 'claimEmpty'])
  })

  it('counts the tags against the limit of 50', () => {
    const rows = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, claim: 'sub' }))
    expect(principalTagProblems(rows)[0]).toEqual({ code: 'tooMany', params: { max: 50, count: 51 } })
  })

  it('lists the pool’s providers by the names the principal tag calls take', () => {
    const pool: IdentityPoolDetail = {
      id: 'us-east-1:00000000-0000-0000-0000-000000000000',
      name: 'p',
      allowUnauthenticated: false,
      userPools: [
        {
          userPoolId: 'us-east-1_abc',
          clientId: 'client',
          serverSideTokenCheck: false,
          providerName: 'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc'
        }
      ],
      social: { 'accounts.google.com': 'app' },
      otherLoginProviders: {},
      oidcProviderArns: ['arn:aws:iam::123456789012:oidc-provider/login.example.com'],
      samlProviderArns: ['arn:aws:iam::123456789012:saml-provider/Corp'],
      developerProviderName: 'dev.example.com',
      tags: {}
    }
    expect(principalTagProviders(pool)).toEqual([
      'cognito-idp.us-east-1.amazonaws.com/us-east-1_abc',
      'accounts.google.com',
      'login.example.com',
      'arn:aws:iam::123456789012:saml-provider/Corp'
    ])
  })
})
