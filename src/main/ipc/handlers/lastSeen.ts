import type { DomainHandlers } from '../router'

export const lastSeenHandlers: DomainHandlers<'lastSeen'> = {
  load: (req, ctx) => {
    const { clients, connection } = ctx.connections.active()
    return ctx.lastSeenLoads.run(clients.idp, ctx.indexes.require(connection.id, req.poolId), req)
  },
  cancel: (req, ctx) => ctx.lastSeenLoads.cancel(req.loadId)
}
