import { getMessages, setMessages } from '../../cognito/messages'
import type { DomainHandlers } from '../router'

export const messagesHandlers: DomainHandlers<'messages'> = {
  get: (req, ctx) => getMessages(ctx.connections.active().clients.idp, req.poolId),
  set: (req, ctx) => setMessages(ctx.connections.active().clients.idp, req.poolId, req.settings)
}
