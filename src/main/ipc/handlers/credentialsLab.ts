import { runCredentialsLab, unlinkLabLogin } from '../../cognito/credentialsLab'
import type { DomainHandlers } from '../router'

export const credentialsLabHandlers: DomainHandlers<'credentialsLab'> = {
  run: (req, ctx) => {
    const { connection, clients } = ctx.connections.active()
    return runCredentialsLab(req, {
      identity: clients.identity,
      sts: clients.sts,
      region: connection.region,
      ...(connection.endpoint ? { endpoint: connection.endpoint } : {}),
      errorContext: ctx.connections.errorContext(connection),
      lookupLogin: (loginId) => ctx.logins.idToken(loginId),
      keepRun: (run, tokenExpiresAt) =>
        ctx.labRuns.keep({ connectionId: connection.id, ...run }, tokenExpiresAt)
    })
  },
  unlinkLogin: (req, ctx) => {
    const { connection, clients } = ctx.connections.active()
    return unlinkLabLogin(clients.identity, ctx.labRuns, connection.id, req)
  }
}
