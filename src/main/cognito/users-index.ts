import {
  ListUsersInGroupCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import type { IndexQuery, IndexQueryResult, IndexStatus, UserRow } from '@shared/contract/users'
import { AppError } from '@shared/errors'
import { UserColumns } from '@shared/user-columns'
import type { IndexChange } from '@shared/events'
import type { RateLimiter } from '../aws/limiter'
import { toAppError } from '../aws/errors'
import { listGroups } from './groups'
import { withBackoff } from './throttle'
import {
  AGGREGATIONS,
  type AggregationInput,
  type AggregationName,
  type AggregationParams,
  type AggregationResult
} from './users-aggregations'
import { IndexThread } from './users-index-thread'
import { describeUserSchema } from './user-schema'
import { listUsersPage } from './users'

const HEX = '0123456789abcdef'

/**
 * `sub` prefixes that cover every user exactly once. Subs are random UUIDs, so one hex digit gives 16
 * even partitions (enough listings in flight for ~80 RPS at 200 ms per call); very large pools get two
 * digits so no single listing stays bound by its own round trips.
 */
export function partitionPrefixes(estimatedUsers: number): string[] {
  const one = [...HEX]
  return estimatedUsers > 1_000_000 ? one.flatMap((a) => one.map((b) => a + b)) : one
}

/** Cognito answers an expired (hour-old) pagination token with InvalidParameterException. */
function isExpiredToken(error: unknown): boolean {
  const e = error as { name?: string; message?: string }
  return (
    (e.name === 'InvalidParameterException' || e.name === 'NotAuthorizedException') &&
    /token/i.test(e.message ?? '')
  )
}

export interface IndexLoadOptions {
  idp: CognitoIdentityProviderClient
  limiter: RateLimiter
  poolId: string
  ratePerSecond?: number | undefined
  includeGroups?: boolean | undefined
  /** Users per ListUsers page (Cognito's maximum, 60, unless a test wants more pages). */
  pageSize?: number
  /** Progress, at most every `progressEveryMs`. */
  onProgress?: (status: IndexStatus) => void
  progressEveryMs?: number
}

/** How long changes to single users gather before one `IndexChange` reports them (a bulk job makes thousands). */
const CHANGE_BATCH_MS = 100

/**
 * One pool's users, loaded by several ListUsers listings at once. The rows live in the pool's index
 * thread (`IndexThread`), which filters, sorts and cuts windows; this side runs the load (the SDK
 * clients and their limiter are main's), keeps the status and routes calls.
 */
export class PoolIndex {
  private thread: IndexThread | null = null
  private readonly pendingRows = new Map<string, UserRow>()
  private readonly pendingRemoved = new Set<string>()
  private flushTimer: ReturnType<typeof setTimeout> | null = null
  private controller: AbortController | null = null
  private lastEmit = 0
  private startedMs = 0
  readonly status: IndexStatus
  /** Settles when the current load ends (done, cancelled or failed). */
  loading: Promise<void> = Promise.resolve()

  constructor(
    poolId: string,
    private readonly onChange?: (change: IndexChange) => void
  ) {
    this.status = {
      poolId,
      state: 'idle',
      indexed: 0,
      estimated: 0,
      partitions: { done: 0, total: 0 },
      throttled: 0,
      restarts: 0,
      groupsLoaded: false,
      elapsedMs: 0,
      ratePerSecond: 0
    }
  }

  /** The pool's index thread, started on first use. */
  private indexThread(): IndexThread {
    this.thread ??= new IndexThread()
    return this.thread
  }

  snapshot(): IndexStatus {
    const s = { ...this.status, partitions: { ...this.status.partitions } }
    if (s.state === 'loading') s.elapsedMs = Math.round(performance.now() - this.startedMs)
    return s
  }

  async get(username: string): Promise<UserRow | undefined> {
    return this.thread ? this.thread.call('get', username) : undefined
  }

  async getMany(usernames: readonly string[]): Promise<(UserRow | undefined)[]> {
    return this.thread ? this.thread.call('getMany', usernames) : usernames.map(() => undefined)
  }

  /** Keeps the index in step with a change made to one user (keyed by the real username). */
  put(row: UserRow): Promise<void> {
    return this.track(
      this.indexThread()
        .call('put', [row])
        .then((kept) => {
          for (const next of kept) {
            this.pendingRemoved.delete(next.username)
            this.pendingRows.set(next.username, next)
          }
          this.scheduleFlush()
        })
    )
  }

  remove(username: string): Promise<void> {
    if (!this.thread) return Promise.resolve()
    return this.track(
      this.thread.call('remove', [username]).then((removed) => {
        for (const name of removed) {
          this.pendingRows.delete(name)
          this.pendingRemoved.add(name)
        }
        this.scheduleFlush()
      })
    )
  }

  /** Takes a deleted group off its members in the index. */
  removeGroup(group: string): Promise<void> {
    if (!this.thread) return Promise.resolve()
    return this.track(
      this.thread.call('removeGroup', group).then((kept) => {
        for (const next of kept) this.pendingRows.set(next.username, next)
        this.scheduleFlush()
      })
    )
  }

  /** A change's count of users lands in the status once the thread has made it. */
  private async track(change: Promise<void>): Promise<void> {
    await change
    if (this.thread) this.status.indexed = await this.thread.call('size')
  }

  private scheduleFlush(): void {
    if (!this.onChange || this.flushTimer) return
    this.flushTimer = setTimeout(() => this.flush(), CHANGE_BATCH_MS)
  }

  /** Reports the changes gathered since the last report. */
  private flush(): void {
    this.flushTimer = null
    if (this.pendingRows.size === 0 && this.pendingRemoved.size === 0) return
    const change: IndexChange = {
      poolId: this.status.poolId,
      rows: [...this.pendingRows.values()],
      removed: [...this.pendingRemoved]
    }
    this.pendingRows.clear()
    this.pendingRemoved.clear()
    this.onChange?.(change)
  }

  /** A window of the rows matching a query (filtered and sorted in the index thread). */
  async query(query: IndexQuery, offset = 0, limit = 200): Promise<IndexQueryResult> {
    if (!this.thread) {
      return {
        total: 0,
        offset,
        rows: [],
        attributeNames: [],
        version: 0,
        status: this.snapshot(),
        tookMs: 0
      }
    }
    const window = await this.thread.call('window', query, offset, limit)
    return { ...window, status: this.snapshot() }
  }

  /** Every row matching a query, a window at a time, in result order. */
  async *matching(query: IndexQuery = {}, windowSize = 2_000): AsyncGenerator<UserRow[]> {
    for (let offset = 0; ; offset += windowSize) {
      const { rows } = await this.query(query, offset, windowSize)
      if (rows.length === 0) return
      yield rows
      if (rows.length < windowSize) return
    }
  }

  async attributeNames(): Promise<string[]> {
    return this.thread ? this.thread.call('attributeNames') : []
  }

  /** The usernames of every user matching a query, in result order, but those in `except`. */
  async usernames(query: IndexQuery, except: readonly string[] = []): Promise<string[]> {
    const skip = new Set(except)
    const names: string[] = []
    for await (const rows of this.matching(query))
      for (const row of rows) if (!skip.has(row.username)) names.push(row.username)
    return names
  }

  /** Runs a named aggregation (`users-aggregations.ts`) over the users matching a query, in the index thread. */
  async aggregate<K extends AggregationName>(
    name: K,
    query: IndexQuery,
    params: AggregationParams<K>
  ): Promise<AggregationResult<K>> {
    if (!this.thread)
      return (AGGREGATIONS[name] as (i: AggregationInput, p: AggregationParams<K>) => AggregationResult<K>)(
        { columns: new UserColumns(), rows: [], slots: null },
        params
      )
    return (await this.thread.call('aggregate', name, query, params)) as AggregationResult<K>
  }

  /**
   * Fills the index from rows made elsewhere than ListUsers (a benchmark's synthetic pool), a batch at
   * a time as a load's pages arrive, and marks it loaded. Nothing of the app calls it.
   */
  async fill(batches: Iterable<UserRow[]>): Promise<void> {
    const thread = this.indexThread()
    await thread.call('clear')
    for (const rows of batches) this.status.indexed = await thread.call('add', rows)
    Object.assign(this.status, {
      state: 'done',
      estimated: this.status.indexed,
      groupsLoaded: true,
      finishedAt: new Date().toISOString()
    })
  }

  /** The index thread's V8 heap in use, bytes (0 before it starts): what the rows cost. */
  async threadHeapUsed(): Promise<number> {
    return this.thread ? this.thread.heapUsed() : 0
  }

  cancel(): void {
    this.controller?.abort(new AppError('CANCELLED', 'The index load was cancelled.'))
  }

  /** On quit or close: stops the load and the index thread; changes not yet reported have no window left to hear them. */
  dispose(): void {
    this.cancel()
    if (this.flushTimer) clearTimeout(this.flushTimer)
    this.flushTimer = null
    this.thread?.close()
    this.thread = null
  }

  /** Starts a fresh load, cancelling one under way. Resolves once it has started. */
  start(options: IndexLoadOptions): IndexStatus {
    this.cancel()
    const controller = new AbortController()
    this.controller = controller
    // A thread closed meanwhile fails the load's next call, which reports it: this one needs no answer.
    this.indexThread()
      .call('clear')
      .catch(() => undefined)
    this.status.indexed = 0
    // A fresh load replaces every row: changes not yet reported are moot.
    this.pendingRows.clear()
    this.pendingRemoved.clear()
    if (options.ratePerSecond) options.limiter.setQuotas({ UserList: options.ratePerSecond })
    this.startedMs = performance.now()
    Object.assign(this.status, {
      state: 'loading',
      partitions: { done: 0, total: 0 },
      throttled: 0,
      restarts: 0,
      groupsLoaded: false,
      startedAt: new Date().toISOString(),
      elapsedMs: 0,
      ratePerSecond: options.limiter.quota('UserList')
    })
    delete this.status.finishedAt
    delete this.status.error
    this.loading = this.load(options, controller.signal).then(
      () => this.finish(controller, 'done', options),
      (error: unknown) => {
        if (controller.signal.aborted) this.finish(controller, 'cancelled', options)
        else this.finish(controller, 'failed', options, error)
      }
    )
    return this.snapshot()
  }

  private finish(
    controller: AbortController,
    state: IndexStatus['state'],
    options: IndexLoadOptions,
    error?: unknown
  ): void {
    // A load replaced by a newer one ends quietly: the status belongs to the newer load.
    if (this.controller !== controller) return
    if (error !== undefined) this.status.error = toAppError(error)
    this.status.state = state
    this.status.elapsedMs = Math.round(performance.now() - this.startedMs)
    this.status.finishedAt = new Date().toISOString()
    this.controller = null
    options.onProgress?.(this.snapshot())
  }

  private progress(options: IndexLoadOptions): void {
    const now = performance.now()
    if (now - this.lastEmit < (options.progressEveryMs ?? 250)) return
    this.lastEmit = now
    options.onProgress?.(this.snapshot())
  }

  private async load(options: IndexLoadOptions, signal: AbortSignal): Promise<void> {
    const { idp, poolId } = options
    const backoff = { signal, onThrottle: () => this.status.throttled++ }
    const schema = await withBackoff(() => describeUserSchema(idp, poolId), backoff)
    this.status.estimated = schema.estimatedUsers
    const prefixes = partitionPrefixes(schema.estimatedUsers)
    this.status.partitions.total = prefixes.length
    options.onProgress?.(this.snapshot())
    // Group listings run alongside the user listings; memberships are applied once both are in.
    const [, members] = await Promise.all([
      Promise.all(prefixes.map((prefix) => this.loadPartition(options, prefix, signal, backoff))),
      (options.includeGroups ?? true) ? this.readGroupMembers(options, signal, backoff) : undefined
    ])
    if (!members) return
    await this.indexThread().call('setGroups', members)
    this.status.groupsLoaded = true
  }

  /** One listing over `sub ^= prefix`; restarted from the first page if its token expires. */
  private async loadPartition(
    options: IndexLoadOptions,
    prefix: string,
    signal: AbortSignal,
    backoff: { signal: AbortSignal; onThrottle: () => void }
  ): Promise<void> {
    let nextToken: string | undefined
    for (;;) {
      try {
        const page = await withBackoff(
          () =>
            listUsersPage(
              options.idp,
              {
                poolId: options.poolId,
                filter: { attribute: 'sub', operator: '^=', value: prefix },
                limit: options.pageSize ?? 60,
                nextToken
              },
              signal
            ),
          backoff
        )
        this.status.indexed = await this.indexThread().call('add', page.users)
        this.progress(options)
        if (!page.nextToken) break
        nextToken = page.nextToken
      } catch (error) {
        if (!nextToken || !isExpiredToken(error) || this.status.restarts > 100) throw error
        // Start the partition over; its users are dropped first so none is counted twice.
        await this.indexThread().call('removeSubPrefix', prefix)
        this.status.indexed = await this.indexThread().call('size')
        this.status.restarts++
        nextToken = undefined
      }
    }
    this.status.partitions.done++
    this.progress(options)
  }

  /** Group names by username: one ListUsersInGroup listing per group, several groups at once. */
  private async readGroupMembers(
    options: IndexLoadOptions,
    signal: AbortSignal,
    backoff: { signal: AbortSignal; onThrottle: () => void }
  ): Promise<Map<string, string[]>> {
    const groups = await withBackoff(() => listGroups(options.idp, options.poolId), backoff)
    const members = new Map<string, string[]>()
    let next = 0
    const lane = async () => {
      while (next < groups.length) {
        const group = groups[next++]?.name ?? ''
        let token: string | undefined
        do {
          const page = await withBackoff(
            () =>
              options.idp.send(
                new ListUsersInGroupCommand({
                  UserPoolId: options.poolId,
                  GroupName: group,
                  Limit: 60,
                  ...(token ? { NextToken: token } : {})
                }),
                { abortSignal: signal }
              ),
            backoff
          )
          for (const u of page.Users ?? []) {
            const list = members.get(u.Username ?? '') ?? []
            list.push(group)
            members.set(u.Username ?? '', list)
          }
          token = page.NextToken
        } while (token)
      }
    }
    await Promise.all(Array.from({ length: Math.min(8, groups.length) }, lane))
    return members
  }
}

/** The indexes of every pool opened, per connection; `onChange` hears every change made to single users. */
export class UserIndexes {
  private readonly indexes = new Map<string, PoolIndex>()

  constructor(private readonly onChange?: (change: IndexChange) => void) {}

  private key(connectionId: string, poolId: string): string {
    return `${connectionId}\u0000${poolId}`
  }

  for(connectionId: string, poolId: string): PoolIndex {
    const key = this.key(connectionId, poolId)
    let index = this.indexes.get(key)
    if (!index) {
      index = new PoolIndex(poolId, this.onChange)
      this.indexes.set(key, index)
    }
    return index
  }

  /** The loaded index, or a refusal saying to load it first (for work that needs every user). */
  require(connectionId: string, poolId: string): PoolIndex {
    const index = this.loaded(connectionId, poolId)
    if (!index) {
      throw new AppError('PRECONDITION', 'This pool has not been indexed yet.', {
        hint: 'Load the pool index first (Users → Index), then try again.'
      })
    }
    return index
  }

  /** The index only if it exists and holds users. */
  loaded(connectionId: string, poolId: string): PoolIndex | undefined {
    const index = this.indexes.get(this.key(connectionId, poolId))
    return index && index.status.indexed > 0 ? index : undefined
  }

  dispose(): void {
    for (const index of this.indexes.values()) index.dispose()
    this.indexes.clear()
  }
}
