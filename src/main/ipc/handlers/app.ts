import type { DomainHandlers } from '../router'

export const appHandlers: DomainHandlers<'app'> = {
  info: (_req, ctx) => ctx.info
}
