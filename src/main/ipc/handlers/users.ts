import { listUsersPage } from '../../cognito/users'
import type { DomainHandlers } from '../router'

export const usersHandlers: DomainHandlers<'users'> = {
  list: (req, ctx) => listUsersPage(ctx.connections.active().clients.idp, req)
}
