import {
  AddUserPoolClientSecretCommand,
  CreateUserPoolClientCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolClientSecretCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientSecretsCommand,
  UpdateUserPoolClientCommand,
  paginateListUserPoolClients,
  type ClientSecretDescriptorType,
  type CognitoIdentityProviderClient,
  type TimeUnitsType,
  type UpdateUserPoolClientRequest,
  type UserPoolClientType,
  type UserPoolType
} from '@aws-sdk/client-cognito-identity-provider'
import {
  appClientProblems,
  clientSecretProblem,
  MAX_CLIENT_SECRETS,
  NEW_CLIENT_SETTINGS,
  type AppClientContext,
  type ClientSecretProblem
} from '@shared/app-client-rules'
import {
  EXPLICIT_AUTH_FLOWS,
  type AppClientDetail,
  type ClientChange,
  type ClientSecretSummary,
  type ClientSettings,
  type Duration,
  type ExplicitAuthFlow,
  type NewClientSecret,
  type TokenValidity
} from '@shared/contract/appClients'
import { AppError, rulesBroken } from '@shared/errors'
import { scopeStrings, STANDARD_SCOPES } from '@shared/resource-server-rules'
import { toAppError } from '../aws/errors'
import { describeUserPool } from './pools'
import { listResourceServers } from './resourceServers'

/** The units Cognito assumes when a client sets a validity without one. */
const DEFAULT_UNITS = { access: 'hours', id: 'hours', refresh: 'days' } as const

/** A validity as stored; Cognito's defaults (60 minutes, 30 days) when the client sets none. */
function durationOf(
  token: keyof TokenValidity,
  value: number | undefined,
  unit: TimeUnitsType | undefined
): Duration {
  if (value === undefined) return NEW_CLIENT_SETTINGS.tokenValidity[token]
  return { value, unit: unit ?? DEFAULT_UNITS[token] }
}

/** The client's settings exactly as DescribeUserPoolClient reports them (the edit form starts here). */
function settingsOf(c: UserPoolClientType): ClientSettings {
  const units = c.TokenValidityUnits ?? {}
  const flows: readonly string[] = EXPLICIT_AUTH_FLOWS
  const a = c.AnalyticsConfiguration
  return {
    name: c.ClientName ?? '',
    explicitAuthFlows: (c.ExplicitAuthFlows ?? []).filter((f): f is ExplicitAuthFlow => flows.includes(f)),
    tokenValidity: {
      access: durationOf('access', c.AccessTokenValidity, units.AccessToken),
      id: durationOf('id', c.IdTokenValidity, units.IdToken),
      refresh: durationOf('refresh', c.RefreshTokenValidity, units.RefreshToken)
    },
    readAttributes: c.ReadAttributes ?? [],
    writeAttributes: c.WriteAttributes ?? [],
    allowedOAuthFlowsUserPoolClient: c.AllowedOAuthFlowsUserPoolClient ?? false,
    allowedOAuthFlows: c.AllowedOAuthFlows ?? [],
    allowedOAuthScopes: c.AllowedOAuthScopes ?? [],
    callbackUrls: c.CallbackURLs ?? [],
    logoutUrls: c.LogoutURLs ?? [],
    defaultRedirectUri: c.DefaultRedirectURI ?? '',
    supportedIdentityProviders: c.SupportedIdentityProviders ?? [],
    enableTokenRevocation: c.EnableTokenRevocation ?? false,
    // What UpdateUserPoolClient applies when the field is absent.
    preventUserExistenceErrors: c.PreventUserExistenceErrors ?? 'LEGACY',
    enablePropagateAdditionalUserContextData: c.EnablePropagateAdditionalUserContextData ?? false,
    authSessionMinutes: c.AuthSessionValidity ?? NEW_CLIENT_SETTINGS.authSessionMinutes,
    refreshTokenRotation: {
      enabled: c.RefreshTokenRotation?.Feature === 'ENABLED',
      retryGracePeriodSeconds: c.RefreshTokenRotation?.RetryGracePeriodSeconds ?? 0
    },
    analytics: a
      ? {
          applicationId: a.ApplicationId ?? '',
          applicationArn: a.ApplicationArn ?? '',
          roleArn: a.RoleArn ?? '',
          externalId: a.ExternalId ?? '',
          userDataShared: a.UserDataShared ?? false
        }
      : null
  }
}

