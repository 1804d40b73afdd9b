import { z } from 'zod'
import { command, query } from './define'
import { clientIdSchema, strict, text, userPoolIdSchema } from '../schemas'

export const EXPLICIT_AUTH_FLOWS = [
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_ADMIN_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
  'ALLOW_CUSTOM_AUTH',
  'ALLOW_USER_AUTH'
] as const
export type ExplicitAuthFlow = (typeof EXPLICIT_AUTH_FLOWS)[number]

export const OAUTH_FLOWS = ['code', 'implicit', 'client_credentials'] as const

export interface AppClientSummary {
  clientId: string
  name: string
}

/** An app client as the screens show it. The secret itself is never part of it. */
export interface AppClientDetail {
  poolId: string
  clientId: string
  name: string
  hasSecret: boolean
  creationDate?: string
  lastModifiedDate?: string
  explicitAuthFlows: string[]
  tokenValidity: TokenValidity
  readAttributes: string[]
  writeAttributes: string[]
  allowedOAuthFlowsUserPoolClient: boolean
  allowedOAuthFlows: string[]
  allowedOAuthScopes: string[]
  callbackUrls: string[]
  logoutUrls: string[]
  defaultRedirectUri?: string
  supportedIdentityProviders: string[]
  enableTokenRevocation: boolean
  preventUserExistenceErrors?: string
  /** The pool's domain (for the hosted UI capability), when it has one. */
  poolDomain?: string
  /** DescribeUserPoolClient's answer with the secret removed. */
  raw: unknown
}

/** Token lifetimes, in minutes for access and ID tokens and in days for refresh tokens. */
export interface TokenValidity {
  accessMinutes: number
  idMinutes: number
  refreshDays: number
}

export const clientNameSchema = z
  .string()
  .trim()
  .min(1, 'An app client name is required.')
  .max(128, 'An app client name is at most 128 characters.')
  .regex(/^[\w\s+=,.@-]+$/, 'An app client name may contain letters, digits, spaces and + = , . @ - only.')

/**
 * Cognito's rule for callback and sign-out URLs: absolute, no fragment, HTTPS except for
 * http://localhost (any port) used in development. Checked here because an emulator accepts anything.
 */
export const callbackUrlSchema = z
  .string()
  .max(1024, 'A URL is at most 1024 characters.')
  .refine((value) => URL.canParse(value), 'Enter a full URL such as https://app.example.com/callback.')
  .refine((value) => !value.includes('#'), 'A callback URL cannot contain a fragment (#...).')
  .refine((value) => {
    const url = URL.canParse(value) ? new URL(value) : undefined
    if (!url) return true
    if (url.protocol === 'https:') return true
    if (url.protocol === 'http:') return url.hostname === 'localhost'
    // App schemes (myapp://callback) are allowed for native apps.
    return !['javascript:', 'data:', 'file:'].includes(url.protocol)
  }, 'Use https://, or http://localhost for development; other http:// URLs are refused by Cognito.')

const scopeSchema = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[\x21\x23-\x5B\x5D-\x7E]+$/, 'A scope has no spaces or quotes, e.g. openid or api/read.')

const attributeNameSchema = text(128, 1)

export const tokenValiditySchema = strict({
  accessMinutes: z.number().int().min(5, 'At least 5 minutes.').max(1440, 'At most 1 day (1440 minutes).'),
  idMinutes: z.number().int().min(5, 'At least 5 minutes.').max(1440, 'At most 1 day (1440 minutes).'),
  refreshDays: z.number().int().min(1, 'At least 1 day.').max(3650, 'At most 10 years (3650 days).')
})

export const clientSettingsSchema = strict({
  name: clientNameSchema,
  explicitAuthFlows: z.array(z.enum(EXPLICIT_AUTH_FLOWS)).max(6),
  tokenValidity: tokenValiditySchema,
  readAttributes: z.array(attributeNameSchema).max(100).optional(),
  writeAttributes: z.array(attributeNameSchema).max(100).optional(),
  allowedOAuthFlowsUserPoolClient: z.boolean(),
  allowedOAuthFlows: z.array(z.enum(OAUTH_FLOWS)).max(3),
  allowedOAuthScopes: z.array(scopeSchema).max(50),
  callbackUrls: z.array(callbackUrlSchema).max(100),
  logoutUrls: z.array(callbackUrlSchema).max(100),
  supportedIdentityProviders: z.array(text(32, 1)).max(50),
  enableTokenRevocation: z.boolean()
})
export type ClientSettings = z.infer<typeof clientSettingsSchema>

const clientRef = strict({ poolId: userPoolIdSchema, clientId: clientIdSchema })

export const appClientsContract = {
  list: query(strict({ poolId: userPoolIdSchema })).returns<{ clients: AppClientDetail[] }>(),
  describe: query(clientRef).returns<AppClientDetail>(),
  /** The client secret, only when the person asks to see it; never part of any other answer. */
  revealSecret: query(clientRef).returns<{ secret: string }>(),
  create: command(
    clientSettingsSchema.extend({ poolId: userPoolIdSchema, generateSecret: z.boolean() })
  ).returns<AppClientDetail>(),
  /** Replaces the client's settings with these; anything not in the form is kept as it was. */
  update: command(
    clientSettingsSchema.extend({ poolId: userPoolIdSchema, clientId: clientIdSchema })
  ).returns<AppClientDetail>(),
  /** Adds a new secret and deletes the old ones: apps using the old secret stop working. */
  rotateSecret: command(clientRef).returns<{ removedSecrets: number; detail: AppClientDetail }>(),
  delete: command(clientRef).returns<{ deleted: true }>()
}
