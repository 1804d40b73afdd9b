import { describe, expect, it } from 'vitest'
import { policyAllowsPool, triggerProblems } from '@shared/triggers'

const POOL = 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc123'
const FN = 'arn:aws:lambda:us-east-1:123456789012:function:pre-signup'

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', ...statement }]
  })

describe('trigger input', () => {
  it('accepts a function of the pool’s Region, with or without a version qualifier', () => {
    expect(triggerProblems({ kind: 'preSignUp', functionArn: FN }, 'us-east-1')).toEqual([])
    expect(triggerProblems({ kind: 'preSignUp', functionArn: `${FN}:live` }, 'us-east-1')).toEqual([])
  })

  it('refuses a function in another Region, naming both Regions', () => {
    expect(
      triggerProblems({ kind: 'preSignUp', functionArn: FN.replace('us-east-1', 'eu-west-1') }, 'us-east-1')
    ).toEqual([
      { code: 'arnOtherRegion', field: 'functionArn', params: { region: 'eu-west-1', expected: 'us-east-1' } }
    ])
  })

  it('refuses a function name, a role ARN and an unknown event version', () => {
    const codes = (functionArn: string, lambdaVersion?: string) =>
      triggerProblems({ kind: 'preTokenGeneration', functionArn, lambdaVersion }, 'us-east-1').map(
        (p) => p.code
      )
    expect(codes('pre-signup')).toEqual(['arnMalformed'])
    expect(codes('arn:aws:iam::123456789012:role/x')).toEqual(['arnMalformed'])
    expect(codes(FN, 'V9_0')).toEqual(['versionNotAccepted'])
    expect(codes(FN, 'V3_0')).toEqual([])
  })

  it('asks a custom sender for a KMS key of the same Region', () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    const problems = (kmsKeyArn?: string) =>
      triggerProblems({ kind: 'customSmsSender', functionArn: FN, kmsKeyArn }, 'us-east-1').map((p) => p.code)
    expect(problems()).toEqual(['kmsKeyRequired'])
    expect(problems(key.replace('us-east-1', 'ap-northeast-1'))).toEqual(['arnOtherRegion'])
    expect(problems(key)).toEqual([])
  })
})

describe('invoke permission check', () => {
  it('accepts Cognito as principal limited to this pool, by ARN pattern or account', () => {
    const cognito = { Principal: { Service: 'cognito-idp.amazonaws.com' } }
    expect(
      policyAllowsPool(policy({ ...cognito, Condition: { ArnLike: { 'AWS:SourceArn': POOL } } }), POOL)
    ).toBe(true)
    expect(
      policyAllowsPool(
        policy({
          ...cognito,
          Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:cognito-idp:us-east-1:123456789012:userpool/*' } }
        }),
        POOL
      )
    ).toBe(true)
    expect(
      policyAllowsPool(
        policy({ ...cognito, Condition: { StringEquals: { 'AWS:SourceAccount': '123456789012' } } }),
        POOL
      )
    ).toBe(true)
    expect(policyAllowsPool(policy(cognito), POOL)).toBe(true)
  })

  it('refuses another pool, another principal, a denial and a condition it cannot evaluate', () => {
    const cognito = { Principal: { Service: 'cognito-idp.amazonaws.com' } }
    const other = POOL.replace('Abc123', 'Other9')
    expect(
      policyAllowsPool(policy({ ...cognito, Condition: { ArnLike: { 'AWS:SourceArn': other } } }), POOL)
    ).toBe(false)
    expect(policyAllowsPool(policy({ Principal: { Service: 'apigateway.amazonaws.com' } }), POOL)).toBe(false)
    expect(policyAllowsPool(policy({ ...cognito, Effect: 'Deny' }), POOL)).toBe(false)
    expect(
      policyAllowsPool(
        policy({ ...cognito, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-1' } } }),
        POOL
      )
    ).toBe(false)
    expect(policyAllowsPool('not json', POOL)).toBe(false)
  })
})
