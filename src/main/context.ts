import type { AppInfo } from '@shared/contract/app'
import { ConnectionManager, type ConnectionManagerOptions } from './aws/connections'
import type { EventSink } from './events'
import type { SettingsStore } from './store/settings'

/** Everything a handler may use. Built once by the Electron entry, and by tests around the same parts. */
export interface AppContext {
  store: SettingsStore
  events: EventSink
  connections: ConnectionManager
  info: AppInfo
}

export interface AppContextOptions {
  store: SettingsStore
  events: EventSink
  info: AppInfo
  connections?: ConnectionManagerOptions
}

export function createAppContext(options: AppContextOptions): AppContext {
  return {
    store: options.store,
    events: options.events,
    info: options.info,
    connections: new ConnectionManager(options.store, options.events, options.connections)
  }
}

export function disposeAppContext(ctx: AppContext): void {
  ctx.connections.dispose()
}
