import { createGroup, deleteGroup, listGroupMembers, listGroups, updateGroup } from '../../cognito/groups'
import type { DomainHandlers } from '../router'

export const groupsHandlers: DomainHandlers<'groups'> = {
  list: async (req, ctx) => ({ groups: await listGroups(ctx.connections.active().clients.idp, req.poolId) }),
  create: (req, ctx) => createGroup(ctx.connections.active().clients.idp, req),
  update: (req, ctx) => updateGroup(ctx.connections.active().clients.idp, req),
  delete: async (req, ctx) => {
    const { connection, clients } = ctx.connections.active()
    await deleteGroup(clients.idp, req.poolId, req.name, ctx.indexes.loaded(connection.id, req.poolId))
    return { deleted: true }
  },
  members: (req, ctx) => listGroupMembers(ctx.connections.active().clients.idp, req)
}
