import { createReplica, deleteReplica, listReplicas, updateReplica } from '../../cognito/replicas'
import type { DomainHandlers } from '../router'

export const replicasHandlers: DomainHandlers<'replicas'> = {
  list: (req, ctx) => listReplicas(ctx.connections.active().clients.idp, req.poolId),
  create: (req, ctx) => createReplica(ctx.connections.active().clients.idp, req.poolId, req.region),
  update: (req, ctx) =>
    updateReplica(ctx.connections.active().clients.idp, req.poolId, req.region, req.status),
  delete: (req, ctx) => deleteReplica(ctx.connections.active().clients.idp, req.poolId, req.region)
}
