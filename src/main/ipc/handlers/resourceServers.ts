import {
  createResourceServer,
  deleteResourceServer,
  describeResourceServer,
  listResourceServers,
  updateResourceServer
} from '../../cognito/resourceServers'
import type { DomainHandlers } from '../router'

export const resourceServersHandlers: DomainHandlers<'resourceServers'> = {
  list: async (req, ctx) => ({
    servers: await listResourceServers(ctx.connections.active().clients.idp, req.poolId)
  }),
  describe: (req, ctx) =>
    describeResourceServer(ctx.connections.active().clients.idp, req.poolId, req.identifier),
  create: (req, ctx) => createResourceServer(ctx.connections.active().clients.idp, req),
  update: (req, ctx) => updateResourceServer(ctx.connections.active().clients.idp, req),
  delete: async (req, ctx) => {
    await deleteResourceServer(ctx.connections.active().clients.idp, req.poolId, req.identifier)
    return { deleted: true }
  }
}
