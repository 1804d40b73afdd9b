import type { DomainHandlers } from '../router'

export const userSearchHandlers: DomainHandlers<'userSearch'> = {
  run: (req, ctx) => ctx.userSearches.run(req, (id, region) => ctx.connections.openRegion(id, region)),
  cancel: (req, ctx) => ctx.userSearches.cancel(req.searchId)
}
