import { createTerms, deleteTerms, listTerms, updateTerms } from '../../cognito/terms'
import type { DomainHandlers } from '../router'

export const termsHandlers: DomainHandlers<'terms'> = {
  list: (req, ctx) => listTerms(ctx.connections.active().clients.idp, req.poolId),
  create: (req, ctx) => createTerms(ctx.connections.active().clients.idp, req),
  update: (req, ctx) => updateTerms(ctx.connections.active().clients.idp, req),
  delete: async (req, ctx) => {
    await deleteTerms(ctx.connections.active().clients.idp, req.poolId, req.termsId)
    return { deleted: true }
  }
}
