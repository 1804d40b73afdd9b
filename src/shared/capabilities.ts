import type { ExplicitAuthFlow } from './contract/appClients'

/**
 * Which test-login flows an app client allows, and why not: a pure function so the app-client screen
 * and the test-login screen show the same verdict from the same DescribeUserPoolClient facts.
 */

export const TEST_LOGIN_FLOWS = [
  'USER_PASSWORD_AUTH',
  'ADMIN_USER_PASSWORD_AUTH',
  'USER_SRP_AUTH',
  'REFRESH_TOKEN_AUTH',
  'USER_AUTH',
  'HOSTED_UI_CODE'
] as const

export type TestLoginFlow = (typeof TEST_LOGIN_FLOWS)[number]

/** Why a flow works or does not; the screens localise each code (`appClients.capabilities.reasons.*`). */
export type CapabilityReasonCode =
  | 'enabled'
  | 'notEnabled'
  | 'defaultFlows'
  | 'secretHash'
  | 'secretBasicAuth'
  | 'oauthDisabled'
  | 'codeGrantMissing'
  | 'noCallbackUrl'
  | 'noCognitoProvider'
  | 'noDomain'
  | 'openidScopeMissing'
  | 'factorAllowed'
  | 'factorNotInPolicy'
  | 'userAuthOff'
  | 'liteTier'
  | 'passkeyNeedsPage'
  | 'otpNeedsDelivery'
  | 'noSecret'
  | 'clientCredentialsMissing'
  | 'noCustomScopes'
  | 'noTokenEndpoint'

export interface CapabilityReason {
  code: CapabilityReasonCode
  /** The client setting the reason is about, e.g. ALLOW_USER_PASSWORD_AUTH. */
  setting?: string
  /** `blocking` reasons make the flow fail; `info` ones only explain what the console does for you. */
  severity: 'blocking' | 'info'
}

export interface FlowCapability {
  flow: TestLoginFlow
  works: boolean
  reasons: CapabilityReason[]
}

/** The facts of a client (and its pool) the verdict depends on. */
export interface CapabilityInput {
  explicitAuthFlows: readonly string[]
  hasSecret: boolean
  allowedOAuthFlowsUserPoolClient: boolean
  allowedOAuthFlows: readonly string[]
  allowedOAuthScopes: readonly string[]
  callbackUrls: readonly string[]
  supportedIdentityProviders: readonly string[]
  /** The pool's Cognito or custom domain, when it has one. */
  domain?: string | undefined
}

/** Cognito applies these when a client is created without ExplicitAuthFlows. */
export const DEFAULT_EXPLICIT_AUTH_FLOWS: readonly ExplicitAuthFlow[] = [
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_CUSTOM_AUTH'
]

/** The ALLOW_ setting each direct flow needs, with the legacy names Cognito still accepts. */
const FLOW_SETTINGS: Record<Exclude<TestLoginFlow, 'HOSTED_UI_CODE'>, readonly string[]> = {
  USER_PASSWORD_AUTH: ['ALLOW_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH'],
  ADMIN_USER_PASSWORD_AUTH: ['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ADMIN_NO_SRP_AUTH'],
  USER_SRP_AUTH: ['ALLOW_USER_SRP_AUTH'],
  REFRESH_TOKEN_AUTH: ['ALLOW_REFRESH_TOKEN_AUTH'],
  USER_AUTH: ['ALLOW_USER_AUTH']
}

function directFlow(
  flow: Exclude<TestLoginFlow, 'HOSTED_UI_CODE'>,
  flows: readonly string[],
  usesDefaults: boolean,
  hasSecret: boolean
): FlowCapability {
  const settings = FLOW_SETTINGS[flow]
  const setting = settings[0] ?? flow
  // Legacy clients without ALLOW_ settings still get refresh tokens.
  const legacyRefresh =
    flow === 'REFRESH_TOKEN_AUTH' && flows.length > 0 && !flows.some((f) => f.startsWith('ALLOW_'))
  const enabled = settings.some((s) => flows.includes(s)) || legacyRefresh
  const reasons: CapabilityReason[] = [
    enabled
      ? { code: usesDefaults ? 'defaultFlows' : 'enabled', setting, severity: 'info' }
      : { code: 'notEnabled', setting, severity: 'blocking' }
  ]
  if (enabled && hasSecret) reasons.push({ code: 'secretHash', severity: 'info' })
  return { flow, works: enabled, reasons }
}

