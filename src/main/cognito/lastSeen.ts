import {
  AdminListUserAuthEventsCommand,
  AdminListUserSessionsCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import type { LastSeenProgress } from '@shared/contract/lastSeen'
import type { BulkTarget } from '@shared/contract/jobs'
import type { LastSeen } from '@shared/contract/users'
import { toAppError } from '../aws/errors'
import { CancellableRuns } from '../jobs/cancellable-runs'
import { eachLimited } from '../jobs/jobs'
import { sessionTracking } from './sessions'
import type { PoolIndex } from './users-index'

type Idp = CognitoIdentityProviderClient
type Source = NonNullable<LastSeenProgress['source']>

/** Calls in flight per load; the connection's limiter paces them at the quota. */
const CONCURRENCY = 4
const PROGRESS_EVERY_MS = 250

/** Sessions where the pool tracks them (they say when each was last active), else auth events. */
export async function lastSeenSource(idp: Idp, poolId: string): Promise<Source> {
  const tracking = await sessionTracking(idp, poolId)
  return tracking.available && tracking.value ? 'sessions' : 'authEvents'
}

const newest = (dates: (Date | undefined)[]): string | undefined => {
  const times = dates.filter((d): d is Date => d !== undefined).map((d) => d.getTime())
  return times.length ? new Date(Math.max(...times)).toISOString() : undefined
}

/**
 * One user's last activity: the newest activity of any session, or the newest successful auth event
 * (a failed sign-in may be someone else's attempt, so it does not count as the user being seen).
 */
export async function lastSeenOf(
  idp: Idp,
  ref: { poolId: string; username: string },
  source: Source
): Promise<LastSeen> {
  const base = { UserPoolId: ref.poolId, Username: ref.username }
  const dates: (Date | undefined)[] = []
  if (source === 'sessions') {
    let token: string | undefined
    do {
      const page = await idp.send(new AdminListUserSessionsCommand({ ...base, NextToken: token }))
      for (const s of page.Sessions ?? []) dates.push(s.LastActiveDate ?? s.CreateDate)
      token = page.NextToken
    } while (token)
  } else {
    // Events come newest first; the first page holds the newest success unless ten failures followed it.
    const { AuthEvents } = await idp.send(new AdminListUserAuthEventsCommand({ ...base, MaxResults: 10 }))
    for (const e of AuthEvents ?? []) if (e.EventResponse === 'Pass') dates.push(e.CreationDate)
  }
  const at = newest(dates)
  return { ...(at ? { at } : {}), source, checkedAt: new Date().toISOString() }
}

/**
 * Reads the last seen of the target's users into the pool index, a few at a time, reporting progress.
 * An endpoint that lacks the operation stops the load at once: every other user would fail the same way.
 */
export async function loadLastSeen(
  idp: Idp,
  index: PoolIndex,
  request: { loadId: string; poolId: string; target: BulkTarget },
  signal: AbortSignal,
  emit: (progress: LastSeenProgress) => void
): Promise<LastSeenProgress> {
  const usernames =
    'usernames' in request.target
      ? request.target.usernames
      : await index.usernames(request.target.query, request.target.except)
  const progress: LastSeenProgress = {
    loadId: request.loadId,
    poolId: request.poolId,
    state: 'running',
    total: usernames.length,
    done: 0,
    neverSeen: 0,
    failed: 0
  }
  let lastEmit = -Infinity
  const tell = (force = false) => {
    if (!force && performance.now() - lastEmit < PROGRESS_EVERY_MS) return
    lastEmit = performance.now()
    emit({ ...progress })
  }
  const stop = new AbortController()
  const stopped = () => signal.aborted || stop.signal.aborted
  try {
    const source = await lastSeenSource(idp, request.poolId)
    progress.source = source
    tell(true)
    await eachLimited(usernames, CONCURRENCY, async (username) => {
      if (stopped()) return
      try {
        const lastSeen = await lastSeenOf(idp, { poolId: request.poolId, username }, source)
        const row = await index.get(username)
        if (row) await index.put({ ...row, lastSeen })
        if (!lastSeen.at) progress.neverSeen++
      } catch (error) {
        const shape = toAppError(error)
        const unsupported = shape.code === 'UNSUPPORTED_OPERATION'
        progress.failed++
        if (!progress.error || unsupported) progress.error = shape
        if (unsupported) stop.abort()
      }
      progress.done++
      tell()
    })
  } catch (error) {
    progress.error = toAppError(error)
    progress.state = 'failed'
  }
  if (progress.state === 'running')
    progress.state = stop.signal.aborted ? 'failed' : signal.aborted ? 'cancelled' : 'done'
  tell(true)
  return progress
}

/** Loads in flight, by the id their caller gave, so each can be cancelled. */
export class LastSeenLoads extends CancellableRuns {
  constructor(private readonly emit: (progress: LastSeenProgress) => void) {
    super()
  }

  run(idp: Idp, index: PoolIndex, request: Parameters<typeof loadLastSeen>[2]): Promise<LastSeenProgress> {
    return this.runCancellable(request.loadId, (signal) =>
      loadLastSeen(idp, index, request, signal, this.emit)
    )
  }
}
