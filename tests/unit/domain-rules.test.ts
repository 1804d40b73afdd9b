import { describe, expect, it } from 'vitest'
import { domainProblems } from '@shared/domain-rules'

const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789'

describe('domain rules', () => {
  it('accepts a plain prefix and a custom domain with a us-east-1 certificate', () => {
    expect(domainProblems({ kind: 'prefix', domain: 'my-shop-2' })).toEqual([])
    expect(domainProblems({ kind: 'custom', domain: 'auth.example.com', certificateArn: CERT })).toEqual([])
  })

  it('refuses reserved words anywhere in a prefix, and a malformed prefix', () => {
    expect(domainProblems({ kind: 'prefix', domain: 'myawsshop' })).toEqual([
      { code: 'prefixReserved', word: 'aws' }
    ])
    expect(domainProblems({ kind: 'prefix', domain: 'amazon-login' })).toEqual([
      { code: 'prefixReserved', word: 'amazon' }
    ])
    for (const domain of ['-shop', 'shop-', 'Shop', 'my.shop', ''])
      expect(domainProblems({ kind: 'prefix', domain })).toEqual([{ code: 'prefixFormat' }])
  })

  it('refuses a single-label custom domain, a missing certificate and one from another Region', () => {
    expect(domainProblems({ kind: 'custom', domain: 'localhost' }).map((p) => p.code)).toEqual([
      'customFormat',
      'certificateMissing'
    ])
    expect(
      domainProblems({
        kind: 'custom',
        domain: 'auth.example.com',
        certificateArn: CERT.replace('us-east-1', 'ap-northeast-1')
      })
    ).toEqual([{ code: 'arnOtherRegion', params: { region: 'ap-northeast-1', expected: 'us-east-1' } }])
    expect(
      domainProblems({
        kind: 'custom',
        domain: 'auth.example.com',
        certificateArn: 'arn:aws:iam::123456789012:role/x'
      })
    ).toMatchObject([{ code: 'arnMalformed' }])
  })
})
