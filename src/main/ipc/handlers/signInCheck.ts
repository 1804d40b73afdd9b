import { checkSignIn, findUsers } from '../../cognito/signInCheck'
import type { DomainHandlers } from '../router'

export const signInCheckHandlers: DomainHandlers<'signInCheck'> = {
  find: (req, ctx) => findUsers(ctx.connections.active().clients.idp, req.poolId, req.identifier),
  run: (req, ctx) => checkSignIn(ctx.connections.active().clients.idp, req, req.client)
}
