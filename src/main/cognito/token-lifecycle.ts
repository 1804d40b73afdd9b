import {
  GetUserCommand,
  GlobalSignOutCommand,
  RevokeTokenCommand
} from '@aws-sdk/client-cognito-identity-provider'
import type { LoginView, ProbeCheck, ProbeResult } from '@shared/contract/testLogin'
import { AppError } from '@shared/errors'
import { record, viewOf, type LoginSession } from './login-sessions'
import {
  assertSameConnection,
  readTarget,
  sendRecorded,
  sendRefresh,
  signedInTokens,
  type AuthDeps
} from './testLogin'

/** Probes kept per login: enough to show before and after, bounded like the history. */
const MAX_PROBES = 20

function signedInLogin(deps: AuthDeps, loginId: string): LoginSession {
  const login = deps.logins.get(loginId)
  assertSameConnection(deps, login)
  return login
}

/** RevokeToken: the refresh token and every access and ID token issued from it stop working. */
export async function revokeLogin(deps: AuthDeps, loginId: string): Promise<LoginView> {
  const login = signedInLogin(deps, loginId)
  const { refreshToken } = signedInTokens(login)
  const { target } = await readTarget(deps.idp, login.poolId, login.clientId)
  if (!target.tokenRevocation) {
    throw new AppError('PRECONDITION', 'This app client does not allow token revocation.', {
      name: 'RevocationDisabled',
      hint: 'Turn on token revocation (EnableTokenRevocation) in the app client’s settings.'
    })
  }
  await sendRecorded(
    deps.idp,
    login,
    new RevokeTokenCommand({
      ClientId: login.clientId,
      Token: refreshToken,
      ...(login.clientSecret ? { ClientSecret: login.clientSecret } : {})
    })
  )
  login.lifecycle.revokedAt = new Date().toISOString()
  record(login, 'answered', 'RevokeToken')
  return viewOf(login)
}

/** GlobalSignOut with the user's access token: all the user's refresh tokens stop working. */
export async function globalSignOutLogin(deps: AuthDeps, loginId: string): Promise<LoginView> {
  const login = signedInLogin(deps, loginId)
  const { accessToken } = signedInTokens(login)
  await sendRecorded(deps.idp, login, new GlobalSignOutCommand({ AccessToken: accessToken }))
  login.lifecycle.signedOutAt = new Date().toISOString()
  record(login, 'answered', 'GlobalSignOut')
  return viewOf(login)
}

function refused(error: unknown): { errorName: string; message: string } {
  const e = error as { name?: unknown; message?: unknown } | null
  return {
    errorName: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(error)
  }
}

/**
 * Tries a token and records whether Cognito still accepts it: the access token with GetUser, the
 * current or the rotated-out refresh token with a refresh. Tokens a probe's refresh returns are dropped:
 * the probe asks a question, it does not replace the login's tokens.
 */
export async function probeLogin(deps: AuthDeps, loginId: string, check: ProbeCheck): Promise<LoginView> {
  const login = signedInLogin(deps, loginId)
  const tokens = signedInTokens(login)
  let operation = 'GetUser'
  let attempt: () => Promise<unknown>
  if (check === 'accessToken') {
    attempt = () => sendRecorded(deps.idp, login, new GetUserCommand({ AccessToken: tokens.accessToken }))
  } else {
    const token = check === 'previousRefresh' ? login.previousRefreshToken : tokens.refreshToken
    if (!token) {
      throw new AppError('PRECONDITION', 'No refresh token was rotated out yet.', {
        hint: 'Refresh once with a client that rotates refresh tokens, then try the previous one.'
      })
    }
    const { target } = await readTarget(deps.idp, login.poolId, login.clientId)
    operation = target.refreshRotation ? 'GetTokensFromRefreshToken' : 'REFRESH_TOKEN_AUTH'
    attempt = () => sendRefresh(deps, login, target.refreshRotation !== undefined, token)
  }
  const result: ProbeResult = { check, operation, accepted: true, at: new Date().toISOString() }
  try {
    await attempt()
  } catch (error) {
    // An endpoint without the operation answers nothing about the token: say so instead of "refused".
    if ((error as { code?: unknown }).code === 'UNSUPPORTED_OPERATION') throw error
    Object.assign(result, { accepted: false }, refused(error))
  }
  login.lifecycle.probes.push(result)
  if (login.lifecycle.probes.length > MAX_PROBES) login.lifecycle.probes.shift()
  record(login, result.accepted ? 'answered' : 'failed', `${operation} (${check})`)
  return viewOf(login)
}
