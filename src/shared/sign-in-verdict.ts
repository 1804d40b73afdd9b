/**
 * "Why can't this user sign in?": each rule is a pure function over the answers Cognito gave (user,
 * pool, MFA, auth factors, auth events, sessions, client), so the user page, the support desk and the
 * tests reach the same verdict from the same facts. Reasons carry codes and parameters; the renderer
 * words them in each language.
 */
import type { FlowCapability, TestLoginFlow } from './capabilities'

/** An answer the endpoint may not offer (moto lacks auth factors, auth events and sessions). */
export type Answer<T> = { available: true; value: T } | { available: false; reason: string }

export interface SignInEvent {
  type: string
  /** ISO 8601. */
  created: string
  /** Pass, Fail or InProgress. */
  response?: string
  /** Low, Medium or High. */
  risk?: string
}

/** One identity of the `identities` attribute: the user signed in (or was linked) through a provider. */
export interface LinkedIdentity {
  providerName: string
  providerType: string
  userId: string
  /** ISO 8601, when Cognito recorded it. */
  created?: string
}

export interface SignInFacts {
  user: {
    username: string
    status: string
    enabled: boolean
    /** ISO 8601. */
    created: string
    modified: string
    attributes: Record<string, string>
  }
  mfa: { enabled: string[]; preferred?: string }
  pool: {
    usernameAttributes: string[]
    aliasAttributes: string[]
    mfaConfiguration: 'OFF' | 'ON' | 'OPTIONAL'
    temporaryPasswordValidityDays: number
    /** The factors MFA may use in this pool (SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP). */
    mfaFactors: string[]
    tier?: string
    /** Policies.SignInPolicy.AllowedFirstAuthFactors; absent when the pool does not set one. */
    allowedFirstAuthFactors?: string[]
  }
  /** AdminGetUserAuthFactors' ConfiguredUserAuthFactors. */
  authFactors: Answer<string[]>
  /** Newest first. */
  authEvents: Answer<SignInEvent[]>
  /** How many active sessions the user has (where the pool tracks them). */
  sessions: Answer<number>
  /** How many remembered devices the user has. */
  devices: Answer<number>
  identities: LinkedIdentity[]
  /** The app client the person picked and the flow its app uses, with the capability check's verdict. */
  client?: { clientId: string; name: string; flow: TestLoginFlow; capability: FlowCapability }
}

export type ReasonSeverity = 'blocking' | 'warning' | 'info'

/** What one click next to a reason does; each is an existing operation of the console. */
export type SignInFix =
  | 'resendInvitation'
  | 'enable'
  | 'confirmSignUp'
  | 'resetPassword'
  | 'verifyEmail'
  | 'verifyPhone'
  | 'resetAuthenticator'
  | 'openClient'

export type SignInReasonCode =
  | 'disabled'
  | 'unconfirmed'
  | 'temporaryPasswordExpired'
  | 'temporaryPasswordPending'
  | 'resetRequired'
  | 'compromised'
  | 'archived'
  | 'externalProvider'
  | 'emailUnverified'
  | 'phoneUnverified'
  | 'mfaRequiredNoFactor'
  | 'mfaSetupAtSignIn'
  | 'authenticatorApp'
  | 'noAllowedFirstFactor'
  | 'repeatedFailures'
  | 'highRisk'
  | 'clientFlowNotAllowed'
  | 'activeSessions'
  | 'linkedIdentities'

export interface SignInReason {
  code: SignInReasonCode
  severity: ReasonSeverity
  params: Record<string, string | number>
  fix?: SignInFix
}

export type SignInVerdict = 'blocked' | 'atRisk' | 'ok'

export interface SignInAssessment {
  verdict: SignInVerdict
  /** Blocking reasons first, then warnings, then information. */
  reasons: SignInReason[]
}

const DAY_MS = 86_400_000
/** Failed sign-ins in a row after which Cognito's lockout (growing delays) is likely. */
const LOCKOUT_FAILURES = 5

type Rule = (facts: SignInFacts, now: number) => SignInReason[]

