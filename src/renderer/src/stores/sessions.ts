import { defineStore } from 'pinia'
import type { RevokeSessionResult, UserSessions } from '@shared/contract/sessions'
import { api, unwrap } from '../api'

/** A user's active sessions; signing out everywhere goes through the users store (`globalSignOut`). */
export const useSessionsStore = defineStore('sessions', () => {
  function list(poolId: string, username: string): Promise<UserSessions> {
    return unwrap(api().sessions.list({ poolId, username }))
  }

  function revoke(poolId: string, username: string, sessionId: string): Promise<RevokeSessionResult> {
    return unwrap(api().sessions.revoke({ poolId, username, sessionId }))
  }

  return { list, revoke }
})
