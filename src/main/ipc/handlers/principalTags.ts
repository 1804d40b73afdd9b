import { getPrincipalTags, setPrincipalTags } from '../../cognito/principalTags'
import type { DomainHandlers } from '../router'

export const principalTagsHandlers: DomainHandlers<'principalTags'> = {
  get: (req, ctx) =>
    getPrincipalTags(ctx.connections.active().clients.identity, req.identityPoolId, req.providerName),
  set: (req, ctx) => setPrincipalTags(ctx.connections.active().clients.identity, req)
}
