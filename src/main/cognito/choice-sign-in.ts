import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider'
import type { FirstFactor } from '@shared/capabilities'
import { RESENDABLE_CHALLENGES, type LoginView } from '@shared/contract/testLogin'
import { AppError } from '@shared/errors'
import { record, type LoginSession } from './login-sessions'
import { createSrpClient } from './srp'
import {
  answerPasswordVerifier,
  apply,
  assertSameConnection,
  assertFlowAllowed,
  explainSignInError,
  openLogin,
  readTarget,
  sendRecorded,
  withSecret,
  type AuthDeps,
  type AuthOutcome
} from './testLogin'

export interface ChoiceStart {
  poolId: string
  clientId: string
  username: string
  preferredChallenge?: FirstFactor | undefined
  password?: string | undefined
}

/** InitiateAuth USER_AUTH, with the preferred factor's own parameters (password, SRP_A) when one is given. */
async function initiateChoice(
  deps: AuthDeps,
  login: LoginSession,
  preferred: FirstFactor | undefined,
  password: string | undefined
): Promise<AuthOutcome> {
  const params: Record<string, string> = { USERNAME: login.username }
  if (preferred) params.PREFERRED_CHALLENGE = preferred
  if (preferred === 'PASSWORD' && password) params.PASSWORD = password
  const srp = preferred === 'PASSWORD_SRP' ? createSrpClient() : undefined
  if (srp) params.SRP_A = srp.largeA.toString(16)
  const started = await sendRecorded(
    deps.idp,
    login,
    new InitiateAuthCommand({
      AuthFlow: 'USER_AUTH',
      ClientId: login.clientId,
      AuthParameters: withSecret(login, params)
    })
  )
  return srp && password ? answerPasswordVerifier(deps.idp, login, srp, password, started) : started
}

/** Refuses a preferred factor the client or pool does not allow, before anything is sent. */
function assertFactorAllowed(
  factors: Awaited<ReturnType<typeof readTarget>>['target']['factors'],
  preferred: FirstFactor | undefined
): void {
  const verdict = preferred ? factors.find((f) => f.factor === preferred) : undefined
  if (!verdict || verdict.works) return
  const reason = verdict.reasons.find((r) => r.severity === 'blocking')
  throw new AppError(
    'PRECONDITION',
    `This client and pool do not allow ${verdict.factor} as a first factor.`,
    {
      name: 'FactorNotAllowed',
      hint:
        reason?.code === 'liteTier'
          ? 'Codes and passkeys need the Essentials or Plus feature plan (UserPoolTier).'
          : `Allow ${reason?.setting ?? verdict.factor} in the pool’s sign-in policy and ALLOW_USER_AUTH on the client, or start without a preferred factor.`,
      params: { factor: verdict.factor, reason: reason?.code ?? '' }
    }
  )
}

/** Starts a choice-based sign-in (USER_AUTH): the offered factors, the preferred factor's challenge, or tokens. */
export async function startChoiceLogin(deps: AuthDeps, req: ChoiceStart): Promise<LoginView> {
  const read = await readTarget(deps.idp, req.poolId, req.clientId, { withSecret: true })
  const { target } = read
  assertFlowAllowed(target, 'USER_AUTH')
  assertFactorAllowed(target.factors, req.preferredChallenge)
  const login = openLogin(deps, read, req, 'USER_AUTH')
  record(login, 'started', req.preferredChallenge ? `USER_AUTH ${req.preferredChallenge}` : 'USER_AUTH')
  try {
    const outcome = await initiateChoice(deps, login, req.preferredChallenge, req.password)
    return apply(login, outcome, target.authSessionMinutes)
  } catch (error) {
    deps.logins.clear(login.loginId)
    throw explainSignInError(error, 'USER_AUTH', req.password !== undefined)
  }
}

/**
 * Cognito has no separate resend for sign-in codes: starting USER_AUTH again with the same factor
 * sends a new code and a new session, which replaces the pending one.
 */
export async function resendSignInCode(deps: AuthDeps, loginId: string): Promise<LoginView> {
  const login = deps.logins.get(loginId)
  assertSameConnection(deps, login)
  const pending = login.pending
  const name = pending?.name as (typeof RESENDABLE_CHALLENGES)[number] | undefined
  if (!pending || !name || !RESENDABLE_CHALLENGES.includes(name) || login.method !== 'USER_AUTH') {
    throw new AppError(
      'PRECONDITION',
      'Only an email or SMS code of a choice-based sign-in can be sent again.',
      {
        hint: 'Start a new choice-based sign-in and pick the email or SMS code.'
      }
    )
  }
  try {
    const outcome = await initiateChoice(deps, login, name, undefined)
    return apply(login, outcome, pending.sessionMinutes)
  } catch (error) {
    record(login, 'failed', 'resend')
    throw explainSignInError(error, 'USER_AUTH')
  }
}
