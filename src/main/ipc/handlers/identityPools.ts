import {
  createIdentityPool,
  deleteIdentities,
  deleteIdentityPool,
  describeIdentity,
  describeIdentityPool,
  listIdentities,
  listIdentityPools,
  listRoles,
  readRoles,
  updateIdentityPool
} from '../../cognito/identityPools'
import type { DomainHandlers } from '../router'

export const identityPoolsHandlers: DomainHandlers<'identityPools'> = {
  list: async (_req, ctx) => ({ pools: await listIdentityPools(ctx.connections.active().clients.identity) }),
  describe: async (req, ctx) => {
    const { identity } = ctx.connections.active().clients
    const pool = await describeIdentityPool(identity, req.identityPoolId)
    return { pool, roles: await readRoles(identity, req.identityPoolId, ctx.connections.errorContext()) }
  },
  create: (req, ctx) =>
    createIdentityPool(ctx.connections.active().clients.identity, req, ctx.connections.errorContext()),
  update: (req, ctx) =>
    updateIdentityPool(
      ctx.connections.active().clients.identity,
      req.identityPoolId,
      req,
      ctx.connections.errorContext()
    ),
  delete: async (req, ctx) => ({
    deleted: await deleteIdentityPool(
      ctx.connections.active().clients.identity,
      req.identityPoolId,
      req.confirmName
    )
  }),
  listRoles: async (_req, ctx) => ({ roles: await listRoles(ctx.connections.active().clients.iam) }),
  listIdentities: (req, ctx) =>
    listIdentities(
      ctx.connections.active().clients.identity,
      req.identityPoolId,
      req.maxResults,
      req.nextToken
    ),
  describeIdentity: (req, ctx) => describeIdentity(ctx.connections.active().clients.identity, req.identityId),
  deleteIdentities: (req, ctx) => deleteIdentities(ctx.connections.active().clients.identity, req.identityIds)
}
