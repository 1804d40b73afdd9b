import {
  AddUserPoolClientSecretCommand,
  CreateUserPoolClientCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolClientSecretCommand,
  DescribeUserPoolClientCommand,
  ListUserPoolClientSecretsCommand,
  UpdateUserPoolClientCommand,
  paginateListUserPoolClients,
  type CognitoIdentityProviderClient,
  type TimeUnitsType,
  type UpdateUserPoolClientRequest,
  type UserPoolClientType
} from '@aws-sdk/client-cognito-identity-provider'
import { AppError } from '@shared/errors'
import type { AppClientDetail, ClientSettings, TokenValidity } from '@shared/contract/appClients'
import { toAppError } from '../aws/errors'
import { describeUserPool } from './pools'

const MINUTES: Record<TimeUnitsType, number> = { seconds: 1 / 60, minutes: 1, hours: 60, days: 1440 }

/** Cognito's defaults when a client sets no validity: access and ID 60 minutes, refresh 30 days. */
function tokenValidity(c: UserPoolClientType): TokenValidity {
  const units = c.TokenValidityUnits ?? {}
  const minutes = (value: number | undefined, unit: TimeUnitsType | undefined, fallback: number) =>
    value === undefined ? fallback : Math.round(value * MINUTES[unit ?? 'hours'])
  return {
    accessMinutes: minutes(c.AccessTokenValidity, units.AccessToken, 60),
    idMinutes: minutes(c.IdTokenValidity, units.IdToken, 60),
    refreshDays:
      c.RefreshTokenValidity === undefined
        ? 30
        : Math.max(1, Math.round((c.RefreshTokenValidity * MINUTES[units.RefreshToken ?? 'days']) / 1440))
  }
}

function detailOf(c: UserPoolClientType, poolDomain: string | undefined): AppClientDetail {
  // The secret never leaves this function: the raw view gets the answer without it.
  const { ClientSecret, ...withoutSecret } = c
  const detail: AppClientDetail = {
    poolId: c.UserPoolId ?? '',
    clientId: c.ClientId ?? '',
    name: c.ClientName ?? '',
    hasSecret: Boolean(ClientSecret),
    explicitAuthFlows: c.ExplicitAuthFlows ?? [],
    tokenValidity: tokenValidity(c),
    readAttributes: c.ReadAttributes ?? [],
    writeAttributes: c.WriteAttributes ?? [],
    allowedOAuthFlowsUserPoolClient: c.AllowedOAuthFlowsUserPoolClient ?? false,
    allowedOAuthFlows: c.AllowedOAuthFlows ?? [],
    allowedOAuthScopes: c.AllowedOAuthScopes ?? [],
    callbackUrls: c.CallbackURLs ?? [],
    logoutUrls: c.LogoutURLs ?? [],
    supportedIdentityProviders: c.SupportedIdentityProviders ?? [],
    enableTokenRevocation: c.EnableTokenRevocation ?? false,
    raw: withoutSecret
  }
  if (c.CreationDate) detail.creationDate = c.CreationDate.toISOString()
  if (c.LastModifiedDate) detail.lastModifiedDate = c.LastModifiedDate.toISOString()
  if (c.DefaultRedirectURI) detail.defaultRedirectUri = c.DefaultRedirectURI
  if (c.PreventUserExistenceErrors) detail.preventUserExistenceErrors = c.PreventUserExistenceErrors
  if (poolDomain) detail.poolDomain = poolDomain
  return detail
}

