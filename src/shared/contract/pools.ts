import { z } from 'zod'
import { command, query } from './define'
import { strict, text, userPoolIdSchema } from '../schemas'
import type { InvitationProblem } from '../messages'
import { FEATURE_PLANS, FIRST_AUTH_FACTORS, USER_VERIFICATION } from '../sign-in-policy-rules'

export interface UserPoolSummary {
  id: string
  name: string
  status?: string
  creationDate?: string
  lastModifiedDate?: string
  lambdaTriggers: number
}

/** What ListUserPools does not return: one DescribeUserPool per pool. */
export interface UserPoolFacts {
  id: string
  estimatedUsers?: number
  mfa?: MfaMode
  deletionProtection: boolean
}

export const MFA_MODES = ['OFF', 'ON', 'OPTIONAL'] as const
export type MfaMode = (typeof MFA_MODES)[number]

/** A read some endpoints (emulators, older regions) do not offer: the value, or why it is missing. */
export type Optional<T> = { available: true; value: T } | { available: false; reason: string }

export interface AttributeInfo {
  /** As Cognito names it: `email`, `custom:tenant`. */
  name: string
  custom: boolean
  type: string
  required: boolean
  mutable: boolean
  developerOnly: boolean
  minLength?: string
  maxLength?: string
  minValue?: string
  maxValue?: string
}

export interface PasswordPolicyInfo {
  minimumLength?: number
  requireUppercase: boolean
  requireLowercase: boolean
  requireNumbers: boolean
  requireSymbols: boolean
  temporaryPasswordValidityDays?: number
  passwordHistorySize?: number
}

export interface PoolOverview {
  id: string
  name: string
  arn?: string
  status?: string
  creationDate?: string
  lastModifiedDate?: string
  estimatedUsers?: number
  deletionProtection: boolean
  signIn: {
    usernameAttributes: string[]
    aliasAttributes: string[]
    autoVerifiedAttributes: string[]
    caseSensitive?: boolean
  }
  passwordPolicy: PasswordPolicyInfo
  mfa: {
    mode: MfaMode
    sms: boolean
    totp: boolean
    email: boolean
    smsMessage?: string
  }
  schema: AttributeInfo[]
  messages: {
    verificationOption?: string
    verificationEmailSubject?: string
    verificationEmailMessage?: string
    verificationSms?: string
    invitationEmailSubject?: string
    invitationEmailMessage?: string
    invitationSms?: string
    invitationProblems: InvitationProblem[]
  }
  selfSignUp: boolean
  /** Feature plan, first authentication factors and passkey settings (UserPoolTier, SignInPolicy, WebAuthn). */
  signInPolicy: {
    tier?: string
    allowedFirstAuthFactors: string[]
    webAuthnRelyingPartyId?: string
    webAuthnUserVerification?: string
  }
  /** Threat protection (UserPoolAddOns): OFF, AUDIT or ENFORCED, and the same for custom auth flows. */
  threatProtection: { mode: string; customAuthMode?: string }
  recovery: { name: string; priority: number }[]
  triggers: { name: string; arn: string }[]
  domain?: string
  customDomain?: string
  domainStatus?: string
  /** 1: the classic hosted UI; 2: managed login with branding. */
  managedLoginVersion?: number
  tags: Optional<Record<string, string>>
  /** The service's own answers, for the raw JSON views. */
  raw: { describeUserPool: unknown; getUserPoolMfaConfig: unknown; describeUserPoolDomain?: unknown }
}

/**
 * Cognito's pool-name rule: letters, digits, spaces and `+ = , . @ -`, 1 to 128 characters. Checked here
 * because an emulator may accept any name.
 */
export const poolNameSchema = z
  .string()
  .trim()
  .min(1, 'A pool name is required.')
  .max(128, 'A pool name is at most 128 characters.')
  .regex(
    /^[\w\s+=,.@-]+$/,
    'A pool name may contain letters, digits, spaces and + = , . @ - only (e.g. my-customers).'
  )

export const SIGN_IN_ATTRIBUTES = ['email', 'phone_number', 'preferred_username'] as const

export const CUSTOM_ATTRIBUTE_TYPES = ['String', 'Number', 'DateTime', 'Boolean'] as const

const numberText = z.string().regex(/^\d{1,10}$/, 'Enter a whole number.')