const reason = (
  code: SignInReasonCode,
  severity: ReasonSeverity,
  params: Record<string, string | number> = {},
  fix?: SignInFix
): SignInReason => (fix ? { code, severity, params, fix } : { code, severity, params })

const disabled: Rule = (f) => (f.user.enabled ? [] : [reason('disabled', 'blocking', {}, 'enable')])

/**
 * A temporary password works for the pool's validity days after it was issued. Cognito does not report
 * when that was; a resent invitation changes the user's modified date, so the later date counts.
 */
const temporaryPassword: Rule = (f, now) => {
  if (f.user.status !== 'FORCE_CHANGE_PASSWORD') return []
  const issued = Math.max(Date.parse(f.user.created) || 0, Date.parse(f.user.modified) || 0)
  if (issued === 0) return []
  const expires = issued + f.pool.temporaryPasswordValidityDays * DAY_MS
  const expiresOn = new Date(expires).toISOString()
  if (expires <= now) {
    const days = Math.floor((now - expires) / DAY_MS)
    return [reason('temporaryPasswordExpired', 'blocking', { days, expiresOn }, 'resendInvitation')]
  }
  const days = Math.ceil((expires - now) / DAY_MS)
  return [reason('temporaryPasswordPending', 'info', { days, expiresOn }, 'resendInvitation')]
}

const STATUS_REASONS: Record<string, SignInReason> = {
  UNCONFIRMED: reason('unconfirmed', 'blocking', {}, 'confirmSignUp'),
  RESET_REQUIRED: reason('resetRequired', 'blocking', {}, 'resetPassword'),
  COMPROMISED: reason('compromised', 'blocking', {}, 'resetPassword'),
  ARCHIVED: reason('archived', 'blocking')
}

const status: Rule = (f) => {
  const r = STATUS_REASONS[f.user.status]
  if (r) return [r]
  if (f.user.status !== 'EXTERNAL_PROVIDER') return []
  const providers = f.identities.map((i) => i.providerName).join(', ')
  return [reason('externalProvider', 'info', { providers })]
}

/**
 * An alias works only once verified, so an unverified alias blocks that way in; as the username
 * attribute, sign-in works but codes (password reset) cannot be delivered.
 */
function unverified(
  attribute: 'email' | 'phone_number',
  code: 'emailUnverified' | 'phoneUnverified',
  fix: SignInFix
): Rule {
  return (f) => {
    const value = f.user.attributes[attribute]
    if (!value || f.user.attributes[`${attribute}_verified`] === 'true') return []
    if (f.pool.aliasAttributes.includes(attribute))
      return [reason(code, 'blocking', { value, as: 'alias' }, fix)]
    if (f.pool.usernameAttributes.includes(attribute))
      return [reason(code, 'warning', { value, as: 'username' }, fix)]
    return []
  }
}

const MFA_FACTORS = new Set(['SOFTWARE_TOKEN', 'SMS_OTP', 'EMAIL_OTP'])

const mfa: Rule = (f) => {
  if (f.pool.mfaConfiguration !== 'ON' || f.user.status === 'EXTERNAL_PROVIDER') return []
  const configured = f.authFactors.available && f.authFactors.value.some((a) => MFA_FACTORS.has(a))
  if (f.mfa.enabled.length > 0 || configured) return []
  // With authenticator apps allowed, Cognito asks the user to set one up (MFA_SETUP) at sign-in.
  if (f.pool.mfaFactors.includes('SOFTWARE_TOKEN_MFA')) return [reason('mfaSetupAtSignIn', 'info')]
  const phone = f.user.attributes.phone_number_verified === 'true'
  const email = f.user.attributes.email_verified === 'true'
  const reachable =
    (f.pool.mfaFactors.includes('SMS_MFA') && phone) || (f.pool.mfaFactors.includes('EMAIL_OTP') && email)
  return reachable
    ? []
    : [reason('mfaRequiredNoFactor', 'blocking', { factors: f.pool.mfaFactors.join(', ') })]
}

