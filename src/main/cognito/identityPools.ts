import {
  CreateIdentityPoolCommand,
  DeleteIdentitiesCommand,
  DeleteIdentityPoolCommand,
  DescribeIdentityCommand,
  DescribeIdentityPoolCommand,
  GetIdentityPoolRolesCommand,
  ListIdentitiesCommand,
  SetIdentityPoolRolesCommand,
  UpdateIdentityPoolCommand,
  paginateListIdentityPools,
  type CognitoIdentityClient,
  type DescribeIdentityPoolCommandOutput,
  type IdentityDescription,
  type RoleMapping as SdkRoleMapping
} from '@aws-sdk/client-cognito-identity'
import { paginateListRoles, type IAMClient } from '@aws-sdk/client-iam'
import type { z } from 'zod'
import {
  SOCIAL_PROVIDER_KEYS,
  type IamRoleInfo,
  type IdentityInfo,
  type IdentityPoolDetail,
  type IdentityPoolRoles,
  type IdentityPoolSummary,
  type RoleMapping,
  type RolesResult,
  type SaveResult,
  type identityPoolInputSchema,
  type identityPoolSettingsSchema
} from '@shared/contract/identityPools'
import { AppError } from '@shared/errors'
import { userPoolIdOf, userPoolProviderName } from '@shared/credentialsLab'
import { toAppError, type ErrorContext } from '../aws/errors'

type PoolInput = z.output<typeof identityPoolInputSchema>
type PoolSettings = z.output<typeof identityPoolSettingsSchema>

const iso = (d: Date | undefined) => (d ? d.toISOString() : undefined)

function toDetail(out: DescribeIdentityPoolCommandOutput): IdentityPoolDetail {
  const social: IdentityPoolDetail['social'] = {}
  const otherLoginProviders: Record<string, string> = {}
  for (const [key, appId] of Object.entries(out.SupportedLoginProviders ?? {})) {
    if ((SOCIAL_PROVIDER_KEYS as readonly string[]).includes(key))
      social[key as (typeof SOCIAL_PROVIDER_KEYS)[number]] = appId
    else otherLoginProviders[key] = appId
  }
  const detail: IdentityPoolDetail = {
    id: out.IdentityPoolId ?? '',
    name: out.IdentityPoolName ?? '',
    allowUnauthenticated: out.AllowUnauthenticatedIdentities === true,
    userPools: (out.CognitoIdentityProviders ?? []).map((p) => ({
      providerName: p.ProviderName ?? '',
      userPoolId: userPoolIdOf(p.ProviderName ?? '') ?? p.ProviderName ?? '',
      clientId: p.ClientId ?? '',
      serverSideTokenCheck: p.ServerSideTokenCheck === true
    })),
    social,
    otherLoginProviders,
    oidcProviderArns: out.OpenIdConnectProviderARNs ?? [],
    samlProviderArns: out.SamlProviderARNs ?? [],
    tags: out.IdentityPoolTags ?? {}
  }
  if (out.AllowClassicFlow !== undefined) detail.allowClassicFlow = out.AllowClassicFlow
  if (out.DeveloperProviderName) detail.developerProviderName = out.DeveloperProviderName
  return detail
}

export async function describeIdentityPool(
  identity: CognitoIdentityClient,
  identityPoolId: string
): Promise<IdentityPoolDetail> {
  return toDetail(await identity.send(new DescribeIdentityPoolCommand({ IdentityPoolId: identityPoolId })))
}

export interface IdentityPoolWithRoles {
  pool: IdentityPoolDetail
  roles: IdentityPoolRoles | null
}

async function identityPoolSummaries(identity: CognitoIdentityClient): Promise<IdentityPoolSummary[]> {
  const pools: IdentityPoolSummary[] = []
  for await (const page of paginateListIdentityPools(
    { client: identity, pageSize: 60 },
    { MaxResults: 60 }
  )) {
    for (const p of page.IdentityPools ?? [])
      pools.push({ id: p.IdentityPoolId ?? '', name: p.IdentityPoolName ?? '' })
  }
  return pools
}

/** The identity pools whose user pool providers name `userPoolId`, each with its roles (null: unreadable). */
export async function identityPoolsUsing(
  identity: CognitoIdentityClient,
  userPoolId: string,
  ctx: ErrorContext
): Promise<IdentityPoolWithRoles[]> {
  const using = []
  for (const { id } of await identityPoolSummaries(identity)) {
    const pool = await describeIdentityPool(identity, id)
    if (!pool.userPools.some((p) => p.userPoolId === userPoolId)) continue
    const roles = await readRoles(identity, id, ctx)
    using.push({ pool, roles: roles.ok ? roles.roles : null })
  }
  return using
}

