/**
 * Rules for a pool's sign-in policy (feature plan, first authentication factors, passkeys), run by the
 * form and by main before any call: an emulator stores these without enforcing them.
 */

export const FEATURE_PLANS = ['LITE', 'ESSENTIALS', 'PLUS'] as const
export type FeaturePlan = (typeof FEATURE_PLANS)[number]

export const FIRST_AUTH_FACTORS = ['PASSWORD', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const
export type FirstAuthFactor = (typeof FIRST_AUTH_FACTORS)[number]

export const USER_VERIFICATION = ['required', 'preferred'] as const

/** What each plan adds to the one below it, as the screens list it beside the settings. */
export const PLAN_UNLOCKS: Record<FeaturePlan, readonly string[]> = {
  LITE: ['passwordSignIn', 'federation', 'classicHostedUi'],
  ESSENTIALS: ['passwordless', 'managedLogin', 'accessTokenCustomization'],
  PLUS: ['threatProtection', 'compromisedCredentials']
}

export interface SignInPolicyInput {
  tier: FeaturePlan
  allowedFirstAuthFactors: readonly FirstAuthFactor[]
  webAuthnRelyingPartyId?: string | undefined
}

export type SignInPolicyProblem =
  { code: 'passwordRequired' } | { code: 'planTooLow'; factor: string } | { code: 'relyingPartyFormat' }

const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/

export function signInPolicyProblems(input: SignInPolicyInput): SignInPolicyProblem[] {
  const problems: SignInPolicyProblem[] = []
  // Cognito keeps password sign-in as a first factor in every sign-in policy.
  if (!input.allowedFirstAuthFactors.includes('PASSWORD')) problems.push({ code: 'passwordRequired' })
  if (input.tier === 'LITE')
    for (const factor of input.allowedFirstAuthFactors)
      if (factor !== 'PASSWORD') problems.push({ code: 'planTooLow', factor })
  const rp = input.webAuthnRelyingPartyId?.trim()
  if (rp && !HOST.test(rp)) problems.push({ code: 'relyingPartyFormat' })
  return problems
}
