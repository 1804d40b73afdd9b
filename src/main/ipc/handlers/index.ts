import type { Handlers } from '../router'
import { appHandlers } from './app'
import { auditHandlers } from './audit'
import { limitsHandlers } from './limits'
import { connectionsHandlers } from './connections'
import { poolsHandlers } from './pools'
import { settingsHandlers } from './settings'
import { jobsHandlers } from './jobs'
import { usersHandlers } from './users'

/** One handler per contract channel; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  app: appHandlers,
  settings: settingsHandlers,
  connections: connectionsHandlers,
  pools: poolsHandlers,
  users: usersHandlers,
  jobs: jobsHandlers,
  audit: auditHandlers,
  limits: limitsHandlers
}
