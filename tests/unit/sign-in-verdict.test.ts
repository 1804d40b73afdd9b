import { describe, expect, it } from 'vitest'
import { clientCapabilities } from '@shared/capabilities'
import {
  assessSignIn,
  parseIdentities,
  type SignInFacts,
  type SignInReasonCode,
  type SignInVerdict
} from '@shared/sign-in-verdict'

const NOW = Date.parse('2026-11-27T12:00:00Z')
const DAY = 86_400_000
const daysAgo = (n: number) => new Date(NOW - n * DAY).toISOString()

/** A confirmed, enabled user of a username pool with nothing the rules object to. */
const healthy: SignInFacts = {
  user: {
    username: 'aiko',
    status: 'CONFIRMED',
    enabled: true,
    created: daysAgo(30),
    modified: daysAgo(30),
    attributes: { email: 'aiko@example.com', email_verified: 'true' }
  },
  mfa: { enabled: [] },
  pool: {
    usernameAttributes: [],
    aliasAttributes: [],
    mfaConfiguration: 'OFF',
    temporaryPasswordValidityDays: 7,
    mfaFactors: []
  },
  authFactors: { available: false, reason: 'Not available from this endpoint.' },
  authEvents: { available: false, reason: 'Not available from this endpoint.' },
  sessions: { available: false, reason: 'Not available from this endpoint.' },
  devices: { available: false, reason: 'Not available from this endpoint.' },
  identities: []
}

type Patch = {
  user?: Partial<SignInFacts['user']>
  pool?: Partial<SignInFacts['pool']>
} & Partial<Omit<SignInFacts, 'user' | 'pool'>>

const facts = ({ user, pool, ...rest }: Patch): SignInFacts => ({
  ...healthy,
  ...rest,
  user: { ...healthy.user, ...user },
  pool: { ...healthy.pool, ...pool }
})

const signIn = (response: string, day: number, risk?: string) => ({
  type: 'SignIn',
  created: daysAgo(day),
  response,
  ...(risk ? { risk } : {})
})

const clientWithout = (flow: 'USER_PASSWORD_AUTH') => {
  const capability = clientCapabilities({
    explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    hasSecret: false,
    allowedOAuthFlowsUserPoolClient: false,
    allowedOAuthFlows: [],
    allowedOAuthScopes: [],
    callbackUrls: [],
    supportedIdentityProviders: ['COGNITO']
  }).find((c) => c.flow === flow)!
  return { clientId: 'abc123', name: 'web', flow, capability }
}

interface Case {
  name: string
  facts: SignInFacts
  verdict: SignInVerdict
  reason?: { code: SignInReasonCode; severity?: string; fix?: string; params?: Record<string, unknown> }
}

