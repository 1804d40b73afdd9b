import {
  AdminListUserSessionsCommand,
  AdminRevokeUserSessionCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import type { Answer } from '@shared/sign-in-verdict'
import type { RevokeSessionResult, SessionInfo } from '@shared/contract/sessions'
import { optionalRead } from './pools'
import { getPoolSessionConfiguration } from './sessionConfiguration'

type Idp = CognitoIdentityProviderClient

/** Whether the pool records sessions (GetUserPoolSessionConfiguration's UserSessionTracking). */
export async function sessionTracking(idp: Idp, poolId: string): Promise<Answer<boolean>> {
  const r = await optionalRead('GetUserPoolSessionConfiguration', async () => {
    const c = await getPoolSessionConfiguration(idp, poolId)
    return c.settings.tracking === 'ENABLED'
  })
  return r.available ? { available: true, value: r.value } : r
}

/** Every active session of the user (AdminListUserSessions returns up to 125, a page at a time). */
export async function listSessions(
  idp: Idp,
  ref: { poolId: string; username: string }
): Promise<Answer<SessionInfo[]>> {
  const r = await optionalRead('AdminListUserSessions', async () => {
    const sessions: SessionInfo[] = []
    let token: string | undefined
    do {
      const page = await idp.send(
        new AdminListUserSessionsCommand({
          UserPoolId: ref.poolId,
          Username: ref.username,
          ...(token ? { NextToken: token } : {})
        })
      )
      for (const s of page.Sessions ?? []) {
        const info: SessionInfo = { id: s.SessionId ?? '', type: s.SessionType ?? '' }
        if (s.ClientId) info.clientId = s.ClientId
        if (s.DeviceType) info.device = s.DeviceType
        if (s.LastIPAddress) info.ipAddress = s.LastIPAddress
        const place = [s.LastLocation?.City, s.LastLocation?.Country].filter(Boolean).join(', ')
        if (place) info.location = place
        if (s.CreateDate) info.created = s.CreateDate.toISOString()
        if (s.LastActiveDate) info.lastActive = s.LastActiveDate.toISOString()
        sessions.push(info)
      }
      token = page.NextToken
    } while (token)
    return sessions
  })
  return r.available ? { available: true, value: r.value } : r
}

/** AdminRevokeUserSession: the session's refresh token stops working; issued access tokens run out. */
export async function revokeSession(
  idp: Idp,
  request: { poolId: string; username: string; sessionId: string; linked?: boolean | undefined }
): Promise<RevokeSessionResult> {
  await idp.send(
    new AdminRevokeUserSessionCommand({
      UserPoolId: request.poolId,
      Username: request.username,
      SessionId: request.sessionId,
      RevokeAssociatedSessions: request.linked ? 'LINKED' : 'NONE'
    })
  )
  return { sessionId: request.sessionId, remaining: await listSessions(idp, request) }
}
