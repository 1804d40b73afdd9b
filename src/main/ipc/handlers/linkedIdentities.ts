import { linkIdentity, listLinkedIdentities, unlinkIdentity } from '../../cognito/linkedIdentities'
import { userScope } from '../../cognito/user-actions'
import type { DomainHandlers } from '../router'

export const linkedIdentitiesHandlers: DomainHandlers<'linkedIdentities'> = {
  list: (req, ctx) => listLinkedIdentities(userScope(ctx, req.poolId), req),
  link: (req, ctx) => linkIdentity(userScope(ctx, req.poolId), req),
  unlink: (req, ctx) => unlinkIdentity(userScope(ctx, req.poolId), req)
}
