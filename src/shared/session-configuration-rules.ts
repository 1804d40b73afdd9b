import { z } from 'zod'

/**
 * Session configuration (Set/GetUserPoolSessionConfiguration pool-wide, the client variants per app
 * client) as the console edits it, with Cognito's bounds checked once here so the form and main refuse
 * the same values for the same reason.
 */

export const SESSION_TRACKING = ['ENABLED', 'DISABLED'] as const
export type SessionTracking = (typeof SESSION_TRACKING)[number]

/** TokenSession.MaxPerUser: active token sessions per user; Cognito evicts the least recently used. */
export const MAX_SESSIONS_PER_USER = { min: 1, max: 100, default: 20 } as const
/** SSOSession.MaxValidityMinutes: 0 (always sign in again) to 90 days. */
export const SSO_VALIDITY_MINUTES = { min: 0, max: 129_600, default: 60 } as const

export const poolSessionSettingsSchema = z.strictObject({
  tracking: z.enum(SESSION_TRACKING),
  maxPerUser: z.number()
})
export type PoolSessionSettings = z.infer<typeof poolSessionSettingsSchema>

export const clientSessionSettingsSchema = z.strictObject({ ssoMaxValidityMinutes: z.number() })
export type ClientSessionSettings = z.infer<typeof clientSessionSettingsSchema>

export interface SessionConfigurationProblem {
  code: 'maxPerUserRange' | 'ssoValidityRange'
  field: 'maxPerUser' | 'ssoMaxValidityMinutes'
  params: { min: number; max: number }
}

const outside = (value: number, bounds: { min: number; max: number }): boolean =>
  !Number.isInteger(value) || value < bounds.min || value > bounds.max

export function poolSessionProblems(s: PoolSessionSettings): SessionConfigurationProblem[] {
  if (!outside(s.maxPerUser, MAX_SESSIONS_PER_USER)) return []
  const { min, max } = MAX_SESSIONS_PER_USER
  return [{ code: 'maxPerUserRange', field: 'maxPerUser', params: { min, max } }]
}

export function clientSessionProblems(s: ClientSessionSettings): SessionConfigurationProblem[] {
  if (!outside(s.ssoMaxValidityMinutes, SSO_VALIDITY_MINUTES)) return []
  const { min, max } = SSO_VALIDITY_MINUTES
  return [{ code: 'ssoValidityRange', field: 'ssoMaxValidityMinutes', params: { min, max } }]
}

/** The settings as Cognito's request names them: what main sends and what the preview shows. */
export const poolSessionRequest = (s: PoolSessionSettings) => ({
  UserSessionTracking: s.tracking,
  TokenSession: { MaxPerUser: s.maxPerUser }
})
export const clientSessionRequest = (s: ClientSessionSettings) => ({
  SSOSession: { MaxValidityMinutes: s.ssoMaxValidityMinutes }
})
