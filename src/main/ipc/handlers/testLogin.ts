import {
  loginView,
  readTarget,
  refreshLogin,
  respondToChallenge,
  setupTotp,
  startLogin,
  type AuthDeps
} from '../../cognito/testLogin'
import { hostedUiLogin } from '../../cognito/hosted-ui'
import { resendSignInCode, startChoiceLogin } from '../../cognito/choice-sign-in'
import { machineToken } from '../../cognito/machine-tokens'
import { globalSignOutLogin, probeLogin, revokeLogin } from '../../cognito/token-lifecycle'
import type { AppContext } from '../../context'
import type { DomainHandlers } from '../router'

function deps(ctx: AppContext): AuthDeps {
  const { connection, clients } = ctx.connections.active()
  return { idp: clients.idp, logins: ctx.logins, connectionId: connection.id }
}

export const testLoginHandlers: DomainHandlers<'testLogin'> = {
  target: async (req, ctx) =>
    (await readTarget(ctx.connections.active().clients.idp, req.poolId, req.clientId)).target,
  start: (req, ctx) => startLogin(deps(ctx), req),
  startChoice: (req, ctx) => startChoiceLogin(deps(ctx), req),
  resendCode: (req, ctx) => resendSignInCode(deps(ctx), req.loginId),
  respond: (req, ctx) => respondToChallenge(deps(ctx), req.loginId, req.answer),
  setupTotp: (req, ctx) => setupTotp(deps(ctx), req.loginId),
  refresh: (req, ctx) => refreshLogin(deps(ctx), req.loginId),
  revoke: (req, ctx) => revokeLogin(deps(ctx), req.loginId),
  globalSignOut: (req, ctx) => globalSignOutLogin(deps(ctx), req.loginId),
  probe: (req, ctx) => probeLogin(deps(ctx), req.loginId, req.check),
  machineToken: (req, ctx) => machineToken(ctx.connections.active().clients.idp, req),
  hostedUi: (req, ctx) => hostedUiLogin(deps(ctx), ctx.authWindow, req),
  list: (_req, ctx) => ({ logins: ctx.logins.list() }),
  get: (req, ctx) => loginView(ctx.logins, req.loginId),
  clear: (req, ctx) => ({ cleared: ctx.logins.clear(req.loginId) })
}