function hostedUi(input: CapabilityInput): FlowCapability {
  const reasons: CapabilityReason[] = []
  if (!input.allowedOAuthFlowsUserPoolClient)
    reasons.push({ code: 'oauthDisabled', setting: 'AllowedOAuthFlowsUserPoolClient', severity: 'blocking' })
  if (!input.allowedOAuthFlows.includes('code'))
    reasons.push({ code: 'codeGrantMissing', setting: 'AllowedOAuthFlows', severity: 'blocking' })
  if (input.callbackUrls.length === 0)
    reasons.push({ code: 'noCallbackUrl', setting: 'CallbackURLs', severity: 'blocking' })
  if (!input.supportedIdentityProviders.includes('COGNITO'))
    reasons.push({ code: 'noCognitoProvider', setting: 'SupportedIdentityProviders', severity: 'blocking' })
  if (!input.domain) reasons.push({ code: 'noDomain', severity: 'blocking' })
  if (input.allowedOAuthFlowsUserPoolClient && !input.allowedOAuthScopes.includes('openid'))
    reasons.push({ code: 'openidScopeMissing', setting: 'AllowedOAuthScopes', severity: 'info' })
  const works = !reasons.some((r) => r.severity === 'blocking')
  if (works) reasons.unshift({ code: 'enabled', setting: 'AllowedOAuthFlows', severity: 'info' })
  if (works && input.hasSecret) reasons.push({ code: 'secretBasicAuth', severity: 'info' })
  return { flow: 'HOSTED_UI_CODE', works, reasons }
}

/** The verdict for every test-login flow, in TEST_LOGIN_FLOWS order. */
export function clientCapabilities(input: CapabilityInput): FlowCapability[] {
  const usesDefaults = input.explicitAuthFlows.length === 0
  const flows = usesDefaults ? DEFAULT_EXPLICIT_AUTH_FLOWS : input.explicitAuthFlows
  return [
    directFlow('USER_PASSWORD_AUTH', flows, usesDefaults, input.hasSecret),
    directFlow('ADMIN_USER_PASSWORD_AUTH', flows, usesDefaults, input.hasSecret),
    directFlow('USER_SRP_AUTH', flows, usesDefaults, input.hasSecret),
    directFlow('REFRESH_TOKEN_AUTH', flows, usesDefaults, input.hasSecret),
    directFlow('USER_AUTH', flows, usesDefaults, input.hasSecret),
    hostedUi(input)
  ]
}

/** The first factors a choice-based sign-in (USER_AUTH) can offer. */
export const FIRST_FACTORS = ['PASSWORD', 'PASSWORD_SRP', 'EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'] as const
export type FirstFactor = (typeof FIRST_FACTORS)[number]

export interface FactorCapability {
  factor: FirstFactor
  works: boolean
  reasons: CapabilityReason[]
}

/** The pool's sign-in policy, as DescribeUserPool reports it. */
export interface SignInPolicyInput {
  /** Policies.SignInPolicy.AllowedFirstAuthFactors; Cognito means PASSWORD alone when unset. */
  allowedFirstAuthFactors: readonly string[]
  /** UserPoolTier: LITE pools cannot sign in with codes or passkeys. */
  tier?: string | undefined
}

/** The pool policy names both password factors PASSWORD; PASSWORD_SRP is its SRP variant. */
const policyFactor = (factor: FirstFactor): string => (factor === 'PASSWORD_SRP' ? 'PASSWORD' : factor)

/** Which first factors a choice-based sign-in with this client and pool can use, and why not. */
export function choiceFactors(client: CapabilityInput, pool: SignInPolicyInput): FactorCapability[] {
  const userAuth = clientCapabilities(client).find((c) => c.flow === 'USER_AUTH')
  const policy = pool.allowedFirstAuthFactors.length > 0 ? pool.allowedFirstAuthFactors : ['PASSWORD']
  return FIRST_FACTORS.map((factor) => {
    const reasons: CapabilityReason[] = []
    if (!userAuth?.works)
      reasons.push({ code: 'userAuthOff', setting: 'ALLOW_USER_AUTH', severity: 'blocking' })
    if (!policy.includes(policyFactor(factor)))
      reasons.push({ code: 'factorNotInPolicy', setting: policyFactor(factor), severity: 'blocking' })
    const passwordless = factor !== 'PASSWORD' && factor !== 'PASSWORD_SRP'
    if (passwordless && pool.tier === 'LITE')
      reasons.push({ code: 'liteTier', setting: 'UserPoolTier', severity: 'blocking' })
    const works = reasons.length === 0
    if (works) reasons.push({ code: 'factorAllowed', setting: policyFactor(factor), severity: 'info' })
    if (factor === 'WEB_AUTHN') reasons.push({ code: 'passkeyNeedsPage', severity: 'info' })
    if (factor === 'EMAIL_OTP' || factor === 'SMS_OTP')
      reasons.push({ code: 'otpNeedsDelivery', severity: 'info' })
    return { factor, works, reasons }
  })
}

