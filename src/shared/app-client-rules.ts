/**
 * Rules for an app client's settings, run by the form as the person edits and by main before any call
 * (an emulator accepts anything). Each returns reason codes with parameters; the renderer words them in
 * en and ja.
 */
import type { ClientChange, ClientSettings, Duration, TimeUnit } from './contract/appClients'
import { DEFAULT_EXPLICIT_AUTH_FLOWS, machineTokenCapabilities } from './capabilities'
import { ALWAYS_PRESENT_ATTRIBUTES } from './identity-provider-rules'
import { STANDARD_SCOPES } from './resource-server-rules'

/** What a client is created with when the form or the request leaves a setting out. */
export const NEW_CLIENT_SETTINGS: ClientSettings = {
  name: '',
  explicitAuthFlows: [...DEFAULT_EXPLICIT_AUTH_FLOWS],
  tokenValidity: {
    access: { value: 60, unit: 'minutes' },
    id: { value: 60, unit: 'minutes' },
    refresh: { value: 30, unit: 'days' }
  },
  readAttributes: [],
  writeAttributes: [],
  allowedOAuthFlowsUserPoolClient: false,
  allowedOAuthFlows: [],
  allowedOAuthScopes: [],
  callbackUrls: [],
  logoutUrls: [],
  defaultRedirectUri: '',
  supportedIdentityProviders: ['COGNITO'],
  enableTokenRevocation: true,
  preventUserExistenceErrors: 'ENABLED',
  enablePropagateAdditionalUserContextData: false,
  authSessionMinutes: 3,
  refreshTokenRotation: { enabled: false, retryGracePeriodSeconds: 0 },
  analytics: null
}

export const UNIT_MINUTES: Record<TimeUnit, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 }
export const minutesOf = (d: Duration): number => d.value * UNIT_MINUTES[d.unit]

/** Cognito's bounds for each token's lifetime, in minutes: 5 minutes to 1 day, refresh 1 hour to 10 years. */
export const VALIDITY_BOUNDS = {
  access: { min: 5, max: 1440 },
  id: { min: 5, max: 1440 },
  refresh: { min: 60, max: 3650 * 1440 }
} as const
export const AUTH_SESSION_BOUNDS = { min: 3, max: 15 } as const
export const GRACE_PERIOD_BOUNDS = { min: 0, max: 60 } as const

type UrlField = 'callbackUrls' | 'logoutUrls' | 'defaultRedirectUri'

export type AppClientProblem =
  | { code: 'urlFormat'; field: UrlField; url: string }
  | { code: 'urlFragment'; field: UrlField; url: string }
  | { code: 'urlInsecure'; field: UrlField; url: string }
  | { code: 'defaultRedirectNotCallback'; url: string }
  | { code: 'accessValidityRange' }
  | { code: 'idValidityRange' }
  | { code: 'refreshValidityRange' }
  | { code: 'authSessionRange' }
  | { code: 'gracePeriodRange' }
  | { code: 'oauthFlowsMissing' }
  | { code: 'oauthScopesMissing' }
  | { code: 'callbackMissing'; flow: string }
  | { code: 'clientCredentialsMixed' }
  | { code: 'clientCredentialsSecret' }
  | { code: 'clientCredentialsStandardScope'; scope: string }
  | { code: 'clientCredentialsCustomScope' }
  | { code: 'scopeNeedsOpenid'; scope: string }
  | { code: 'scopeUnknown'; scope: string }
  | { code: 'attributeUnknown'; attribute: string }
  | { code: 'requiredNotWritable'; attribute: string }
  | { code: 'analyticsTarget' }

/** What the rules need beyond the settings; a fact left out is not checked. */
export interface AppClientContext {
  hasSecret: boolean
  /** The pool's attributes (DescribeUserPool's schema). */
  attributes?: readonly { name: string; required: boolean }[]
  /** The custom scopes of the pool's resource servers, as `identifier/scope`. */
  customScopes?: readonly string[]
}

const BLOCKED_SCHEMES = ['javascript:', 'data:', 'file:', 'vbscript:']

/** Cognito's URL rule: absolute, no fragment, https except http://localhost; app schemes for native apps. */
function urlProblem(field: UrlField, url: string): AppClientProblem | null {
  if (!URL.canParse(url)) return { code: 'urlFormat', field, url }
  const parsed = new URL(url)
  if (BLOCKED_SCHEMES.includes(parsed.protocol)) return { code: 'urlFormat', field, url }
  if (url.includes('#')) return { code: 'urlFragment', field, url }
  if (parsed.protocol === 'http:' && parsed.hostname !== 'localhost')
    return { code: 'urlInsecure', field, url }
  return null
}

const STANDARD: readonly string[] = STANDARD_SCOPES
/** Scopes that only mean something with openid (Cognito refuses them alone). */
const NEEDS_OPENID = ['email', 'phone', 'profile']