/** Every identity pool (60 a page), each described; a pool that cannot be described keeps name and id. */
export async function listIdentityPools(identity: CognitoIdentityClient): Promise<IdentityPoolSummary[]> {
  const pools = await identityPoolSummaries(identity)
  // A few at a time: the limiter paces them at the IdentityRead quota anyway.
  for (let i = 0; i < pools.length; i += 4) {
    await Promise.all(
      pools.slice(i, i + 4).map(async (summary) => {
        try {
          const d = await describeIdentityPool(identity, summary.id)
          summary.allowUnauthenticated = d.allowUnauthenticated
          summary.providers =
            d.userPools.length +
            Object.keys(d.social).length +
            Object.keys(d.otherLoginProviders).length +
            d.oidcProviderArns.length +
            d.samlProviderArns.length +
            (d.developerProviderName ? 1 : 0)
        } catch {
          // The row still shows name and id; opening the pool reports the error.
        }
      })
    )
  }
  return pools.sort((a, b) => a.name.localeCompare(b.name))
}

function fromSdkMapping(provider: string, m: SdkRoleMapping): RoleMapping {
  return {
    provider,
    type: m.Type === 'Rules' ? 'Rules' : 'Token',
    ambiguousRoleResolution: m.AmbiguousRoleResolution === 'Deny' ? 'Deny' : 'AuthenticatedRole',
    rules: (m.RulesConfiguration?.Rules ?? []).map((r) => ({
      claim: r.Claim ?? '',
      matchType: r.MatchType ?? 'Equals',
      value: r.Value ?? '',
      roleArn: r.RoleARN ?? ''
    }))
  }
}

export async function getIdentityPoolRoles(
  identity: CognitoIdentityClient,
  identityPoolId: string
): Promise<IdentityPoolRoles> {
  const out = await identity.send(new GetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId }))
  const roles: IdentityPoolRoles = {
    mappings: Object.entries(out.RoleMappings ?? {}).map(([provider, m]) => fromSdkMapping(provider, m))
  }
  if (out.Roles?.authenticated) roles.authenticated = out.Roles.authenticated
  if (out.Roles?.unauthenticated) roles.unauthenticated = out.Roles.unauthenticated
  return roles
}

/** Roles as a result, so a pool still opens on an endpoint that cannot read them. */

/** A role mapping as SetIdentityPoolRoles (and CloudFormation's RoleMappings) names its fields. */
export function sdkRoleMapping(
  m: NonNullable<IdentityPoolWithRoles['roles']>['mappings'][number]
): SdkRoleMapping {
  return {
    Type: m.type,
    AmbiguousRoleResolution: m.ambiguousRoleResolution,
    ...(m.type === 'Rules'
      ? {
          RulesConfiguration: {
            Rules: m.rules.map((r) => ({
              Claim: r.claim,
              MatchType: r.matchType,
              Value: r.value,
              RoleARN: r.roleArn
            }))
          }
        }
      : {})
  }
}

export async function readRoles(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  ctx: ErrorContext
): Promise<RolesResult> {
  try {
    return { ok: true, roles: await getIdentityPoolRoles(identity, identityPoolId) }
  } catch (error) {
    return { ok: false, error: toAppError(error, ctx) }
  }
}

async function setIdentityPoolRoles(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  roles: IdentityPoolRoles
): Promise<void> {
  const Roles: Record<string, string> = {}
  if (roles.authenticated) Roles.authenticated = roles.authenticated
  if (roles.unauthenticated) Roles.unauthenticated = roles.unauthenticated
  const RoleMappings: Record<string, SdkRoleMapping> = {}
  for (const m of roles.mappings) {
    RoleMappings[m.provider] = sdkRoleMapping(m)
  }
  await identity.send(
    new SetIdentityPoolRolesCommand({ IdentityPoolId: identityPoolId, Roles, RoleMappings })
  )
}

function poolParams(input: PoolSettings) {
  const logins: Record<string, string> = {}
  for (const [key, appId] of Object.entries(input.social)) if (appId) logins[key] = appId
  return {
    IdentityPoolName: input.name,
    AllowUnauthenticatedIdentities: input.allowUnauthenticated,
    AllowClassicFlow: input.allowClassicFlow,
    CognitoIdentityProviders: input.userPools.map((p) => ({
      ProviderName: userPoolProviderName(p.userPoolId),
      ClientId: p.clientId,
      ServerSideTokenCheck: p.serverSideTokenCheck
    })),
    SupportedLoginProviders: logins,
    OpenIdConnectProviderARNs: input.oidcProviderArns,
    SamlProviderARNs: input.samlProviderArns,
    ...(input.developerProviderName ? { DeveloperProviderName: input.developerProviderName } : {})
  }
}

function checkMappings(input: PoolSettings): void {
  for (const m of input.roles?.mappings ?? []) {
    if (m.type === 'Rules' && m.rules.length === 0) {
      throw new AppError('VALIDATION', `The role mapping for ${m.provider} uses rules but has none.`, {
        hint: 'Add at least one rule, or choose “use the role in the token”.'
      })
    }
  }
}

