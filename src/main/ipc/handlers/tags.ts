import { applyTags, listTags } from '../../cognito/tags'
import type { DomainHandlers } from '../router'

export const tagsHandlers: DomainHandlers<'tags'> = {
  list: (req, ctx) => listTags(ctx.connections.active().clients.idp, req.poolId),
  apply: (req, ctx) => applyTags(ctx.connections.active().clients.idp, req.poolId, req.tags)
}
