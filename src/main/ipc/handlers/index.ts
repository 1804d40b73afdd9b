import type { Handlers } from '../router'
import { appHandlers } from './app'
import { auditHandlers } from './audit'
import { limitsHandlers } from './limits'
import { authHandlers } from './auth'
import { connectionsHandlers } from './connections'
import { poolsHandlers } from './pools'
import { settingsHandlers } from './settings'
import { tokensHandlers } from './tokens'
import { usersHandlers } from './users'

/** One handler per contract channel; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  app: appHandlers,
  settings: settingsHandlers,
  connections: connectionsHandlers,
  pools: poolsHandlers,
  users: usersHandlers,
  auth: authHandlers,
  tokens: tokensHandlers,
  audit: auditHandlers,
  limits: limitsHandlers
}
