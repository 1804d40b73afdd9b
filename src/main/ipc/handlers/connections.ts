import { listProfiles } from '../../aws/profiles'
import type { DomainHandlers } from '../router'

export const connectionsHandlers: DomainHandlers<'connections'> = {
  list: (_req, ctx) => ctx.connections.state(),
  profiles: () => listProfiles(),
  save: (req, ctx) => ctx.connections.save(req),
  remove: (req, ctx) => ctx.connections.remove(req.id),
  activate: (req, ctx) => {
    // A lab run's login belongs to the connection it ran on.
    ctx.labRuns.clear()
    return ctx.connections.activate(req.id)
  },
  test: (req, ctx) => ctx.connections.test(req.id),
  answerMfa: (req, ctx) => ctx.connections.answerMfa(req.requestId, req.code)
}
