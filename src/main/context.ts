import { dirname, join } from 'node:path'
import { AuditLog } from './audit/log'
import { AuditTrail } from './audit/audit'
import { ConnectionManager, type ConnectionManagerOptions } from './aws/connections'
import { LimiterMonitor } from './aws/limits'
import { LabRuns } from './cognito/lab-runs'
import { LoginSessions } from './cognito/login-sessions'
import { SnapshotHistory } from './cognito/snapshot-history'
import { JwksCache } from './cognito/tokens'
import { ImportFiles } from './cognito/import-files'
import { UserIndexes } from './cognito/users-index'
import { UserSearches } from './cognito/userSearch'
import { LastSeenLoads } from './cognito/lastSeen'
import { UserExports } from './cognito/users-export'
import { ensurePrivateDir } from './files/private-files'
import { JobManager } from './jobs/jobs'
import type { EventSink } from './events'
import type { SettingsStore } from './store/settings'

/** Everything a handler may use. Built once by the Electron entry, and by tests around the same parts. */
export interface AppContext {
  store: SettingsStore
  events: EventSink
  connections: ConnectionManager
  /** The audit log of every mutating AWS call, in the settings file's folder. */
  audit: AuditTrail
  /** Quota settings applied to every connection's limiter, and the throttle indicator's events. */
  limits: LimiterMonitor
  /** Test logins and their tokens, in memory only; cleared on demand and on quit. */
  logins: LoginSessions
  /** The logins of recent credentials-lab runs, kept in memory so one can be unlinked from its identity. */
  labRuns: LabRuns
  /** User pools' signing keys, fetched by main for the token inspector. */
  jwks: JwksCache
  /** Opens the managed-login window; only the Electron entry provides it. */
  authWindow?: AuthWindowOpener
  /** In-memory indexes of whole user pools, per connection. */
  indexes: UserIndexes
  /** Searches for a user across pools, Regions and connections, while they run. */
  userSearches: UserSearches
  lastSeenLoads: LastSeenLoads
  /** Users exports while they write their files, so each can be cancelled. */
  userExports: UserExports
  /** Bulk jobs and their reports (kept in the settings file's folder, under jobs/). */
  jobs: JobManager
  /** Each pool's configuration snapshots, kept before every change the console makes (under snapshots/). */
  snapshots: SnapshotHistory
  /** Asks where to save a file; the Electron entry shows a save dialog, tests answer with a temp path. */
  saveFile?: SaveFileDialog
  /** Asks which file to open; the Electron entry shows an open dialog, tests answer with a temp path. */
  openFile?: OpenFileDialog
  /** Files picked for a pool (import-job CSVs, branding images), held in main until uploaded. */
  importFiles: ImportFiles
}

/** Resolves with the chosen path, or null when the person cancels. */
export type OpenFileDialog = (request: {
  filters: { name: string; extensions: string[] }[]
}) => Promise<string | null>

/** Resolves with the chosen path, or null when the person cancels. */
export type SaveFileDialog = (request: {
  defaultName: string
  filters: { name: string; extensions: string[] }[]
}) => Promise<string | null>

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
  connections?: ConnectionManagerOptions
  authWindow?: AuthWindowOpener
  saveFile?: SaveFileDialog
  openFile?: OpenFileDialog
}

export function createAppContext(options: AppContextOptions): AppContext {
  // The folder holds settings, the audit log and job reports: account ids and personal data.
  ensurePrivateDir(dirname(options.store.path))
  const audit = new AuditTrail(new AuditLog(dirname(options.store.path)))
  const limits = new LimiterMonitor(options.events, options.store.get('quotas'))
  const connections: ConnectionManager = new ConnectionManager(options.store, options.events, {
    ...options.connections,
    observers: (connection, limiter) => [
      ...(options.connections?.observers?.(connection, limiter) ?? []),
      audit.observer(connection, () => connections.open(connection.id).clients.sts),
      limits.observer(connection.id, limiter)
    ]
  })
  return {
    store: options.store,
    events: options.events,
    connections,
    audit,
    limits,
    logins: new LoginSessions(),
    labRuns: new LabRuns(),
    jwks: new JwksCache(),
    ...(options.authWindow ? { authWindow: options.authWindow } : {}),
    snapshots: new SnapshotHistory(join(dirname(options.store.path), 'snapshots')),
    indexes: new UserIndexes((change) => options.events.emit('users:indexChanged', change)),
    userSearches: new UserSearches((progress) => options.events.emit('userSearch:progress', progress)),
    lastSeenLoads: new LastSeenLoads((progress) => options.events.emit('lastSeen:progress', progress)),
    userExports: new UserExports((progress) => options.events.emit('users:exportProgress', progress)),
    jobs: new JobManager({
      dir: join(dirname(options.store.path), 'jobs'),
      emit: (summary) => options.events.emit('jobs:progress', summary)
    }),
    ...(options.saveFile ? { saveFile: options.saveFile } : {}),
    ...(options.openFile ? { openFile: options.openFile } : {}),
    importFiles: new ImportFiles()
  }
}

export function disposeAppContext(ctx: AppContext): void {
  ctx.connections.dispose()
  ctx.limits.dispose()
  ctx.logins.clear()
  ctx.labRuns.clear()
  ctx.importFiles.clear()
  ctx.jobs.dispose()
  ctx.indexes.dispose()
  ctx.userSearches.dispose()
  ctx.lastSeenLoads.dispose()
  ctx.userExports.dispose()
}
