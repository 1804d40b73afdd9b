import { describe, expect, it } from 'vitest'
import { signInPolicyProblems } from '@shared/sign-in-policy-rules'

describe('sign-in policy rules', () => {
  it('accepts passwordless factors beside password on the Essentials plan', () => {
    expect(
      signInPolicyProblems({
        tier: 'ESSENTIALS',
        allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'],
        webAuthnRelyingPartyId: 'auth.example.com'
      })
    ).toEqual([])
  })

  it('keeps password, refuses passwordless on Lite and a relying party that is a URL', () => {
    expect(
      signInPolicyProblems({
        tier: 'LITE',
        allowedFirstAuthFactors: ['SMS_OTP', 'WEB_AUTHN'],
        webAuthnRelyingPartyId: 'https://auth.example.com/'
      })
    ).toEqual([
      { code: 'passwordRequired' },
      { code: 'planTooLow', factor: 'SMS_OTP' },
      { code: 'planTooLow', factor: 'WEB_AUTHN' },
      { code: 'relyingPartyFormat' }
    ])
  })
})
