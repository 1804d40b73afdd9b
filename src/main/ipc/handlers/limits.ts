import { readAccountQuotas } from '../../aws/limits'
import type { AppContext } from '../../context'
import type { DomainHandlers } from '../router'

/** Reads the active connection's provisioned limits (always with `again`, else once) and applies them. */
async function withAccount(ctx: AppContext, again: boolean) {
  const connection = ctx.connections.activeConnection()
  if (connection && (again || !ctx.limits.hasAccountQuotas(connection.id, connection.region))) {
    const { clients } = ctx.connections.open(connection.id)
    ctx.limits.setAccountQuotas(connection.id, connection.region, await readAccountQuotas(clients.idp))
  }
  return ctx.limits.settings(connection?.id)
}

export const limitsHandlers: DomainHandlers<'limits'> = {
  quotas: (_req, ctx) => withAccount(ctx, false),
  readAccount: (_req, ctx) => withAccount(ctx, true),
  setQuotas: (req, ctx) => {
    ctx.store.set('quotas', req.overrides)
    ctx.limits.setQuotas(req.overrides)
    return ctx.limits.settings(ctx.connections.activeConnection()?.id)
  }
}
