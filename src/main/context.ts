import type { AppInfo } from '@shared/contract/app'
import { ConnectionManager, type ConnectionManagerOptions } from './aws/connections'
import { LoginSessions } from './cognito/login-sessions'
import { JwksCache } from './cognito/tokens'
import type { EventSink } from './events'
import type { SettingsStore } from './store/settings'

/** Everything a handler may use. Built once by the Electron entry, and by tests around the same parts. */
export interface AppContext {
  store: SettingsStore
  events: EventSink
  connections: ConnectionManager
  info: AppInfo
  /** Test logins and their tokens, in memory only; cleared on demand and on quit. */
  logins: LoginSessions
  /** User pools' signing keys, fetched by main for the token inspector. */
  jwks: JwksCache
  /** Opens the managed-login window; only the Electron entry provides it. */
  authWindow?: AuthWindowOpener
}

/**
 * Opens `url` in an isolated window (its own in-memory session) and resolves with the first URL it is
 * sent to under `redirectUri`, without loading it; rejects when the person closes the window.
 */
export interface AuthWindowOpener {
  open(url: string, redirectUri: string): Promise<string>
}

export interface AppContextOptions {
  store: SettingsStore
  events: EventSink
  info: AppInfo
  connections?: ConnectionManagerOptions
  authWindow?: AuthWindowOpener
}

export function createAppContext(options: AppContextOptions): AppContext {
  return {
    store: options.store,
    events: options.events,
    info: options.info,
    connections: new ConnectionManager(options.store, options.events, options.connections),
    logins: new LoginSessions(),
    jwks: new JwksCache(),
    ...(options.authWindow ? { authWindow: options.authWindow } : {})
  }
}

export function disposeAppContext(ctx: AppContext): void {
  ctx.connections.dispose()
  ctx.logins.clear()
}
