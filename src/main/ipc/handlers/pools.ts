import {
  addCustomAttributes,
  createPool,
  deletePool,
  describePoolOverview,
  listUserPools,
  poolFacts,
  updatePool
} from '../../cognito/pools'
import type { DomainHandlers } from '../router'

export const poolsHandlers: DomainHandlers<'pools'> = {
  list: async (req, ctx) => ({ pools: await listUserPools(ctx.connections.active().clients.idp, req.max) }),
  facts: async (req, ctx) => ({ facts: await poolFacts(ctx.connections.active().clients.idp, req.poolIds) }),
  describe: (req, ctx) => describePoolOverview(ctx.connections.active().clients.idp, req.poolId),
  create: (req, ctx) => createPool(ctx.connections.active().clients.idp, req),
  update: (req, ctx) => updatePool(ctx.connections.active().clients.idp, req),
  addCustomAttributes: (req, ctx) =>
    addCustomAttributes(ctx.connections.active().clients.idp, req.poolId, req.attributes),
  delete: async (req, ctx) => {
    await deletePool(ctx.connections.active().clients.idp, req.poolId, req.confirmName)
    return { deleted: true }
  }
}
