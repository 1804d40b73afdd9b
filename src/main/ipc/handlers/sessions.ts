import { listSessions, revokeSession, sessionTracking } from '../../cognito/sessions'
import type { DomainHandlers } from '../router'

export const sessionsHandlers: DomainHandlers<'sessions'> = {
  list: async (req, ctx) => {
    const idp = ctx.connections.active().clients.idp
    const [tracking, sessions] = await Promise.all([sessionTracking(idp, req.poolId), listSessions(idp, req)])
    return { tracking, sessions }
  },
  revoke: (req, ctx) => revokeSession(ctx.connections.active().clients.idp, req)
}
