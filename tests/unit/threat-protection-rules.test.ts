import { describe, expect, it } from 'vitest'
import {
  securityModeProblem,
  MAX_IP_RANGES,
  parseCidr,
  rangesOf,
  threatProtectionProblems,
  type RiskSettings
} from '@shared/threat-protection-rules'

const settings = (over: Partial<RiskSettings> = {}): RiskSettings => ({
  compromisedCredentials: null,
  accountTakeover: null,
  exceptions: { alwaysAllow: [], alwaysBlock: [] },
  ...over
})
const email = { subject: '', htmlBody: '', textBody: '' }
const takeover = (notify: Partial<NonNullable<RiskSettings['accountTakeover']>['notify']>, high = true) => ({
  actions: {
    low: { notify: false, eventAction: 'NO_ACTION' as const },
    medium: { notify: false, eventAction: 'MFA_IF_CONFIGURED' as const },
    high: { notify: high, eventAction: 'BLOCK' as const }
  },
  notify: { sourceArn: '', from: '', replyTo: '', block: email, noAction: email, mfa: email, ...notify }
})
const codes = (s: RiskSettings) => threatProtectionProblems(s, 'eu-west-1').map((p) => p.code)

describe('CIDR ranges of the risk exception lists', () => {
  it('reads IPv4 and IPv6 networks and tells a range with host bits from its network', () => {
    expect(parseCidr('203.0.113.0/24')).toEqual({ network: '203.0.113.0/24', hostBitsSet: false })
    expect(parseCidr('203.0.113.7/24')).toEqual({ network: '203.0.113.0/24', hostBitsSet: true })
    expect(parseCidr('203.0.113.7/32')).toEqual({ network: '203.0.113.7/32', hostBitsSet: false })
    expect(parseCidr('2001:db8::/32')).toEqual({ network: '2001:db8::/32', hostBitsSet: false })
    expect(parseCidr('2001:0DB8:0:0::1/32')).toEqual({ network: '2001:db8::/32', hostBitsSet: true })
  })

  it('refuses what is not a range', () => {
    for (const bad of [
      '203.0.113.0',
      '256.0.0.0/8',
      '10.0.0.0/33',
      '1.2.3/8',
      '2001:db8::/129',
      'x/8',
      '1::2::3/64'
    ])
      expect(parseCidr(bad), bad).toBe('invalid')
  })

  it('names each bad range, its list, and the network to write instead', () => {
    const problems = threatProtectionProblems(
      settings({ exceptions: { alwaysAllow: ['10.0.0.5/8', 'nope'], alwaysBlock: ['10.0.0.5/8'] } }),
      'eu-west-1'
    )
    expect(problems).toEqual([
      {
        field: 'exceptions.alwaysAllow',
        code: 'ipHostBits',
        params: { list: 'alwaysAllow', value: '10.0.0.5/8', network: '10.0.0.0/8' }
      },
      { field: 'exceptions.alwaysAllow', code: 'ipInvalid', params: { list: 'alwaysAllow', value: 'nope' } },
      {
        field: 'exceptions.alwaysBlock',
        code: 'ipHostBits',
        params: { list: 'alwaysBlock', value: '10.0.0.5/8', network: '10.0.0.0/8' }
      },
      { field: 'exceptions.alwaysBlock', code: 'ipInBoth', params: { value: '10.0.0.5/8' } }
    ])
  })

  it('refuses a list over the limit', () => {
    const many = Array.from({ length: MAX_IP_RANGES + 1 }, (_, i) => `10.0.${i >> 8}.${i & 255}/32`)
    expect(codes(settings({ exceptions: { alwaysAllow: [], alwaysBlock: many } }))).toEqual(['ipTooMany'])
  })

  it('takes the lines of a text area as ranges', () => {
    expect(rangesOf(' 10.0.0.0/8\n\n192.168.0.0/16 ,2001:db8::/32\n')).toEqual([
      '10.0.0.0/8',
      '192.168.0.0/16',
      '2001:db8::/32'
    ])
  })
})

describe('account-takeover notifications', () => {
  it('need an SES identity in the pool’s own Region when a level notifies', () => {
    expect(codes(settings({ accountTakeover: takeover({}) }))).toEqual(['notifySourceRequired'])
    expect(codes(settings({ accountTakeover: takeover({}, false) }))).toEqual([])
    const elsewhere = 'arn:aws:ses:us-east-1:123456789012:identity/security@example.com'
    expect(
      threatProtectionProblems(settings({ accountTakeover: takeover({ sourceArn: elsewhere }) }), 'eu-west-1')
    ).toEqual([
      {
        field: 'accountTakeover.notify.sourceArn',
        code: 'arnOtherRegion',
        params: { region: 'us-east-1', expected: 'eu-west-1' }
      }
    ])
    expect(
      codes(settings({ accountTakeover: takeover({ sourceArn: 'arn:aws:sns:eu-west-1:1:x' }) }))
    ).toEqual(['arnMalformed'])
  })

  it('refuse a body without a subject and an address that is none', () => {
    const sourceArn = 'arn:aws:ses:eu-west-1:123456789012:identity/example.com'
    const s = settings({
      accountTakeover: takeover({
        sourceArn,
        from: 'security',
        block: { subject: '', htmlBody: '<p>Blocked</p>', textBody: '' }
      })
    })
    expect(threatProtectionProblems(s, 'eu-west-1')).toEqual([
      { field: 'accountTakeover.notify.from', code: 'emailInvalid', params: { value: 'security' } },
      {
        field: 'accountTakeover.notify.block.subject',
        code: 'subjectRequired',
        params: { template: 'block' }
      }
    ])
  })
})

describe('which plan a threat protection mode needs', () => {
  it('lets any plan turn it off and only Plus turn it on; an unknown plan is left to Cognito', () => {
    expect(securityModeProblem('OFF', 'LITE')).toBeNull()
    expect(securityModeProblem('ENFORCED', 'PLUS')).toBeNull()
    expect(securityModeProblem('AUDIT', undefined)).toBeNull()
    expect(securityModeProblem('AUDIT', 'ESSENTIALS')).toEqual({
      code: 'modeNeedsPlus',
      params: { mode: 'AUDIT', plan: 'ESSENTIALS' }
    })
  })
})