export const customAttributeSchema = strict({
  /** Without the `custom:` prefix, which Cognito adds. */
  name: z
    .string()
    .min(1, 'An attribute name is required.')
    .max(20, 'A custom attribute name is at most 20 characters (without custom:).')
    .regex(/^[A-Za-z0-9_]+$/, 'An attribute name may contain letters, digits and underscores only.'),
  type: z.enum(CUSTOM_ATTRIBUTE_TYPES),
  mutable: z.boolean(),
  min: numberText.optional(),
  max: numberText.optional()
})
export type CustomAttributeInput = z.infer<typeof customAttributeSchema>

export const passwordPolicySchema = strict({
  minimumLength: z.number().int().min(6, 'At least 6.').max(99, 'At most 99.'),
  requireUppercase: z.boolean(),
  requireLowercase: z.boolean(),
  requireNumbers: z.boolean(),
  requireSymbols: z.boolean(),
  temporaryPasswordValidityDays: z.number().int().min(0).max(365)
})
export type PasswordPolicyInput = z.infer<typeof passwordPolicySchema>

/** Standard attributes a new pool may require. */
export const STANDARD_ATTRIBUTES = [
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'birthdate',
  'address',
  'gender',
  'locale',
  'nickname',
  'picture',
  'profile',
  'website',
  'zoneinfo',
  'middle_name'
] as const

export const createPoolSchema = strict({
  name: poolNameSchema,
  /** `username`: sign in with a username (plus optional aliases); otherwise with email and/or phone. */
  signIn: z.enum(['username', 'email', 'phone_number', 'email_or_phone']),
  aliases: z.array(z.enum(SIGN_IN_ATTRIBUTES)).max(3),
  caseSensitive: z.boolean(),
  passwordPolicy: passwordPolicySchema,
  mfa: z.enum(MFA_MODES),
  requiredAttributes: z.array(z.enum(STANDARD_ATTRIBUTES)).max(16),
  customAttributes: z.array(customAttributeSchema).max(50),
  selfSignUp: z.boolean(),
  deletionProtection: z.boolean()
})
export type CreatePoolInput = z.infer<typeof createPoolSchema>

export const updatePoolSchema = strict({
  poolId: userPoolIdSchema,
  passwordPolicy: passwordPolicySchema.optional(),
  mfa: z.enum(MFA_MODES).optional(),
  selfSignUp: z.boolean().optional(),
  deletionProtection: z.boolean().optional(),
  /** The rules (password kept, plan needed) are in sign-in-policy-rules and run in main. */
  signInPolicy: strict({
    tier: z.enum(FEATURE_PLANS),
    allowedFirstAuthFactors: z.array(z.enum(FIRST_AUTH_FACTORS)).min(1).max(4),
    webAuthnRelyingPartyId: text(253).optional(),
    webAuthnUserVerification: z.enum(USER_VERIFICATION)
  }).optional()
})
export type SignInPolicyInput = NonNullable<z.infer<typeof updatePoolSchema>['signInPolicy']>

const poolRef = strict({ poolId: userPoolIdSchema })

export const poolsContract = {
  /** Every user pool of the active connection (ListUserPools, all pages). */
  list: query(strict({ max: z.number().int().min(1).max(5000).optional() })).returns<{
    pools: UserPoolSummary[]
  }>(),
  /** Estimated users, MFA and deletion protection of some pools (one DescribeUserPool each). */
  facts: query(strict({ poolIds: z.array(userPoolIdSchema).min(1).max(60) })).returns<{
    facts: UserPoolFacts[]
  }>(),
  /** A pool's whole configuration, readable section by section, with the raw answers. */
  describe: query(poolRef).returns<PoolOverview>(),
  create: command(createPoolSchema).returns<{ id: string; name: string }>(),
  /** Changes the given settings and keeps every other one as it is. */
  update: command(updatePoolSchema).returns<PoolOverview>(),
  addCustomAttributes: command(
    strict({ poolId: userPoolIdSchema, attributes: z.array(customAttributeSchema).min(1).max(25) })
  ).returns<PoolOverview>(),
  /** Deletes a pool; the typed name must match and deletion protection must be off. */
  delete: command(strict({ poolId: userPoolIdSchema, confirmName: text(128, 1) })).returns<{
    deleted: true
  }>()
}
