import {
  addClientSecret,
  createAppClient,
  deleteAppClient,
  deleteClientSecret,
  describeAppClient,
  listAppClients,
  listClientSecrets,
  revealClientSecret,
  rotateClientSecret,
  updateAppClient
} from '../../cognito/appClients'
import type { DomainHandlers } from '../router'

export const appClientsHandlers: DomainHandlers<'appClients'> = {
  list: async (req, ctx) => ({
    clients: await listAppClients(ctx.connections.active().clients.idp, req.poolId)
  }),
  describe: (req, ctx) => describeAppClient(ctx.connections.active().clients.idp, req.poolId, req.clientId),
  revealSecret: async (req, ctx) => ({
    secret: await revealClientSecret(ctx.connections.active().clients.idp, req.poolId, req.clientId)
  }),
  create: (req, ctx) => {
    const { poolId, generateSecret, ...settings } = req
    return createAppClient(ctx.connections.active().clients.idp, poolId, settings, generateSecret)
  },
  update: (req, ctx) => {
    const { poolId, clientId, ...settings } = req
    return updateAppClient(ctx.connections.active().clients.idp, poolId, clientId, settings)
  },
  listSecrets: async (req, ctx) => ({
    secrets: await listClientSecrets(ctx.connections.active().clients.idp, req.poolId, req.clientId)
  }),
  addSecret: async (req, ctx) => ({
    secret: await addClientSecret(ctx.connections.active().clients.idp, req.poolId, req.clientId)
  }),
  deleteSecret: async (req, ctx) => {
    const { poolId, clientId, secretId } = req
    await deleteClientSecret(ctx.connections.active().clients.idp, poolId, clientId, secretId)
    return { deleted: true }
  },
  rotateSecret: (req, ctx) =>
    rotateClientSecret(ctx.connections.active().clients.idp, req.poolId, req.clientId),
  delete: async (req, ctx) => {
    await deleteAppClient(ctx.connections.active().clients.idp, req.poolId, req.clientId)
    return { deleted: true }
  }
}
