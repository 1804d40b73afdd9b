import type { DomainHandlers } from '../router'

export const settingsHandlers: DomainHandlers<'settings'> = {
  get: (_req, ctx) => ctx.store.get('preferences'),
  update: (req, ctx) => {
    const next = { ...ctx.store.get('preferences'), ...req }
    ctx.store.set('preferences', next)
    return next
  }
}
