import { randomUUID } from 'node:crypto'
import type {
  LoginEvent,
  LoginMethod,
  LoginSummary,
  LoginTokens,
  LoginView,
  TokenLifecycle
} from '@shared/contract/testLogin'
import { AppError } from '@shared/errors'

/** A challenge Cognito is waiting for: its name, the Session to send back, and what it asked. */
export interface PendingChallenge {
  name: string
  session: string
  parameters: Record<string, string>
  expiresAt: number
  sessionMinutes: number
}

/** One test login, held in main memory only: never written to disk, dropped on demand and on quit. */
export interface LoginSession {
  loginId: string
  connectionId: string
  poolId: string
  clientId: string
  region: string
  username: string
  /** The USERNAME Cognito expects in answers and SECRET_HASH (USER_ID_FOR_SRP after SRP). */
  challengeUsername: string
  method: LoginMethod
  /** Read from DescribeUserPoolClient in main for SECRET_HASH; never part of a LoginView. */
  clientSecret?: string
  pending?: PendingChallenge
  tokens?: LoginTokens
  /** The refresh token a rotation replaced, kept in memory to show that Cognito refuses it later. */
  previousRefreshToken?: string
  lifecycle: TokenLifecycle
  history: LoginEvent[]
  startedAt: string
}

export type NewLogin = Omit<
  LoginSession,
  'loginId' | 'history' | 'startedAt' | 'challengeUsername' | 'lifecycle'
>

/** What the identity-pool credentials lab needs to use a login's ID token as a Logins entry. */
export interface LoginIdToken {
  idToken: string
  poolId: string
  region: string
  clientId: string
  /** The Logins map key: cognito-idp.REGION.amazonaws.com/POOL_ID */
  providerName: string
}

export class LoginSessions {
  private readonly logins = new Map<string, LoginSession>()

  create(login: NewLogin): LoginSession {
    const session: LoginSession = {
      ...login,
      loginId: randomUUID(),
      challengeUsername: login.username,
      lifecycle: { probes: [] },
      history: [],
      startedAt: new Date().toISOString()
    }
    this.logins.set(session.loginId, session)
    return session
  }

  get(loginId: string): LoginSession {
    const login = this.logins.get(loginId)
    if (!login) {
      throw new AppError('NOT_FOUND', 'That test login is no longer in memory.', {
        hint: 'Logins are forgotten when cleared or when the app quits: sign in again.'
      })
    }
    return login
  }

  /** Every login, newest first. */
  list(): LoginSummary[] {
    return [...this.logins.values()].reverse().map((l) => ({
      loginId: l.loginId,
      poolId: l.poolId,
      clientId: l.clientId,
      username: l.username,
      method: l.method,
      status: l.tokens && !l.pending ? 'signedIn' : 'challenge',
      startedAt: l.startedAt
    }))
  }

  /** Forgets one login or all of them; returns how many were dropped. */
  clear(loginId?: string): number {
    if (loginId === undefined) {
      const count = this.logins.size
      this.logins.clear()
      return count
    }
    return this.logins.delete(loginId) ? 1 : 0
  }

  /** The ID token of a signed-in login, for the credentials lab's Logins map. */
  idToken(loginId: string): LoginIdToken {
    const login = this.get(loginId)
    const idToken = login.tokens?.idToken
    if (!idToken) {
      throw new AppError('PRECONDITION', 'This test login has no ID token yet.', {
        hint: 'Finish the sign-in (answer its challenge) first.'
      })
    }
    return {
      idToken,
      poolId: login.poolId,
      region: login.region,
      clientId: login.clientId,
      providerName: `cognito-idp.${login.region}.amazonaws.com/${login.poolId}`
    }
  }
}

export function record(
  login: LoginSession,
  kind: LoginEvent['kind'],
  detail: string,
  call?: LoginEvent['call']
): void {
  login.history.push({ at: new Date().toISOString(), kind, detail, ...(call ? { call } : {}) })
  // A long session of refreshes should not grow without bound.
  if (login.history.length > 50) login.history.splice(0, login.history.length - 50)
}

export function viewOf(login: LoginSession, challenge?: LoginView['challenge']): LoginView {
  const view: LoginView = {
    loginId: login.loginId,
    poolId: login.poolId,
    clientId: login.clientId,
    region: login.region,
    username: login.username,
    method: login.method,
    status: login.pending ? 'challenge' : 'signedIn',
    lifecycle: { ...login.lifecycle, probes: [...login.lifecycle.probes] },
    history: [...login.history],
    startedAt: login.startedAt
  }
  if (challenge) view.challenge = challenge
  if (login.tokens) view.tokens = { ...login.tokens }
  return view
}