async function poolDomain(idp: CognitoIdentityProviderClient, poolId: string): Promise<string | undefined> {
  const pool = await describeUserPool(idp, poolId)
  return pool.CustomDomain ?? pool.Domain
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

function settingsRequest(
  s: ClientSettings
): Omit<UpdateUserPoolClientRequest, 'UserPoolId' | 'ClientId'> & { ClientName: string } {
  const oauth = s.allowedOAuthFlowsUserPoolClient
  return {
    ClientName: s.name,
    ExplicitAuthFlows: s.explicitAuthFlows,
    AccessTokenValidity: s.tokenValidity.accessMinutes,
    IdTokenValidity: s.tokenValidity.idMinutes,
    RefreshTokenValidity: s.tokenValidity.refreshDays,
    TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
    AllowedOAuthFlowsUserPoolClient: oauth,
    // Cognito refuses OAuth flows and scopes on a client that does not use them.
    ...(oauth ? { AllowedOAuthFlows: s.allowedOAuthFlows, AllowedOAuthScopes: s.allowedOAuthScopes } : {}),
    CallbackURLs: s.callbackUrls,
    LogoutURLs: s.logoutUrls,
    SupportedIdentityProviders: s.supportedIdentityProviders,
    EnableTokenRevocation: s.enableTokenRevocation,
    ...(s.readAttributes ? { ReadAttributes: s.readAttributes } : {}),
    ...(s.writeAttributes ? { WriteAttributes: s.writeAttributes } : {})
  }
}

export async function createAppClient(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  settings: ClientSettings,
  generateSecret: boolean
): Promise<AppClientDetail> {
  const { UserPoolClient } = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      GenerateSecret: generateSecret,
      ...settingsRequest(settings)
    })
  )
  if (!UserPoolClient) throw new AppError('INTERNAL', 'Cognito created the client but did not return it.')
  return detailOf(UserPoolClient, await poolDomain(idp, poolId))
}

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

export async function updateAppClient(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string,
  settings: ClientSettings
): Promise<AppClientDetail> {
  const carried = updateRequestFrom(poolId, clientId, await describeRaw(idp, poolId, clientId))
  // A client leaving OAuth drops its flows and scopes: Cognito refuses them without it.
  if (!settings.allowedOAuthFlowsUserPoolClient) {
    delete carried.AllowedOAuthFlows
    delete carried.AllowedOAuthScopes
  }
  const { UserPoolClient } = await idp.send(
    new UpdateUserPoolClientCommand({ ...carried, ...settingsRequest(settings) })
  )
  if (!UserPoolClient) throw new AppError('INTERNAL', 'Cognito updated the client but did not return it.')
  return detailOf(UserPoolClient, await poolDomain(idp, poolId))
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

/**
 * Rotation: add a new secret (AddUserPoolClientSecret), then delete every older one, so only the new
 * secret works afterwards. Endpoints without the secret-management API get a clear refusal.
 */
export async function rotateClientSecret(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<{ removedSecrets: number; detail: AppClientDetail }> {
  const current = await describeRaw(idp, poolId, clientId)
  if (!current.ClientSecret) {
    throw new AppError(
      'PRECONDITION',
      `App client ${current.ClientName ?? clientId} has no secret to rotate.`,
      {
        hint: 'Only confidential clients (created with a secret) have one.'
      }
    )
  }
  let added: string | undefined
  try {
    const result = await idp.send(
      new AddUserPoolClientSecretCommand({ UserPoolId: poolId, ClientId: clientId })
    )
    added = result.ClientSecretDescriptor?.ClientSecretId
  } catch (error) {
    if (toAppError(error).code === 'UNSUPPORTED_OPERATION') {
      throw new AppError(
        'UNSUPPORTED_OPERATION',
        'This endpoint does not offer secret rotation (AddUserPoolClientSecret).',
        {
          hint: 'Rotate against AWS itself, or create a new client with a secret and delete this one.'
        }
      )
    }
    throw error
  }
  const { ClientSecrets } = await idp.send(
    new ListUserPoolClientSecretsCommand({ UserPoolId: poolId, ClientId: clientId })
  )
  const old = (ClientSecrets ?? []).filter((s) => s.ClientSecretId && s.ClientSecretId !== added)
  for (const secret of old) {
    await idp.send(
      new DeleteUserPoolClientSecretCommand({
        UserPoolId: poolId,
        ClientId: clientId,
        ClientSecretId: secret.ClientSecretId
      })
    )
  }
  return { removedSecrets: old.length, detail: await describeAppClient(idp, poolId, clientId) }
}

export async function deleteAppClient(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<void> {
  await idp.send(new DeleteUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))
}
