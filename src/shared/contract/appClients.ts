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

export const TIME_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const
export type TimeUnit = (typeof TIME_UNITS)[number]

export const PREVENT_USER_EXISTENCE_ERRORS = ['ENABLED', 'LEGACY'] as const

export interface AppClientSummary {
  clientId: string
  name: string
}

export const clientNameSchema = z
  .string()
  .trim()
  .min(1, 'An app client name is required.')
  .max(128, 'An app client name is at most 128 characters.')
  .regex(/^[\w\s+=,.@-]+$/, 'An app client name may contain letters, digits, spaces and + = , . @ - only.')

/** A lifetime as Cognito stores it: a number and its unit (TokenValidityUnits). */
const durationSchema = strict({ value: z.number().int().min(0).max(315_360_000), unit: z.enum(TIME_UNITS) })
export type Duration = z.infer<typeof durationSchema>

export const tokenValiditySchema = strict({
  access: durationSchema,
  id: durationSchema,
  refresh: durationSchema
})
export type TokenValidity = z.infer<typeof tokenValiditySchema>

/** Pinpoint analytics of a client; the rules in app-client-rules say which fields go together. */
const analyticsSchema = strict({
  applicationId: text(256),
  applicationArn: text(2048),
  roleArn: text(2048),
  externalId: text(256),
  userDataShared: z.boolean()
})
export type ClientAnalytics = z.infer<typeof analyticsSchema>

const attributeNameSchema = text(128, 1)
const urlSchema = text(1024, 1)

/**
 * Every setting of UpdateUserPoolClient, as the form edits it. Shapes only: the rules (URLs, scopes,
 * ranges, flows that go together, required attributes) are in app-client-rules and run in main.
 */
export const clientSettingsSchema = strict({
  name: clientNameSchema,
  explicitAuthFlows: z.array(z.enum(EXPLICIT_AUTH_FLOWS)).max(6),
  tokenValidity: tokenValiditySchema,
  /** Empty: the client reads (or writes) every attribute. */
  readAttributes: z.array(attributeNameSchema).max(100),
  writeAttributes: z.array(attributeNameSchema).max(100),
  allowedOAuthFlowsUserPoolClient: z.boolean(),
  allowedOAuthFlows: z.array(z.enum(OAUTH_FLOWS)).max(3),
  allowedOAuthScopes: z.array(text(256, 1)).max(50),
  callbackUrls: z.array(urlSchema).max(100),
  logoutUrls: z.array(urlSchema).max(100),
  /** Empty: none. */
  defaultRedirectUri: text(1024),
  supportedIdentityProviders: z.array(text(32, 1)).max(50),
  enableTokenRevocation: z.boolean(),
  preventUserExistenceErrors: z.enum(PREVENT_USER_EXISTENCE_ERRORS),
  enablePropagateAdditionalUserContextData: z.boolean(),
  /** How long a sign-in challenge session lasts, 3 to 15 minutes. */
  authSessionMinutes: z.number().int(),
  refreshTokenRotation: strict({ enabled: z.boolean(), retryGracePeriodSeconds: z.number().int() }),
  /** null: no analytics. */
  analytics: analyticsSchema.nullable()
})
export type ClientSettings = z.infer<typeof clientSettingsSchema>
/** Some settings of a client: what a create sets beyond Cognito's defaults, or what an update changes. */
export type ClientChange = Partial<ClientSettings>

/** An app client as the screens show it: its settings as DescribeUserPoolClient gives them. The secret itself is never part of it. */
export interface AppClientDetail extends ClientSettings {
  poolId: string
  clientId: string
  hasSecret: boolean
  creationDate?: string
  lastModifiedDate?: string
  /** The pool's domain (for the hosted UI capability), when it has one. */
  poolDomain?: string
  /** DescribeUserPoolClient's answer with the secret removed. */
  raw: unknown
}

/** One secret of a client as ListUserPoolClientSecrets names it; its value is never part of it. */
export interface ClientSecretSummary {
  /** `<client id>--<creation epoch>`, as Cognito makes it. */
  secretId: string
  createdAt?: string
}

/** A secret just added: its value travels in this one answer, to be shown once and copied. */
export interface NewClientSecret extends ClientSecretSummary {
  value: string
}

const clientRef = strict({ poolId: userPoolIdSchema, clientId: clientIdSchema })

export const appClientsContract = {
  list: query(strict({ poolId: userPoolIdSchema })).returns<{ clients: AppClientDetail[] }>(),
  describe: query(clientRef).returns<AppClientDetail>(),
  /** The client secret, only when the person asks to see it; never part of any other answer. */
  revealSecret: query(clientRef).returns<{ secret: string }>(),
  /** A new client: the settings given, Cognito's defaults for the rest. */
  create: command(
    clientSettingsSchema
      .partial()
      .required({ name: true })
      .extend({ poolId: userPoolIdSchema, generateSecret: z.boolean() })
  ).returns<AppClientDetail>(),
  /** Changes the settings given; every other setting is sent as DescribeUserPoolClient has it. */
  update: command(
    clientSettingsSchema.partial().extend({ poolId: userPoolIdSchema, clientId: clientIdSchema })
  ).returns<AppClientDetail>(),
  /** The client's secrets (ListUserPoolClientSecrets): ids and creation dates, never the values. */
  listSecrets: query(clientRef).returns<{ secrets: ClientSecretSummary[] }>(),
  /** A second secret beside the current one, so apps can move to it before the old one is deleted. */
  addSecret: command(clientRef).returns<{ secret: NewClientSecret }>(),
  deleteSecret: command(clientRef.extend({ secretId: text(128, 1) })).returns<{ deleted: true }>(),
  /**
   * Adds a new secret and deletes the old ones: apps using the old secret stop working. Old secrets
   * that could not be deleted are named, so the new value is never lost to a failed delete.
   */
  rotateSecret: command(clientRef).returns<{
    secret: NewClientSecret
    removedSecrets: number
    oldSecretsLeft: string[]
    detail: AppClientDetail
  }>(),
  delete: command(clientRef).returns<{ deleted: true }>()
}
