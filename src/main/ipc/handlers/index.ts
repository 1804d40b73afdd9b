import type { Handlers } from '../router'
import { appHandlers } from './app'
import { clientsHandlers } from './clients'
import { clientsHandlers } from './clients'
import { groupsHandlers } from './groups'
import { connectionsHandlers } from './connections'
import { groupsHandlers } from './groups'
import { poolsHandlers } from './pools'
import { settingsHandlers } from './settings'
import { usersHandlers } from './users'

/** One handler per contract channel; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  app: appHandlers,
  settings: settingsHandlers,
  connections: connectionsHandlers,
  pools: poolsHandlers,
  clients: clientsHandlers,
  groups: groupsHandlers,
  clients: clientsHandlers,
  groups: groupsHandlers,
  users: usersHandlers
}
