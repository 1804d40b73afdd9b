import { z } from 'zod'
import { command, query } from './define'
import { strict, text, userPoolIdSchema, usernameSchema } from '../schemas'
import type { Answer } from '../sign-in-verdict'

/** One active session of a user (AdminListUserSessions). */
export interface SessionInfo {
  id: string
  /** TOKEN (a refresh token) or SSO (managed login). */
  type: string
  clientId?: string
  device?: string
  ipAddress?: string
  /** City and country of the last activity. */
  location?: string
  created?: string
  lastActive?: string
}

export interface UserSessions {
  /** Whether the pool records sessions; unavailable where the endpoint lacks the configuration call. */
  tracking: Answer<boolean>
  sessions: Answer<SessionInfo[]>
}

const userRequest = strict({ poolId: userPoolIdSchema, username: usernameSchema })

export const revokeSessionRequest = strict({
  poolId: userPoolIdSchema,
  username: usernameSchema,
  sessionId: text(256, 1),
  /** Also revoke the sessions started from this one (an SSO session's token sessions). */
  linked: z.boolean().optional()
})

export interface RevokeSessionResult {
  sessionId: string
  /** The user's sessions after the revocation. */
  remaining: Answer<SessionInfo[]>
}

export const sessionsContract = {
  /** The user's active sessions, and whether the pool tracks sessions at all. */
  list: query(userRequest).returns<UserSessions>(),
  /** Ends one session (its refresh token stops working); signing out of all of them is `users:globalSignOut`. */
  revoke: command(revokeSessionRequest).returns<RevokeSessionResult>()
}
