import { applyTags, listTags } from '../../cognito/tags'
import type { DomainHandlers } from '../router'

export const tagsHandlers: DomainHandlers<'tags'> = {
  list: (req, ctx) => listTags(ctx.connections.active().clients, req),
  apply: ({ tags, ...target }, ctx) => applyTags(ctx.connections.active().clients, target, tags)
}
