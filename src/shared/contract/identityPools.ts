import { z } from 'zod'
import { command, query } from './define'
import {
  clientIdSchema,
  iamRoleArnSchema,
  identityPoolIdSchema,
  nextTokenSchema,
  strict,
  text,
  userPoolIdSchema
} from '../schemas'
import type { AppErrorShape } from '../errors'

export const identityPoolNameSchema = z
  .string()
  .min(1, 'A name is required.')
  .max(128, 'A name is at most 128 characters.')
  .regex(
    /^[\w\s+=,.@-]+$/,
    'An identity pool name uses letters, digits, spaces and + = , . @ - _ only (no slashes or colons).'
  )

export const identityIdSchema = z
  .string()
  .max(55)
  .regex(/^[\w-]+:[0-9a-f-]+$/, 'An identity ID looks like us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd.')

const samlArnSchema = z
  .string()
  .max(2048)
  .regex(
    /^arn:aws[\w-]*:iam::\d{12}:saml-provider\/[\w+=,.@-]{1,128}$/,
    'A SAML provider ARN looks like arn:aws:iam::123456789012:saml-provider/Corp.'
  )

const oidcArnSchema = z
  .string()
  .max(2048)
  .regex(
    /^arn:aws[\w-]*:iam::\d{12}:oidc-provider\/.+$/,
    'An OIDC provider ARN looks like arn:aws:iam::123456789012:oidc-provider/login.example.com.'
  )

/** Social providers an identity pool accepts, by their Logins key, with the app id each needs. */
export const SOCIAL_PROVIDER_KEYS = ['graph.facebook.com', 'accounts.google.com', 'www.amazon.com'] as const

export const userPoolProviderSchema = strict({
  userPoolId: userPoolIdSchema,
  clientId: clientIdSchema,
  /** Check with the user pool that the user was not signed out or deleted before issuing credentials. */
  serverSideTokenCheck: z.boolean()
})

export const MATCH_TYPES = ['Equals', 'Contains', 'StartsWith', 'NotEqual'] as const

export const roleMappingSchema = strict({
  /** The provider the mapping applies to: cognito-idp.REGION.amazonaws.com/POOL:CLIENT or another provider key. */
  provider: text(256, 1),
  type: z.enum(['Token', 'Rules']),
  ambiguousRoleResolution: z.enum(['AuthenticatedRole', 'Deny']),
  rules: z
    .array(
      strict({
        claim: text(64, 1),
        matchType: z.enum(MATCH_TYPES),
        value: text(128, 1),
        roleArn: iamRoleArnSchema
      })
    )
    .max(25, 'A role mapping has at most 25 rules.')
})

export const identityPoolRolesSchema = strict({
  authenticated: iamRoleArnSchema.optional(),
  unauthenticated: iamRoleArnSchema.optional(),
  mappings: z.array(roleMappingSchema).max(10)
})

/** What an update sends: everything but the tags, which the tags dialog (domain `tags`) owns. */
export const identityPoolSettingsSchema = strict({
  name: identityPoolNameSchema,
  allowUnauthenticated: z.boolean(),
  allowClassicFlow: z.boolean(),
  userPools: z.array(userPoolProviderSchema).max(50),
  /** Social providers: Logins key -> the app id registered with that provider. */
  social: z.partialRecord(z.enum(SOCIAL_PROVIDER_KEYS), text(128, 1)),
  oidcProviderArns: z.array(oidcArnSchema).max(10),
  samlProviderArns: z.array(samlArnSchema).max(10),
  developerProviderName: text(128).optional(),
  /** Present to set the roles and role mappings (SetIdentityPoolRoles) after the pool is saved. */
  roles: identityPoolRolesSchema.optional()
})

/** What a creation sends: the settings and the new pool's first tags. */
export const identityPoolInputSchema = identityPoolSettingsSchema.extend({
  tags: z.record(text(128, 1), text(256))
})

