import { getLogDelivery, setLogDelivery } from '../../cognito/logDelivery'
import type { DomainHandlers } from '../router'

export const logDeliveryHandlers: DomainHandlers<'logDelivery'> = {
  get: (req, ctx) => getLogDelivery(ctx.connections.active().clients.idp, req.poolId),
  set: (req, ctx) => setLogDelivery(ctx.connections.active().clients.idp, req.poolId, req.entries)
}
