import {
  loginView,
  readTarget,
  refreshLogin,
  respondToChallenge,
  setupTotp,
  startLogin,
  authDeps
} from '../../cognito/testLogin'
import { hostedUiLogin } from '../../cognito/hosted-ui'
import { resendSignInCode, startChoiceLogin } from '../../cognito/choice-sign-in'
import { machineToken } from '../../cognito/machine-tokens'
import { globalSignOutLogin, probeLogin, revokeLogin } from '../../cognito/token-lifecycle'
import type { DomainHandlers } from '../router'

export const testLoginHandlers: DomainHandlers<'testLogin'> = {
  target: async (req, ctx) =>
    (await readTarget(ctx.connections.active().clients.idp, req.poolId, req.clientId)).target,
  start: (req, ctx) => startLogin(authDeps(ctx), req),
  startChoice: (req, ctx) => startChoiceLogin(authDeps(ctx), req),
  resendCode: (req, ctx) => resendSignInCode(authDeps(ctx), req.loginId),
  respond: (req, ctx) => respondToChallenge(authDeps(ctx), req.loginId, req.answer),
  setupTotp: (req, ctx) => setupTotp(authDeps(ctx), req.loginId),
  refresh: (req, ctx) => refreshLogin(authDeps(ctx), req.loginId),
  revoke: (req, ctx) => revokeLogin(authDeps(ctx), req.loginId),
  globalSignOut: (req, ctx) => globalSignOutLogin(authDeps(ctx), req.loginId),
  probe: (req, ctx) => probeLogin(authDeps(ctx), req.loginId, req.check),
  machineToken: (req, ctx) => machineToken(ctx.connections.active().clients.idp, req),
  hostedUi: (req, ctx) => hostedUiLogin(authDeps(ctx), ctx.authWindow, req),
  list: (_req, ctx) => ({ logins: ctx.logins.list() }),
  get: (req, ctx) => loginView(ctx.logins, req.loginId),
  clear: (req, ctx) => ({ cleared: ctx.logins.clear(req.loginId) })
}
