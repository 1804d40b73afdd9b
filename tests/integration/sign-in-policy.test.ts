import {
  CognitoIdentityProviderClient,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListTagsForResourceCommand,
  SetUserPoolMfaConfigCommand,
  UpdateUserPoolCommand,
  type GetUserPoolMfaConfigResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { updatePool } from '../../src/main/cognito/pools'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`policy-${run}`))).id
})
afterAll(() => h?.dispose())

describe('sign-in policy against moto (stored, not enforced, by moto)', () => {
  it('sends the feature plan and passwordless first factors and reads them back', async () => {
    const updated = await h.ok('pools', 'update', {
      poolId,
      signInPolicy: {
        tier: 'ESSENTIALS',
        allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN'],
        webAuthnUserVerification: 'preferred'
      }
    })
    expect(updated.signInPolicy).toMatchObject({
      tier: 'ESSENTIALS',
      allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']
    })
    // The password policy the form did not show is kept.
    expect(updated.passwordPolicy.minimumLength).toBe(8)
  })

  it('refuses a policy without password and passwordless factors on the Lite plan, before calling', async () => {
    const refused = await h.call('pools', 'update', {
      poolId,
      signInPolicy: {
        tier: 'LITE',
        allowedFirstAuthFactors: ['EMAIL_OTP'],
        webAuthnUserVerification: 'preferred'
      }
    })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reasons: 'passwordRequired, planTooLow:EMAIL_OTP' } }
    })
    const after = await h.ok('pools', 'describe', { poolId })
    expect(after.signInPolicy.tier).toBe('ESSENTIALS')
  })
})

describe('passkey settings, mocked as AWS answers (moto 5.2.1 has no WebAuthnConfiguration)', () => {
  it('sets the relying party and user verification and keeps every MFA setting', async () => {
    const mock = mockClient(CognitoIdentityProviderClient)
    try {
      const mfa: GetUserPoolMfaConfigResponse = {
        MfaConfiguration: 'OPTIONAL',
        SoftwareTokenMfaConfiguration: { Enabled: true },
        EmailMfaConfiguration: { Message: 'Code {####}' }
      }
      mock
        .on(DescribeUserPoolCommand)
        .resolves({ UserPool: { Id: 'us-east-1_abc', Name: 'p', MfaConfiguration: 'OPTIONAL' } })
      mock.on(GetUserPoolMfaConfigCommand).resolves(mfa)
      mock.on(ListTagsForResourceCommand).resolves({ Tags: {} })
      mock.on(UpdateUserPoolCommand).resolves({})
      mock.on(SetUserPoolMfaConfigCommand).resolves({})
      await updatePool(new CognitoIdentityProviderClient({ region: 'us-east-1' }), {
        poolId: 'us-east-1_abc',
        signInPolicy: {
          tier: 'PLUS',
          allowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'],
          webAuthnRelyingPartyId: 'auth.example.com',
          webAuthnUserVerification: 'required'
        }
      })
      expect(mock.commandCalls(UpdateUserPoolCommand)[0]?.args[0].input).toMatchObject({
        UserPoolTier: 'PLUS',
        Policies: { SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'] } }
      })
      expect(mock.commandCalls(SetUserPoolMfaConfigCommand)[0]?.args[0].input).toEqual({
        ...mfa,
        UserPoolId: 'us-east-1_abc',
        WebAuthnConfiguration: { RelyingPartyId: 'auth.example.com', UserVerification: 'required' }
      })
    } finally {
      mock.restore()
    }
  })
})
