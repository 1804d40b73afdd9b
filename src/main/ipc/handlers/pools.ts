import { listUserPools } from '../../cognito/pools'
import type { DomainHandlers } from '../router'

export const poolsHandlers: DomainHandlers<'pools'> = {
  list: async (req, ctx) => ({ pools: await listUserPools(ctx.connections.active().clients.idp, req.max) })
}