const cases: Case[] = [
  { name: 'a healthy user', facts: healthy, verdict: 'ok' },
  {
    name: 'a disabled user',
    facts: facts({ user: { enabled: false } }),
    verdict: 'blocked',
    reason: { code: 'disabled', fix: 'enable' }
  },
  {
    name: 'an unconfirmed sign-up',
    facts: facts({ user: { status: 'UNCONFIRMED' } }),
    verdict: 'blocked',
    reason: { code: 'unconfirmed', fix: 'confirmSignUp' }
  },
  {
    name: 'a temporary password that expired 3 days ago',
    facts: facts({ user: { status: 'FORCE_CHANGE_PASSWORD', created: daysAgo(10), modified: daysAgo(10) } }),
    verdict: 'blocked',
    reason: { code: 'temporaryPasswordExpired', fix: 'resendInvitation', params: { days: 3 } }
  },
  {
    name: 'a temporary password resent 2 days ago, valid for 5 more days',
    facts: facts({ user: { status: 'FORCE_CHANGE_PASSWORD', created: daysAgo(20), modified: daysAgo(2) } }),
    verdict: 'ok',
    reason: { code: 'temporaryPasswordPending', severity: 'info', params: { days: 5 } }
  },
  {
    name: 'a password reset by an admin',
    facts: facts({ user: { status: 'RESET_REQUIRED' } }),
    verdict: 'blocked',
    reason: { code: 'resetRequired', fix: 'resetPassword' }
  },
  {
    name: 'a compromised account',
    facts: facts({ user: { status: 'COMPROMISED' } }),
    verdict: 'blocked',
    reason: { code: 'compromised', fix: 'resetPassword' }
  },
  {
    name: 'an archived account',
    facts: facts({ user: { status: 'ARCHIVED' } }),
    verdict: 'blocked',
    reason: { code: 'archived' }
  },
  {
    name: 'a federated user',
    facts: facts({
      user: { status: 'EXTERNAL_PROVIDER' },
      identities: [{ providerName: 'Google', providerType: 'Google', userId: '1' }]
    }),
    verdict: 'ok',
    reason: { code: 'externalProvider', params: { providers: 'Google' } }
  },
  {
    name: 'an unverified email that is a sign-in alias',
    facts: facts({
      user: { attributes: { email: 'a@example.com', email_verified: 'false' } },
      pool: { aliasAttributes: ['email'] }
    }),
    verdict: 'blocked',
    reason: { code: 'emailUnverified', fix: 'verifyEmail', params: { as: 'alias' } }
  },
  {
    name: 'an unverified email that is the username',
    facts: facts({
      user: { attributes: { email: 'a@example.com' } },
      pool: { usernameAttributes: ['email'] }
    }),
    verdict: 'atRisk',
    reason: { code: 'emailUnverified', severity: 'warning', params: { as: 'username' } }
  },
  {
    name: 'an unverified phone number that is the username',
    facts: facts({
      user: { attributes: { phone_number: '+819012345678' } },
      pool: { usernameAttributes: ['phone_number'] }
    }),
    verdict: 'atRisk',
    reason: { code: 'phoneUnverified', fix: 'verifyPhone' }
  },
  {
    name: 'MFA required, SMS only, no verified phone',
    facts: facts({ pool: { mfaConfiguration: 'ON', mfaFactors: ['SMS_MFA'] } }),
    verdict: 'blocked',
    reason: { code: 'mfaRequiredNoFactor', params: { factors: 'SMS_MFA' } }
  },
  {
    name: 'MFA required with authenticator apps allowed',
    facts: facts({ pool: { mfaConfiguration: 'ON', mfaFactors: ['SOFTWARE_TOKEN_MFA'] } }),
    verdict: 'ok',
    reason: { code: 'mfaSetupAtSignIn', severity: 'info' }
  },
  {
    name: 'a user who signs in with an authenticator app',
    facts: facts({ mfa: { enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA' } }),
    verdict: 'ok',
    reason: { code: 'authenticatorApp', severity: 'info', fix: 'resetAuthenticator' }
  },
  {
    name: 'no configured factor among the allowed first factors',
    facts: facts({
      pool: { allowedFirstAuthFactors: ['WEB_AUTHN', 'EMAIL_OTP'] },
      authFactors: { available: true, value: ['PASSWORD'] }
    }),
    verdict: 'blocked',
    reason: { code: 'noAllowedFirstFactor', params: { allowed: 'WEB_AUTHN, EMAIL_OTP' } }
  },
  {
    name: 'three failed sign-ins in a row',
    facts: facts({
      authEvents: { available: true, value: [signIn('Fail', 0), signIn('Fail', 1), signIn('Fail', 2)] }
    }),
    verdict: 'atRisk',
    reason: { code: 'repeatedFailures', severity: 'warning', params: { count: 3 } }
  },
  {
    name: 'five failed sign-ins in a row (lockout)',
    facts: facts({
      authEvents: {
        available: true,
        value: [0, 0, 0, 1, 1].map((d) => signIn('Fail', d)).concat(signIn('Pass', 3))
      }
    }),
    verdict: 'blocked',
    reason: { code: 'repeatedFailures', severity: 'blocking', params: { count: 5 } }
  },
  {
    name: 'a high-risk latest sign-in',
    facts: facts({ authEvents: { available: true, value: [signIn('Pass', 0, 'High')] } }),
    verdict: 'atRisk',
    reason: { code: 'highRisk' }
  },
  {
    name: 'an app client without the flow its app uses',
    facts: facts({ client: clientWithout('USER_PASSWORD_AUTH') }),
    verdict: 'blocked',
    reason: {
      code: 'clientFlowNotAllowed',
      fix: 'openClient',
      params: { client: 'web', flow: 'USER_PASSWORD_AUTH', setting: 'ALLOW_USER_PASSWORD_AUTH' }
    }
  },
  {
    name: 'active sessions',
    facts: facts({ sessions: { available: true, value: 2 } }),
    verdict: 'ok',
    reason: { code: 'activeSessions', params: { count: 2 } }
  },
  {
    name: 'a native user linked to a provider',
    facts: facts({ identities: [{ providerName: 'Okta', providerType: 'OIDC', userId: 'x' }] }),
    verdict: 'ok',
    reason: { code: 'linkedIdentities', params: { providers: 'Okta' } }
  }
]

describe('sign-in verdict rules', () => {
  it.each(cases)('$name → $verdict', ({ facts: f, verdict, reason }) => {
    const assessment = assessSignIn(f, NOW)
    expect(assessment.verdict).toBe(verdict)
    if (reason) {
      const { params, ...rest } = reason
      expect(assessment.reasons).toContainEqual(
        expect.objectContaining({ ...rest, params: expect.objectContaining(params ?? {}) })
      )
    } else expect(assessment.reasons).toEqual([])
  })

  it('lists blocking reasons before warnings and information', () => {
    const { reasons } = assessSignIn(
      facts({
        user: { enabled: false, attributes: { email: 'a@example.com' } },
        pool: { usernameAttributes: ['email'] },
        sessions: { available: true, value: 1 }
      }),
      NOW
    )
    expect(reasons.map((r) => r.severity)).toEqual(['blocking', 'warning', 'info'])
  })

  it('does not count failures before a successful sign-in', () => {
    const { reasons } = assessSignIn(
      facts({
        authEvents: {
          available: true,
          value: [signIn('Pass', 0), signIn('Fail', 1), signIn('Fail', 1), signIn('Fail', 2)]
        }
      }),
      NOW
    )
    expect(reasons.map((r) => r.code)).not.toContain('repeatedFailures')
  })
})

describe('linked identities', () => {
  it('reads the identities attribute Cognito keeps, ignoring what it cannot read', () => {
    const value = JSON.stringify([
      { userId: '1093', providerName: 'Google', providerType: 'Google', dateCreated: '1596045473290' },
      { nothing: true }
    ])
    expect(parseIdentities(value)).toEqual([
      { providerName: 'Google', providerType: 'Google', userId: '1093', created: '2020-07-29T17:57:53.290Z' }
    ])
    expect(parseIdentities('not json')).toEqual([])
    expect(parseIdentities(undefined)).toEqual([])
  })
})