async function saveRoles(
  identity: CognitoIdentityClient,
  pool: IdentityPoolDetail,
  roles: IdentityPoolRoles | undefined,
  ctx: ErrorContext
): Promise<SaveResult> {
  if (!roles) return { pool, roles: { ok: true, set: false } }
  try {
    await setIdentityPoolRoles(identity, pool.id, roles)
    return { pool, roles: { ok: true, set: true } }
  } catch (error) {
    return { pool, roles: { ok: false, error: toAppError(error, ctx) } }
  }
}

/** Creates the pool, then sets its roles; a failure of the second step is reported, not hidden. */
export async function createIdentityPool(
  identity: CognitoIdentityClient,
  input: PoolInput,
  ctx: ErrorContext
): Promise<SaveResult> {
  checkMappings(input)
  const out = await identity.send(
    new CreateIdentityPoolCommand({ ...poolParams(input), IdentityPoolTags: input.tags })
  )
  return saveRoles(identity, toDetail(out), input.roles, ctx)
}

/**
 * Updates the pool's settings without IdentityPoolTags: Cognito keeps the tags of a pool when the field
 * is left out, and the tags dialog (TagResource / UntagResource) is their one editor.
 */
export async function updateIdentityPool(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  input: PoolSettings,
  ctx: ErrorContext
): Promise<SaveResult> {
  checkMappings(input)
  const out = await identity.send(
    new UpdateIdentityPoolCommand({ IdentityPoolId: identityPoolId, ...poolParams(input) })
  )
  return saveRoles(identity, toDetail(out), input.roles, ctx)
}

/** Deletes the pool only when the typed name matches its current name. */
export async function deleteIdentityPool(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  confirmName: string
): Promise<string> {
  const pool = await describeIdentityPool(identity, identityPoolId)
  if (pool.name !== confirmName) {
    throw new AppError('VALIDATION', `The typed name does not match the pool’s name “${pool.name}”.`, {
      hint: 'Type the name exactly as shown to confirm the deletion.'
    })
  }
  await identity.send(new DeleteIdentityPoolCommand({ IdentityPoolId: identityPoolId }))
  return identityPoolId
}

function trustsCognito(document: string | undefined): boolean {
  if (!document) return false
  try {
    return decodeURIComponent(document).includes('cognito-identity.amazonaws.com')
  } catch {
    return document.includes('cognito-identity.amazonaws.com')
  }
}

/** IAM roles of the account, those trusting Cognito identity pools first. */
export async function listRoles(iam: IAMClient, max = 1000): Promise<IamRoleInfo[]> {
  const roles: IamRoleInfo[] = []
  for await (const page of paginateListRoles({ client: iam, pageSize: 100 }, { MaxItems: 100 })) {
    for (const r of page.Roles ?? []) {
      roles.push({
        arn: r.Arn ?? '',
        name: r.RoleName ?? '',
        trustsCognitoIdentity: trustsCognito(r.AssumeRolePolicyDocument)
      })
    }
    if (roles.length >= max) break
  }
  return roles.sort(
    (a, b) =>
      Number(b.trustsCognitoIdentity) - Number(a.trustsCognitoIdentity) || a.name.localeCompare(b.name)
  )
}

function toIdentity(d: IdentityDescription): IdentityInfo {
  const info: IdentityInfo = { identityId: d.IdentityId ?? '', logins: d.Logins ?? [] }
  const created = iso(d.CreationDate)
  const modified = iso(d.LastModifiedDate)
  if (created) info.creationDate = created
  if (modified) info.lastModifiedDate = modified
  return info
}

export async function listIdentities(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  maxResults: number,
  nextToken: string | undefined
): Promise<{ identities: IdentityInfo[]; nextToken?: string }> {
  const out = await identity.send(
    new ListIdentitiesCommand({
      IdentityPoolId: identityPoolId,
      MaxResults: maxResults,
      ...(nextToken ? { NextToken: nextToken } : {})
    })
  )
  const result: { identities: IdentityInfo[]; nextToken?: string } = {
    identities: (out.Identities ?? []).map(toIdentity)
  }
  if (out.NextToken) result.nextToken = out.NextToken
  return result
}

export async function describeIdentity(
  identity: CognitoIdentityClient,
  identityId: string
): Promise<IdentityInfo> {
  return toIdentity(await identity.send(new DescribeIdentityCommand({ IdentityId: identityId })))
}

export async function deleteIdentities(
  identity: CognitoIdentityClient,
  identityIds: string[]
): Promise<{ deleted: number; unprocessed: { identityId: string; errorCode: string }[] }> {
  const out = await identity.send(new DeleteIdentitiesCommand({ IdentityIdsToDelete: identityIds }))
  const unprocessed = (out.UnprocessedIdentityIds ?? []).map((u) => ({
    identityId: u.IdentityId ?? '',
    errorCode: u.ErrorCode ?? 'InternalServerError'
  }))
  return { deleted: identityIds.length - unprocessed.length, unprocessed }
}
