import { z } from 'zod'
import { local, query } from './define'
import { bulkTargetSchema } from './jobs'
import type { AppErrorShape } from '../errors'
import { strict, userPoolIdSchema } from '../schemas'

export const loadRequest = strict({
  /** Chosen by the caller, so the load can be cancelled while it runs. */
  loadId: z.uuid(),
  poolId: userPoolIdSchema,
  /** Chosen users, or every user matching an index query. */
  target: bulkTargetSchema
})

/** A load so far: sent as `lastSeen:progress` while it runs, and as the answer when it ends. */
export interface LastSeenProgress {
  loadId: string
  poolId: string
  state: 'running' | 'done' | 'cancelled' | 'failed'
  /** Where the values come from: the pool's sessions when it tracks them, else its auth events. */
  source?: 'sessions' | 'authEvents'
  total: number
  /** Users read so far (with or without a last seen), and those the pool knows no activity of. */
  done: number
  neverSeen: number
  failed: number
  /** The first failure, or what stopped the load. */
  error?: AppErrorShape
}

export const lastSeenContract = {
  /**
   * Reads each user's last activity, paced at the quota, into the pool index (its `lastSeen` column);
   * resolves when done or cancelled. Needs the pool index loaded.
   */
  load: query(loadRequest).returns<LastSeenProgress>(),
  /** Stops a running load: users not yet read are not read; those read keep their value. */
  cancel: local(strict({ loadId: z.uuid() })).returns<{ cancelled: boolean }>()
}