function oauthProblems(s: ClientSettings, context: AppClientContext): AppClientProblem[] {
  if (!s.allowedOAuthFlowsUserPoolClient) return []
  const problems: AppClientProblem[] = []
  const flows: readonly string[] = s.allowedOAuthFlows
  if (flows.length === 0) problems.push({ code: 'oauthFlowsMissing' })
  if (s.allowedOAuthScopes.length === 0) problems.push({ code: 'oauthScopesMissing' })
  for (const flow of flows.filter((f) => f !== 'client_credentials'))
    if (s.callbackUrls.length === 0) problems.push({ code: 'callbackMissing', flow })
  if (flows.includes('client_credentials')) {
    if (flows.length > 1) problems.push({ code: 'clientCredentialsMixed' })
    // The same verdict the machine-token screen gives, so the form and the token request agree.
    const verdict = machineTokenCapabilities({ ...s, hasSecret: context.hasSecret })[0]?.reasons ?? []
    if (verdict.some((r) => r.code === 'noSecret')) problems.push({ code: 'clientCredentialsSecret' })
    for (const scope of s.allowedOAuthScopes.filter((x) => STANDARD.includes(x)))
      problems.push({ code: 'clientCredentialsStandardScope', scope })
    if (verdict.some((r) => r.code === 'noCustomScopes'))
      problems.push({ code: 'clientCredentialsCustomScope' })
  } else if (!s.allowedOAuthScopes.includes('openid')) {
    for (const scope of s.allowedOAuthScopes.filter((x) => NEEDS_OPENID.includes(x)))
      problems.push({ code: 'scopeNeedsOpenid', scope })
  }
  return problems
}

/** Cognito sets it; no client writes it. */
const COGNITO_SET = 'sub'

function attributeProblems(
  s: ClientSettings,
  attributes: AppClientContext['attributes']
): AppClientProblem[] {
  if (!attributes) return []
  const names = new Set([...ALWAYS_PRESENT_ATTRIBUTES, ...attributes.map((a) => a.name)])
  const problems: AppClientProblem[] = []
  for (const attribute of new Set([...s.readAttributes, ...s.writeAttributes]))
    if (!names.has(attribute)) problems.push({ code: 'attributeUnknown', attribute })
  // An empty list writes every attribute; a restricted one must still let sign-up set the required ones.
  if (s.writeAttributes.length > 0)
    for (const a of attributes)
      if (a.required && a.name !== COGNITO_SET && !s.writeAttributes.includes(a.name))
        problems.push({ code: 'requiredNotWritable', attribute: a.name })
  return problems
}

function inRange(value: number, bounds: { min: number; max: number }): boolean {
  return value >= bounds.min && value <= bounds.max
}

export function appClientProblems(s: ClientSettings, context: AppClientContext): AppClientProblem[] {
  const problems: AppClientProblem[] = []
  for (const field of ['callbackUrls', 'logoutUrls'] as const)
    for (const url of s[field]) {
      const problem = urlProblem(field, url)
      if (problem) problems.push(problem)
    }
  if (s.defaultRedirectUri) {
    const problem = urlProblem('defaultRedirectUri', s.defaultRedirectUri)
    if (problem) problems.push(problem)
    else if (!s.callbackUrls.includes(s.defaultRedirectUri))
      problems.push({ code: 'defaultRedirectNotCallback', url: s.defaultRedirectUri })
  }
  for (const token of ['access', 'id', 'refresh'] as const)
    if (!inRange(minutesOf(s.tokenValidity[token]), VALIDITY_BOUNDS[token]))
      problems.push({ code: `${token}ValidityRange` })
  if (!inRange(s.authSessionMinutes, AUTH_SESSION_BOUNDS)) problems.push({ code: 'authSessionRange' })
  if (
    s.refreshTokenRotation.enabled &&
    !inRange(s.refreshTokenRotation.retryGracePeriodSeconds, GRACE_PERIOD_BOUNDS)
  )
    problems.push({ code: 'gracePeriodRange' })
  problems.push(...oauthProblems(s, context))
  if (context.customScopes) {
    const known = new Set([...STANDARD, ...context.customScopes])
    for (const scope of s.allowedOAuthScopes)
      if (!known.has(scope)) problems.push({ code: 'scopeUnknown', scope })
  }
  problems.push(...attributeProblems(s, context.attributes))
  const a = s.analytics
  if (a && !a.applicationArn && !(a.applicationId && a.roleArn && a.externalId))
    problems.push({ code: 'analyticsTarget' })
  return problems
}

/**
 * A copy of only the settings of a client (the form's values), without its id, secret flag or raw
 * answer. Copied through JSON: a reactive proxy from a store cannot be structured-cloned.
 */
export function settingsOfDetail(detail: ClientSettings): ClientSettings {
  const keys = Object.keys(NEW_CLIENT_SETTINGS) as (keyof ClientSettings)[]
  return JSON.parse(
    JSON.stringify(Object.fromEntries(keys.map((key) => [key, detail[key]])))
  ) as ClientSettings
}

/** The settings that differ: what an update sends, leaving main to carry the rest as described. */
export function clientChange(before: ClientSettings, after: ClientSettings): ClientChange {
  const keys = Object.keys(after) as (keyof ClientSettings)[]
  const changed = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
  return Object.fromEntries(changed.map((key) => [key, after[key]])) as ClientChange
}

/** Cognito keeps at most two secrets per client, so one can be rolled out while the other still works. */
export const MAX_CLIENT_SECRETS = 2

export const CLIENT_SECRET_PROBLEMS = ['secretPublicClient', 'secretLimit', 'secretLast'] as const

export type ClientSecretProblem =
  { code: 'secretPublicClient' } | { code: 'secretLimit'; max: number } | { code: 'secretLast' }

/**
 * Whether a secret may be added to or deleted from a client: a public client has none to manage, a
 * client keeps at most two, and its last secret cannot be deleted (delete the client instead).
 */
export function clientSecretProblem(
  action: 'add' | 'delete',
  client: { hasSecret: boolean; secretCount: number }
): ClientSecretProblem | null {
  if (!client.hasSecret) return { code: 'secretPublicClient' }
  if (action === 'add' && client.secretCount >= MAX_CLIENT_SECRETS) {
    return { code: 'secretLimit', max: MAX_CLIENT_SECRETS }
  }
  if (action === 'delete' && client.secretCount <= 1) return { code: 'secretLast' }
  return null
}