/** Users of an authenticator app are the ones who lose it: the lost-authenticator step is offered. */
const authenticator: Rule = (f) => {
  const configured = f.authFactors.available && f.authFactors.value.includes('SOFTWARE_TOKEN')
  return f.mfa.enabled.includes('SOFTWARE_TOKEN_MFA') || configured
    ? [reason('authenticatorApp', 'info', {}, 'resetAuthenticator')]
    : []
}

const firstFactor: Rule = (f) => {
  const allowed = f.pool.allowedFirstAuthFactors
  if (!allowed || !f.authFactors.available) return []
  if (f.authFactors.value.some((a) => allowed.includes(a))) return []
  return [
    reason('noAllowedFirstFactor', 'blocking', {
      allowed: allowed.join(', '),
      configured: f.authFactors.value.join(', ')
    })
  ]
}

const signIns = (f: SignInFacts): SignInEvent[] =>
  f.authEvents.available ? f.authEvents.value.filter((e) => e.type === 'SignIn') : []

const failures: Rule = (f) => {
  const events = signIns(f)
  const run = events.findIndex((e) => e.response !== 'Fail')
  const count = run < 0 ? events.length : run
  if (count < 3) return []
  const last = events[0]?.created ?? ''
  return [reason('repeatedFailures', count >= LOCKOUT_FAILURES ? 'blocking' : 'warning', { count, last })]
}

const risk: Rule = (f) => {
  const latest = signIns(f)[0]
  return latest?.risk === 'High' ? [reason('highRisk', 'warning', { at: latest.created })] : []
}

const client: Rule = (f) => {
  if (!f.client || f.client.capability.works) return []
  const blocking = f.client.capability.reasons.find((r) => r.severity === 'blocking')
  return [
    reason(
      'clientFlowNotAllowed',
      'blocking',
      { client: f.client.name, flow: f.client.flow, setting: blocking?.setting ?? '' },
      'openClient'
    )
  ]
}

const sessions: Rule = (f) =>
  f.sessions.available && f.sessions.value > 0
    ? [reason('activeSessions', 'info', { count: f.sessions.value })]
    : []

const identities: Rule = (f) =>
  f.identities.length > 0 && f.user.status !== 'EXTERNAL_PROVIDER'
    ? [reason('linkedIdentities', 'info', { providers: f.identities.map((i) => i.providerName).join(', ') })]
    : []

const SIGN_IN_RULES: readonly Rule[] = [
  disabled,
  status,
  temporaryPassword,
  unverified('email', 'emailUnverified', 'verifyEmail'),
  unverified('phone_number', 'phoneUnverified', 'verifyPhone'),
  mfa,
  authenticator,
  firstFactor,
  failures,
  risk,
  client,
  sessions,
  identities
]

const ORDER: Record<ReasonSeverity, number> = { blocking: 0, warning: 1, info: 2 }

/** Every rule over the facts; the verdict is the worst severity found. */
export function assessSignIn(facts: SignInFacts, now: number = Date.now()): SignInAssessment {
  const reasons = SIGN_IN_RULES.flatMap((rule) => rule(facts, now)).sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity]
  )
  const verdict: SignInVerdict = reasons.some((r) => r.severity === 'blocking')
    ? 'blocked'
    : reasons.some((r) => r.severity === 'warning')
      ? 'atRisk'
      : 'ok'
  return { verdict, reasons }
}

/** The `identities` attribute Cognito keeps on federated and linked users (a JSON array). */
export function parseIdentities(value: string | undefined): LinkedIdentity[] {
  if (!value) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return []
    const i = item as Record<string, unknown>
    const identity: LinkedIdentity = {
      providerName: String(i.providerName ?? ''),
      providerType: String(i.providerType ?? ''),
      userId: String(i.userId ?? '')
    }
    const created = Number(i.dateCreated)
    if (i.dateCreated !== undefined && Number.isFinite(created))
      identity.created = new Date(created).toISOString()
    return identity.providerName ? [identity] : []
  })
}
