import {
  GetUserPoolClientSessionConfigurationCommand,
  GetUserPoolSessionConfigurationCommand,
  SetUserPoolClientSessionConfigurationCommand,
  SetUserPoolSessionConfigurationCommand,
  type CognitoIdentityProviderClient,
  type GetUserPoolClientSessionConfigurationResponse,
  type GetUserPoolSessionConfigurationResponse
} from '@aws-sdk/client-cognito-identity-provider'
import type {
  ClientSessionConfiguration,
  PoolSessionConfiguration
} from '@shared/contract/sessionConfiguration'
import { rulesBroken } from '@shared/errors'
import {
  clientSessionProblems,
  clientSessionRequest,
  MAX_SESSIONS_PER_USER,
  poolSessionProblems,
  poolSessionRequest,
  SSO_VALIDITY_MINUTES,
  type ClientSessionSettings,
  type PoolSessionSettings
} from '@shared/session-configuration-rules'

type Idp = CognitoIdentityProviderClient

/** Cognito's answer (or a snapshot's section) as the console's settings; what it omits is the default. */
export function poolSettingsOf(
  answer: Pick<GetUserPoolSessionConfigurationResponse, 'UserSessionTracking' | 'TokenSession'>
): PoolSessionSettings {
  return {
    tracking: answer.UserSessionTracking === 'ENABLED' ? 'ENABLED' : 'DISABLED',
    maxPerUser: answer.TokenSession?.MaxPerUser ?? MAX_SESSIONS_PER_USER.default
  }
}

export async function getPoolSessionConfiguration(
  idp: Idp,
  poolId: string
): Promise<PoolSessionConfiguration> {
  const answer = await idp.send(new GetUserPoolSessionConfigurationCommand({ UserPoolId: poolId }))
  return { poolId, settings: poolSettingsOf(answer) }
}

export async function setPoolSessionConfiguration(
  idp: Idp,
  req: { poolId: string; settings: PoolSessionSettings }
): Promise<PoolSessionConfiguration> {
  const problems = poolSessionProblems(req.settings)
  if (problems.length) throw rulesBroken('session configuration', problems)
  const answer = await idp.send(
    new SetUserPoolSessionConfigurationCommand({
      UserPoolId: req.poolId,
      ...poolSessionRequest(req.settings)
    })
  )
  return { poolId: req.poolId, settings: poolSettingsOf(answer) }
}

export async function getClientSessionConfiguration(
  idp: Idp,
  req: { poolId: string; clientId: string }
): Promise<ClientSessionConfiguration> {
  const answer = await idp.send(
    new GetUserPoolClientSessionConfigurationCommand({ UserPoolId: req.poolId, ClientId: req.clientId })
  )
  return { ...req, settings: clientSettingsOf(answer) }
}

/** An app client's answer (or a snapshot's section) as the settings the console edits. */
export function clientSettingsOf(
  answer: Pick<GetUserPoolClientSessionConfigurationResponse, 'SSOSession'>
): ClientSessionSettings {
  return { ssoMaxValidityMinutes: answer.SSOSession?.MaxValidityMinutes ?? SSO_VALIDITY_MINUTES.default }
}

export async function setClientSessionConfiguration(
  idp: Idp,
  req: { poolId: string; clientId: string; settings: ClientSessionSettings }
): Promise<ClientSessionConfiguration> {
  const problems = clientSessionProblems(req.settings)
  if (problems.length) throw rulesBroken('session configuration', problems)
  const answer = await idp.send(
    new SetUserPoolClientSessionConfigurationCommand({
      UserPoolId: req.poolId,
      ClientId: req.clientId,
      ...clientSessionRequest(req.settings)
    })
  )
  const minutes = answer.SSOSession?.MaxValidityMinutes ?? req.settings.ssoMaxValidityMinutes
  return { poolId: req.poolId, clientId: req.clientId, settings: { ssoMaxValidityMinutes: minutes } }
}
