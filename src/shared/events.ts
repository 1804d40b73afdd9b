/**
 * Events main sends to the renderer. Each has a payload type; the preload subscribes only to names in
 * EVENT_NAMES, so the renderer cannot listen on arbitrary IPC channels.
 */

import type { ExportProgress, IndexStatus, UserRow } from './contract/users'
import type { UserSearchProgress } from './contract/userSearch'
import type { LastSeenProgress } from './contract/lastSeen'

export interface MfaPrompt {
  requestId: string
  profile: string
  /** The MFA device ARN or serial number from the profile's `mfa_serial`. */
  serialNumber: string
}

export type JobState = 'queued' | 'running' | 'paused' | 'done' | 'cancelled' | 'failed'

export interface JobProgress {
  jobId: string
  kind: string
  state: JobState
  total: number
  done: number
  failed: number
  skipped: number
  /** Calls being held back by the rate limiter right now. */
  throttled: boolean
  message?: string
  /** Set while a step waits for a silent or unreachable endpoint before trying again. */
  waiting?: { attempt: number; attempts: number }
}

export interface LimiterState {
  /** The connection whose limiter this is. */
  connectionId: string
  /** Quota categories whose calls are waiting for their turn, with how many wait. */
  waiting: Record<string, number>
  /** Throttling answers from AWS in the last minute. */
  throttledRecently: number
}

/** Users changed or removed in a loaded pool index by a write (a single action or a bulk job step). */
export interface IndexChange {
  poolId: string
  /** Rows as the index now holds them, keyed by their real username. */
  rows: UserRow[]
  /** Real usernames no longer in the pool. */
  removed: string[]
}

/** How far main has checked an import file (`jobs:planImport`), in characters of the file. */
export interface ImportCheckProgress {
  poolId: string
  checked: number
  total: number
  /** Rows checked so far. */
  rows: number
}

export interface EventMap {
  'connections:mfaPrompt': MfaPrompt
  'jobs:progress': JobProgress
  'jobs:importProgress': ImportCheckProgress
  'limiter:state': LimiterState
  'users:indexProgress': IndexStatus
  'users:indexChanged': IndexChange
  'users:exportProgress': ExportProgress
  'userSearch:progress': UserSearchProgress
  'lastSeen:progress': LastSeenProgress
}

export type EventName = keyof EventMap

export const EVENT_NAMES: readonly EventName[] = [
  'connections:mfaPrompt',
  'jobs:progress',
  'jobs:importProgress',
  'limiter:state',
  'users:indexProgress',
  'users:indexChanged',
  'users:exportProgress',
  'userSearch:progress',
  'lastSeen:progress'
]

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
}
