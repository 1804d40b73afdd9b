import {
  addGroupMember,
  createGroup,
  deleteGroup,
  listGroupMembers,
  listGroups,
  removeGroupMember,
  updateGroup
} from '../../cognito/groups'
import type { DomainHandlers } from '../router'

export const groupsHandlers: DomainHandlers<'groups'> = {
  list: async (req, ctx) => ({ groups: await listGroups(ctx.connections.active().clients.idp, req.poolId) }),
  create: (req, ctx) => createGroup(ctx.connections.active().clients.idp, req),
  update: (req, ctx) => updateGroup(ctx.connections.active().clients.idp, req),
  delete: async (req, ctx) => {
    await deleteGroup(ctx.connections.active().clients.idp, req.poolId, req.name)
    return { deleted: true }
  },
  members: (req, ctx) => listGroupMembers(ctx.connections.active().clients.idp, req),
  addMember: async (req, ctx) => {
    await addGroupMember(ctx.connections.active().clients.idp, req.poolId, req.name, req.username)
    return { added: true }
  },
  removeMember: async (req, ctx) => {
    await removeGroupMember(ctx.connections.active().clients.idp, req.poolId, req.name, req.username)
    return { removed: true }
  }
}
