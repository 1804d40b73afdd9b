/**
 * Pure helpers of the credentials lab, shared by main (which runs the flows) and the renderer (which
 * previews the Logins map before anything is sent and formats the credentials for copying).
 */

/** Where a login token comes from. */
export const LOGIN_PROVIDERS = ['cognito', 'facebook', 'google', 'amazon', 'oidc', 'saml'] as const
export type LoginProvider = (typeof LOGIN_PROVIDERS)[number]

/** The fixed Logins keys of the social providers. */
export const SOCIAL_KEYS = {
  facebook: 'graph.facebook.com',
  google: 'accounts.google.com',
  amazon: 'www.amazon.com'
} as const satisfies Partial<Record<LoginProvider, string>>

/** Why a lab run failed, when the console can tell: the renderer explains each in words. */
export const LAB_FAILURES = [
  'GUEST_DISABLED',
  'PROVIDER_NOT_CONFIGURED',
  'TOKEN_OTHER_CLIENT',
  'ROLE_TRUST',
  'CLASSIC_FLOW_DISABLED',
  'TOKEN_EXPIRED',
  'WRONG_PROVIDER_KEY',
  'NOT_AN_ID_TOKEN',
  'NO_ROLE',
  'NO_DEVELOPER_PROVIDER'
] as const
export type LabFailure = (typeof LAB_FAILURES)[number]

/** The Logins key under which a developer identity's OpenID token goes back to Cognito. */
export const DEVELOPER_TOKEN_KEY = 'cognito-identity.amazonaws.com'
/** A developer identity's login is removed with UnlinkDeveloperIdentity (by its user id), not UnlinkIdentity. */
export function isDeveloperLogin(providerName: string): boolean {
  return providerName === DEVELOPER_TOKEN_KEY
}

/** Why unlinking a lab run's login was refused before any call: the renderer words each. */
export const UNLINK_REFUSALS = ['RUN_GONE', 'PROVIDER_NOT_IN_RUN', 'DEVELOPER_LOGIN'] as const
export type UnlinkRefusal = (typeof UNLINK_REFUSALS)[number]
/** GetOpenIdTokenForDeveloperIdentity's TokenDuration in seconds: Cognito's default and its limits (24 hours). */
export const DEVELOPER_TOKEN_DURATION = { min: 1, max: 86_400, default: 900 } as const
/** A back-end user id as Cognito stores it under a developer provider. */
export const MAX_DEVELOPER_USER_ID = 1024

const IDENTITY_ID = /^([a-z]{2}(?:-[a-z]+)+-\d{1,2}):[0-9a-f-]{1,50}$/

export type DeveloperSourceProblem =
  | { field: 'userIdentifier'; code: 'userIdMissing'; params: Record<string, never> }
  | { field: 'userIdentifier'; code: 'userIdTooLong'; params: { max: number } }
  | { field: 'identityId'; code: 'identityIdFormat'; params: Record<string, never> }
  | { field: 'identityId'; code: 'identityIdRegion'; params: { region: string; poolRegion: string } }
  | { field: 'tokenDuration'; code: 'durationRange'; params: { min: number; max: number } }

export interface DeveloperSourceInput {
  identityPoolId: string
  userIdentifier: string
  identityId?: string | undefined
  tokenDuration?: number | undefined
}

/** What GetOpenIdTokenForDeveloperIdentity would refuse in a developer source, checked by form and main alike. */
export function developerSourceProblems(input: DeveloperSourceInput): DeveloperSourceProblem[] {
  const problems: DeveloperSourceProblem[] = []
  const user = input.userIdentifier.trim()
  if (!user) problems.push({ field: 'userIdentifier', code: 'userIdMissing', params: {} })
  else if ([...user].length > MAX_DEVELOPER_USER_ID)
    problems.push({ field: 'userIdentifier', code: 'userIdTooLong', params: { max: MAX_DEVELOPER_USER_ID } })
  const identityId = input.identityId?.trim()
  if (identityId) {
    const region = IDENTITY_ID.exec(identityId)?.[1]
    const poolRegion = input.identityPoolId.split(':')[0] ?? ''
    if (!region) problems.push({ field: 'identityId', code: 'identityIdFormat', params: {} })
    // An identity lives in its pool's Region: one from another Region cannot be in this pool.
    else if (poolRegion && region !== poolRegion)
      problems.push({ field: 'identityId', code: 'identityIdRegion', params: { region, poolRegion } })
  }
  const duration = input.tokenDuration
  const { min, max } = DEVELOPER_TOKEN_DURATION
  if (duration !== undefined && (!Number.isInteger(duration) || duration < min || duration > max))
    problems.push({ field: 'tokenDuration', code: 'durationRange', params: { min, max } })
  return problems
}