export type IdentityPoolInput = z.input<typeof identityPoolInputSchema>
export type IdentityPoolSettings = z.input<typeof identityPoolSettingsSchema>
export type UserPoolProvider = z.output<typeof userPoolProviderSchema>
export type RoleMapping = z.output<typeof roleMappingSchema>
export type IdentityPoolRoles = z.output<typeof identityPoolRolesSchema>

export interface IdentityPoolSummary {
  id: string
  name: string
  /** Absent when the pool could not be described. */
  allowUnauthenticated?: boolean
  providers?: number
}

export interface UserPoolProviderInfo extends UserPoolProvider {
  /** The Logins key: cognito-idp.REGION.amazonaws.com/POOL_ID. */
  providerName: string
}

export interface IdentityPoolDetail {
  id: string
  name: string
  allowUnauthenticated: boolean
  /** Undefined when the endpoint does not report it (some emulators). */
  allowClassicFlow?: boolean
  userPools: UserPoolProviderInfo[]
  social: Partial<Record<(typeof SOCIAL_PROVIDER_KEYS)[number], string>>
  /** Other SupportedLoginProviders keys (e.g. api.twitter.com). */
  otherLoginProviders: Record<string, string>
  oidcProviderArns: string[]
  samlProviderArns: string[]
  developerProviderName?: string
  tags: Record<string, string>
}

/** Roles are read with a separate call that some endpoints do not implement. */
export type RolesResult = { ok: true; roles: IdentityPoolRoles } | { ok: false; error: AppErrorShape }

export interface IdentityPoolView {
  pool: IdentityPoolDetail
  roles: RolesResult
}

/** What saving did: the pool is saved; the roles step reports on its own. */
export interface SaveResult {
  pool: IdentityPoolDetail
  roles: { ok: true; set: boolean } | { ok: false; error: AppErrorShape }
}

export interface IamRoleInfo {
  arn: string
  name: string
  /** The trust policy names cognito-identity.amazonaws.com as a federated principal. */
  trustsCognitoIdentity: boolean
}

export interface IdentityInfo {
  identityId: string
  /** Provider keys the identity is linked to (none for a guest). */
  logins: string[]
  creationDate?: string
  lastModifiedDate?: string
}

export const identityPoolsContract = {
  /** Every identity pool of the active connection, each described (guest access, provider count). */
  list: query(strict({})).returns<{ pools: IdentityPoolSummary[] }>(),
  /** One pool with its providers, tags, roles and role mappings. */
  describe: query(strict({ identityPoolId: identityPoolIdSchema })).returns<IdentityPoolView>(),
  create: command(identityPoolInputSchema).returns<SaveResult>(),
  /**
   * Sends no IdentityPoolTags, so Cognito keeps the pool's tags as they are: a form left open while the
   * tags dialog changed them cannot put the old ones back.
   */
  update: command(
    identityPoolSettingsSchema.extend({ identityPoolId: identityPoolIdSchema })
  ).returns<SaveResult>(),
  /** Deletes a pool; the name must be typed back, and must match. */
  delete: command(
    strict({ identityPoolId: identityPoolIdSchema, confirmName: identityPoolNameSchema })
  ).returns<{
    deleted: string
  }>(),
  /** The account's IAM roles, for the role pickers (IAM ListRoles; may be denied). */
  listRoles: query(strict({})).returns<{ roles: IamRoleInfo[] }>(),
  listIdentities: query(
    strict({
      identityPoolId: identityPoolIdSchema,
      maxResults: z.number().int().min(1).max(60).default(60),
      nextToken: nextTokenSchema
    })
  ).returns<{ identities: IdentityInfo[]; nextToken?: string }>(),
  describeIdentity: query(strict({ identityId: identityIdSchema })).returns<IdentityInfo>(),
  deleteIdentities: command(strict({ identityIds: z.array(identityIdSchema).min(1).max(60) })).returns<{
    deleted: number
    unprocessed: { identityId: string; errorCode: string }[]
  }>()
}