function detailOf(c: UserPoolClientType, poolDomain: string | undefined): AppClientDetail {
  // The secret never leaves this function: the raw view gets the answer without it.
  const { ClientSecret, ...withoutSecret } = c
  const detail: AppClientDetail = {
    ...settingsOf(c),
    poolId: c.UserPoolId ?? '',
    clientId: c.ClientId ?? '',
    hasSecret: Boolean(ClientSecret),
    raw: withoutSecret
  }
  if (c.CreationDate) detail.creationDate = c.CreationDate.toISOString()
  if (c.LastModifiedDate) detail.lastModifiedDate = c.LastModifiedDate.toISOString()
  if (poolDomain) detail.poolDomain = poolDomain
  return detail
}

const domainOf = (pool: UserPoolType): string | undefined => pool.CustomDomain ?? pool.Domain

async function poolDomain(idp: CognitoIdentityProviderClient, poolId: string): Promise<string | undefined> {
  return domainOf(await describeUserPool(idp, poolId))
}

async function describeRaw(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<UserPoolClientType> {
  const { UserPoolClient } = await idp.send(
    new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId })
  )
  if (!UserPoolClient) throw new AppError('NOT_FOUND', `App client ${clientId} was not found in ${poolId}.`)
  return UserPoolClient
}