const COGNITO_KEY = /^cognito-idp\.([a-z]{2}(?:-[a-z]+)+-\d{1,2})\.amazonaws\.com\/([\w-]+_[0-9a-zA-Z]+)$/
const SAML_ARN = /^arn:aws[\w-]*:iam::\d{12}:saml-provider\/[\w+=,.@-]{1,128}$/
const OIDC_ARN = /^arn:aws[\w-]*:iam::\d{12}:oidc-provider\/(.+)$/
const OIDC_KEY = /^[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?(\/[\w.~%-]+)*$/i

/** The Logins key of a user pool: cognito-idp.REGION.amazonaws.com/POOL_ID (region from the id). */
export function userPoolProviderName(userPoolId: string): string {
  const region = userPoolId.split('_')[0] ?? ''
  return `cognito-idp.${region}.amazonaws.com/${userPoolId}`
}

/** The user pool id in a cognito-idp provider name, or undefined when it is not one. */
export function userPoolIdOf(providerName: string): string | undefined {
  return COGNITO_KEY.exec(providerName)?.[2]
}

/** The Logins key of an OIDC provider: its ARN's host and path, without https://. */
export function oidcKeyOf(providerArn: string): string | undefined {
  return OIDC_ARN.exec(providerArn)?.[1]
}

/** What is wrong with a Logins key for this provider, in a sentence, or undefined when it is well-formed. */
export function loginKeyProblem(provider: LoginProvider, key: string): string | undefined {
  switch (provider) {
    case 'cognito':
      return COGNITO_KEY.test(key)
        ? undefined
        : 'A user pool key looks like cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEf123, without https://.'
    case 'saml':
      return SAML_ARN.test(key)
        ? undefined
        : 'A SAML key is the provider ARN, e.g. arn:aws:iam::123456789012:saml-provider/Corp.'
    case 'oidc':
      return OIDC_KEY.test(key) && !/^https?:/i.test(key)
        ? undefined
        : 'An OIDC key is the provider URL without https://, e.g. login.example.com.'
    default: {
      const expected = SOCIAL_KEYS[provider]
      return key === expected ? undefined : `The ${provider} key is ${expected}.`
    }
  }
}

/** The Logins map of one login: key -> token. */
export function buildLogins(key: string, token: string): Record<string, string> {
  return { [key]: token }
}

/** A token shortened for display and logs: enough to recognise it, not enough to use it. */
export function shortenToken(token: string): string {
  return token.length <= 24 ? token : `${token.slice(0, 16)}…(${token.length} chars)`
}

/** The Logins map as it may be shown: keys in full, tokens shortened. */
export function redactLogins(logins: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(logins).map(([k, v]) => [k, shortenToken(v)]))
}

/** The claims of a JWT, without verifying it (the identity pool verifies); undefined when not a JWT. */
export function decodeJwtClaims(token: string): Record<string, unknown> | undefined {
  const parts = token.split('.')
  if (parts.length !== 3 || !parts[1]) return undefined
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/')
    const padded = b64 + '='.repeat((4 - (b64.length % 4)) % 4)
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0))
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes))
    return typeof claims === 'object' && claims !== null && !Array.isArray(claims)
      ? (claims as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export interface TemporaryCredentials {
  accessKeyId: string
  secretKey: string
  sessionToken: string
  /** ISO date-time. */
  expiration?: string
}

export const COPY_FORMATS = ['env', 'powershell', 'profile', 'json'] as const
export type CopyFormat = (typeof COPY_FORMATS)[number]

/** The credentials as shell variables, a credentials-file profile, or credential_process JSON. */
export function formatCredentials(
  c: TemporaryCredentials,
  format: CopyFormat,
  options: { region: string; profile?: string }
): string {
  switch (format) {
    case 'env':
      return [
        `export AWS_ACCESS_KEY_ID=${c.accessKeyId}`,
        `export AWS_SECRET_ACCESS_KEY=${c.secretKey}`,
        `export AWS_SESSION_TOKEN=${c.sessionToken}`,
        `export AWS_REGION=${options.region}`
      ].join('\n')
    case 'powershell':
      return [
        `$env:AWS_ACCESS_KEY_ID="${c.accessKeyId}"`,
        `$env:AWS_SECRET_ACCESS_KEY="${c.secretKey}"`,
        `$env:AWS_SESSION_TOKEN="${c.sessionToken}"`,
        `$env:AWS_REGION="${options.region}"`
      ].join('\n')
    case 'profile':
      return [
        `[${options.profile ?? 'cognito-lab'}]`,
        `aws_access_key_id = ${c.accessKeyId}`,
        `aws_secret_access_key = ${c.secretKey}`,
        `aws_session_token = ${c.sessionToken}`,
        `region = ${options.region}`
      ].join('\n')
    case 'json':
      // The credential_process output format, which the AWS CLI and SDKs read as-is.
      return JSON.stringify(
        {
          Version: 1,
          AccessKeyId: c.accessKeyId,
          SecretAccessKey: c.secretKey,
          SessionToken: c.sessionToken,
          ...(c.expiration ? { Expiration: c.expiration } : {})
        },
        null,
        2
      )
  }
}
