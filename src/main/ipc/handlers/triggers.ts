import { listFunctions, listTriggers, removeTrigger, setTrigger } from '../../cognito/triggers'
import type { DomainHandlers } from '../router'

export const triggersHandlers: DomainHandlers<'triggers'> = {
  list: (req, ctx) => {
    const { idp, lambda } = ctx.connections.active().clients
    return listTriggers(idp, lambda, req.poolId)
  },
  functions: (_req, ctx) => listFunctions(ctx.connections.active().clients.lambda),
  set: (req, ctx) => {
    const { idp, lambda } = ctx.connections.active().clients
    const { poolId, ...input } = req
    return setTrigger(idp, lambda, poolId, input)
  },
  remove: (req, ctx) => {
    const { idp, lambda } = ctx.connections.active().clients
    return removeTrigger(idp, lambda, req.poolId, req.kind)
  }
}
