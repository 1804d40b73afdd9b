import { DEFAULT_QUOTAS } from '@shared/quotas'
import type { DomainHandlers } from '../router'

export const limitsHandlers: DomainHandlers<'limits'> = {
  quotas: (_req, ctx) => ({ defaults: DEFAULT_QUOTAS, overrides: ctx.store.get('quotas') }),
  setQuotas: (req, ctx) => {
    ctx.store.set('quotas', req.overrides)
    ctx.limits.setQuotas(req.overrides)
    return { defaults: DEFAULT_QUOTAS, overrides: ctx.store.get('quotas') }
  }
}
