import {
  createClient,
  deleteClient,
  describeClient,
  listClients,
  revealClientSecret,
  rotateClientSecret,
  updateClient
} from '../../cognito/clients'
import type { DomainHandlers } from '../router'

export const clientsHandlers: DomainHandlers<'clients'> = {
  list: async (req, ctx) => ({
    clients: await listClients(ctx.connections.active().clients.idp, req.poolId)
  }),
  describe: (req, ctx) => describeClient(ctx.connections.active().clients.idp, req.poolId, req.clientId),
  revealSecret: async (req, ctx) => ({
    secret: await revealClientSecret(ctx.connections.active().clients.idp, req.poolId, req.clientId)
  }),
  create: (req, ctx) => {
    const { poolId, generateSecret, ...settings } = req
    return createClient(ctx.connections.active().clients.idp, poolId, settings, generateSecret)
  },
  update: (req, ctx) => {
    const { poolId, clientId, ...settings } = req
    return updateClient(ctx.connections.active().clients.idp, poolId, clientId, settings)
  },
  rotateSecret: (req, ctx) =>
    rotateClientSecret(ctx.connections.active().clients.idp, req.poolId, req.clientId),
  delete: async (req, ctx) => {
    await deleteClient(ctx.connections.active().clients.idp, req.poolId, req.clientId)
    return { deleted: true }
  }
}