export async function describeAppClient(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<AppClientDetail> {
  const [client, domain] = await Promise.all([describeRaw(idp, poolId, clientId), poolDomain(idp, poolId)])
  return detailOf(client, domain)
}

/** Every app client of a pool with its settings (one DescribeUserPoolClient each, paced by the limiter). */
export async function listAppClients(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<AppClientDetail[]> {
  const ids: string[] = []
  for await (const page of paginateListUserPoolClients(
    { client: idp, pageSize: 60 },
    { UserPoolId: poolId, MaxResults: 60 }
  )) {
    for (const c of page.UserPoolClients ?? []) if (c.ClientId) ids.push(c.ClientId)
  }
  const domain = await poolDomain(idp, poolId)
  const details: AppClientDetail[] = []
  for (const id of ids) details.push(detailOf(await describeRaw(idp, poolId, id), domain))
  return details.sort((a, b) => a.name.localeCompare(b.name))
}

export async function revealClientSecret(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<string> {
  const client = await describeRaw(idp, poolId, clientId)
  if (!client.ClientSecret) {
    throw new AppError('PRECONDITION', `App client ${client.ClientName ?? clientId} has no secret.`, {
      hint: 'Public clients (web and mobile apps) have none; create a new client with a secret if a server needs one.'
    })
  }
  return client.ClientSecret
}

/** Every setting as UpdateUserPoolClient (and CreateUserPoolClient) takes it. */
function requestOf(
  s: ClientSettings
): Omit<UpdateUserPoolClientRequest, 'UserPoolId' | 'ClientId'> & { ClientName: string } {
  const oauth = s.allowedOAuthFlowsUserPoolClient
  const v = s.tokenValidity
  const a = s.analytics
  return {
    ClientName: s.name,
    ExplicitAuthFlows: s.explicitAuthFlows,
    AccessTokenValidity: v.access.value,
    IdTokenValidity: v.id.value,
    RefreshTokenValidity: v.refresh.value,
    TokenValidityUnits: { AccessToken: v.access.unit, IdToken: v.id.unit, RefreshToken: v.refresh.unit },
    AllowedOAuthFlowsUserPoolClient: oauth,
    // Cognito refuses OAuth flows and scopes on a client that does not use them.
    ...(oauth ? { AllowedOAuthFlows: s.allowedOAuthFlows, AllowedOAuthScopes: s.allowedOAuthScopes } : {}),
    CallbackURLs: s.callbackUrls,
    LogoutURLs: s.logoutUrls,
    ...(s.defaultRedirectUri ? { DefaultRedirectURI: s.defaultRedirectUri } : {}),
    SupportedIdentityProviders: s.supportedIdentityProviders,
    EnableTokenRevocation: s.enableTokenRevocation,
    PreventUserExistenceErrors: s.preventUserExistenceErrors,
    EnablePropagateAdditionalUserContextData: s.enablePropagateAdditionalUserContextData,
    AuthSessionValidity: s.authSessionMinutes,
    RefreshTokenRotation: {
      Feature: s.refreshTokenRotation.enabled ? 'ENABLED' : 'DISABLED',
      ...(s.refreshTokenRotation.enabled
        ? { RetryGracePeriodSeconds: s.refreshTokenRotation.retryGracePeriodSeconds }
        : {})
    },
    // An empty list means every attribute, which is what Cognito applies when the field is absent.
    ...(s.readAttributes.length ? { ReadAttributes: s.readAttributes } : {}),
    ...(s.writeAttributes.length ? { WriteAttributes: s.writeAttributes } : {}),
    ...(a
      ? {
          AnalyticsConfiguration: {
            UserDataShared: a.userDataShared,
            ...(a.applicationArn
              ? { ApplicationArn: a.applicationArn }
              : { ApplicationId: a.applicationId, RoleArn: a.roleArn, ExternalId: a.externalId })
          }
        }
      : {})
  }
}

/** Custom scopes of the pool, or undefined when the endpoint cannot list them (then they go unchecked). */
async function customScopes(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<string[] | undefined> {
  try {
    return (await listResourceServers(idp, poolId)).flatMap(scopeStrings)
  } catch (error) {
    if (toAppError(error).code === 'UNSUPPORTED_OPERATION') return undefined
    throw error
  }
}

/** Refuses settings that break the shared rules, checked against the pool's schema and scopes. */
async function check(
  idp: CognitoIdentityProviderClient,
  pool: UserPoolType,
  settings: ClientSettings,
  hasSecret: boolean
): Promise<void> {
  const standard: readonly string[] = STANDARD_SCOPES
  const custom = settings.allowedOAuthScopes.some((scope) => !standard.includes(scope))
  const context: AppClientContext = {
    hasSecret,
    attributes: (pool.SchemaAttributes ?? []).map((a) => ({
      name: a.Name ?? '',
      required: a.Required ?? false
    }))
  }
  const scopes = custom ? await customScopes(idp, pool.Id ?? '') : undefined
  if (scopes) context.customScopes = scopes
  const problems = appClientProblems(settings, context)
  if (problems.length > 0) throw rulesBroken('app client', problems)
}

export async function createAppClient(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  change: ClientChange & { name: string },
  generateSecret: boolean
): Promise<AppClientDetail> {
  const pool = await describeUserPool(idp, poolId)
  const settings = { ...NEW_CLIENT_SETTINGS, ...change }
  await check(idp, pool, settings, generateSecret)
  const { UserPoolClient } = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      GenerateSecret: generateSecret,
      ...requestOf(settings)
    })
  )
  if (!UserPoolClient) throw new AppError('INTERNAL', 'Cognito created the client but did not return it.')
  return detailOf(UserPoolClient, domainOf(pool))
}

/** Fields requestOf leaves out when they are empty: carried over, they would undo the change. */
const OMITTED_WHEN_EMPTY = [
  'AllowedOAuthFlows',
  'AllowedOAuthScopes',
  'DefaultRedirectURI',
  'ReadAttributes',
  'WriteAttributes',
  'AnalyticsConfiguration'
] as const

/**
 * UpdateUserPoolClient resets what it is not given, so a change starts from every field of the current
 * client (analytics, auth session validity, user existence errors... included).
 */
function updateRequestFrom(
  poolId: string,
  clientId: string,
  current: UserPoolClientType
): UpdateUserPoolClientRequest {
  const {
    ClientSecret: _secret,
    ClientType: _type,
    CreationDate: _created,
    LastModifiedDate: _modified,
    ...fields
  } = current
  return { ...fields, UserPoolId: poolId, ClientId: clientId }
}

/** Sends the client as described now with the change applied, so nothing the change leaves out is reset. */
export async function updateAppClient(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string,
  change: ClientChange
): Promise<AppClientDetail> {
  const [current, pool] = await Promise.all([
    describeRaw(idp, poolId, clientId),
    describeUserPool(idp, poolId)
  ])
  const settings = { ...settingsOf(current), ...change }
  await check(idp, pool, settings, Boolean(current.ClientSecret))
  const carried = updateRequestFrom(poolId, clientId, current)
  for (const key of OMITTED_WHEN_EMPTY) delete carried[key]
  const { UserPoolClient } = await idp.send(
    new UpdateUserPoolClientCommand({ ...carried, ...requestOf(settings) })
  )
  if (!UserPoolClient) throw new AppError('INTERNAL', 'Cognito updated the client but did not return it.')
  return detailOf(UserPoolClient, domainOf(pool))
}

/** Changes which identity providers a client offers, keeping every other setting of the client. */
export async function setClientIdentityProviders(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string,
  change: (current: string[]) => string[]
): Promise<string[]> {
  const current = await describeRaw(idp, poolId, clientId)
  const providers = change(current.SupportedIdentityProviders ?? [])
  await idp.send(
    new UpdateUserPoolClientCommand({
      ...updateRequestFrom(poolId, clientId, current),
      SupportedIdentityProviders: providers
    })
  )
  return providers
}

function secretSummaryOf(d: ClientSecretDescriptorType): ClientSecretSummary {
  const summary: ClientSecretSummary = { secretId: d.ClientSecretId ?? '' }
  if (d.ClientSecretCreateDate) summary.createdAt = d.ClientSecretCreateDate.toISOString()
  return summary
}

/** The client's secrets, oldest first: ids and dates only, the values are dropped here. */
export async function listClientSecrets(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<ClientSecretSummary[]> {
  const secrets: ClientSecretSummary[] = []
  let next: string | undefined
  do {
    const page = await idp.send(
      new ListUserPoolClientSecretsCommand({ UserPoolId: poolId, ClientId: clientId, NextToken: next })
    )
    for (const d of page.ClientSecrets ?? []) if (d.ClientSecretId) secrets.push(secretSummaryOf(d))
    next = page.NextToken
  } while (next)
  return secrets.sort((a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''))
}

const SECRET_REFUSALS: Record<ClientSecretProblem['code'], { message: string; hint: string }> = {
  secretPublicClient: {
    message: 'has no secret: it is a public client',
    hint: 'Create a new client with a secret if a server needs one.'
  },
  secretLimit: {
    message: `already has ${MAX_CLIENT_SECRETS} secrets, the most Cognito keeps`,
    hint: 'Delete the secret no app uses any more, then add the new one.'
  },
  secretLast: {
    message: 'would be left without a secret',
    hint: 'Add a new secret first; to stop the client altogether, delete the client.'
  }
}

/** The client and its secrets, refused before any change the shared rule forbids. */
async function secretsAllowing(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string,
  action: 'add' | 'delete'
): Promise<ClientSecretSummary[]> {
  const client = await describeRaw(idp, poolId, clientId)
  const hasSecret = Boolean(client.ClientSecret)
  const secrets = hasSecret ? await listClientSecrets(idp, poolId, clientId) : []
  const problem = clientSecretProblem(action, { hasSecret, secretCount: secrets.length })
  if (problem) {
    const { message, hint } = SECRET_REFUSALS[problem.code]
    throw new AppError('PRECONDITION', `App client ${client.ClientName ?? clientId} ${message}.`, {
      hint,
      params: { reason: problem.code }
    })
  }
  return secrets
}

/** A new Cognito-generated secret; its value is returned once and kept nowhere. */
export async function addClientSecret(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<NewClientSecret> {
  await secretsAllowing(idp, poolId, clientId, 'add')
  const { ClientSecretDescriptor: added } = await idp.send(
    new AddUserPoolClientSecretCommand({ UserPoolId: poolId, ClientId: clientId })
  )
  if (!added?.ClientSecretId || !added.ClientSecretValue) {
    throw new AppError('INTERNAL', 'Cognito added a secret but did not return its value.', {
      hint: 'Delete the newest secret in the list, which no app can know, and add another.'
    })
  }
  return { ...secretSummaryOf(added), value: added.ClientSecretValue }
}

export async function deleteClientSecret(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string,
  secretId: string
): Promise<void> {
  const secrets = await secretsAllowing(idp, poolId, clientId, 'delete')
  if (!secrets.some((s) => s.secretId === secretId)) {
    throw new AppError('NOT_FOUND', `App client ${clientId} has no secret ${secretId}.`, {
      hint: 'Reload the list of secrets.'
    })
  }
  await idp.send(
    new DeleteUserPoolClientSecretCommand({
      UserPoolId: poolId,
      ClientId: clientId,
      ClientSecretId: secretId
    })
  )
}

/**
 * Rotation: add a new secret, then delete every older one, so only the new secret works afterwards. A
 * delete that fails does not lose the new value: the answer names the old secrets still active.
 */
export async function rotateClientSecret(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<{
  secret: NewClientSecret
  removedSecrets: number
  oldSecretsLeft: string[]
  detail: AppClientDetail
}> {
  const secret = await addClientSecret(idp, poolId, clientId)
  const old = (await listClientSecrets(idp, poolId, clientId)).filter((s) => s.secretId !== secret.secretId)
  const left: string[] = []
  for (const { secretId } of old) {
    try {
      await idp.send(
        new DeleteUserPoolClientSecretCommand({
          UserPoolId: poolId,
          ClientId: clientId,
          ClientSecretId: secretId
        })
      )
    } catch {
      left.push(secretId)
    }
  }
  return {
    secret,
    removedSecrets: old.length - left.length,
    oldSecretsLeft: left,
    detail: await describeAppClient(idp, poolId, clientId)
  }
}

export async function deleteAppClient(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<void> {
  await idp.send(new DeleteUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))
}