/** The two ways Cognito issues a client-credentials token. */
export const MACHINE_TOKEN_METHODS = ['GetClientToken', 'tokenEndpoint'] as const
export type MachineTokenMethod = (typeof MACHINE_TOKEN_METHODS)[number]

export interface MachineTokenCapability {
  method: MachineTokenMethod
  works: boolean
  reasons: CapabilityReason[]
}

/** Custom scopes (RESOURCE_SERVER/SCOPE) are the only ones a client-credentials token can carry. */
export const customScopes = (scopes: readonly string[]): string[] => scopes.filter((s) => s.includes('/'))

/** Whether this client can get a client-credentials token by each method, and why not. */
export function machineTokenCapabilities(input: CapabilityInput): MachineTokenCapability[] {
  const common: CapabilityReason[] = []
  if (!input.hasSecret) common.push({ code: 'noSecret', severity: 'blocking' })
  if (!input.allowedOAuthFlowsUserPoolClient)
    common.push({ code: 'oauthDisabled', setting: 'AllowedOAuthFlowsUserPoolClient', severity: 'blocking' })
  if (!input.allowedOAuthFlows.includes('client_credentials'))
    common.push({ code: 'clientCredentialsMissing', setting: 'AllowedOAuthFlows', severity: 'blocking' })
  if (customScopes(input.allowedOAuthScopes).length === 0)
    common.push({ code: 'noCustomScopes', setting: 'AllowedOAuthScopes', severity: 'blocking' })
  return MACHINE_TOKEN_METHODS.map((method) => {
    const reasons = [...common]
    if (method === 'tokenEndpoint' && !input.domain)
      reasons.push({ code: 'noTokenEndpoint', severity: 'blocking' })
    const works = reasons.length === 0
    if (works) reasons.push({ code: 'enabled', setting: 'client_credentials', severity: 'info' })
    return { method, works, reasons }
  })
}

/** A setting chosen in the client form that will not work as the person expects with this pool. */
export interface ClientSettingWarning {
  code: 'passwordlessNotInPolicy' | 'liteTier' | 'noDomain'
  /** The setting to change to make it work. */
  setting: string
}

const PASSWORDLESS_FACTORS: readonly FirstFactor[] = ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN']

/**
 * What the client form warns about before saving, from the same verdicts Test login shows: choice-based
 * sign-in that can offer no passwordless factor, and hosted UI grants on a pool without a domain.
 * The pool is left out while it is still loading: nothing is said about what is not known.
 */
export function clientSettingWarnings(
  client: CapabilityInput,
  pool: SignInPolicyInput | undefined
): ClientSettingWarning[] {
  const warnings: ClientSettingWarning[] = []
  if (pool && client.explicitAuthFlows.includes('ALLOW_USER_AUTH')) {
    const passwordless = choiceFactors(client, pool).filter((f) => PASSWORDLESS_FACTORS.includes(f.factor))
    const codes = new Set(passwordless.flatMap((f) => f.reasons.map((r) => r.code)))
    // The plan comes first: with Lite, adding factors to the policy would not help.
    if (!passwordless.some((f) => f.works))
      warnings.push(
        codes.has('liteTier')
          ? { code: 'liteTier', setting: 'UserPoolTier' }
          : { code: 'passwordlessNotInPolicy', setting: 'AllowedFirstAuthFactors' }
      )
  }
  const browserGrants = client.allowedOAuthFlows.filter((f) => f !== 'client_credentials')
  if (client.allowedOAuthFlowsUserPoolClient && browserGrants.length > 0) {
    const noDomain = hostedUi(client).reasons.some((r) => r.code === 'noDomain')
    if (noDomain) warnings.push({ code: 'noDomain', setting: 'Domain' })
  }
  return warnings
}
