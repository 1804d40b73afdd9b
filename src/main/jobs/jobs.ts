import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import {
  JOB_FIRST_PAGE,
  PLAN_FIRST_PAGE,
  type BulkAction,
  type ImportPlan,
  type ItemOutcome,
  type JobItemResult,
  type JobItemsPage,
  type JobPlan,
  type JobReport,
  type JobSummary,
  type PlanItem
} from '@shared/contract/jobs'
import type { PoolUserSchema, UserRow } from '@shared/contract/users'
import { AppError, type ErrorCode } from '@shared/errors'
import type { JobState } from '@shared/events'
import { toAppError } from '../aws/errors'
import { csvChunks } from '../files/csv'
import { appendPrivateFileSync, ensurePrivateDir } from '../files/private-files'
import { getUserRow, groupsOfUser } from '../cognito/user-actions'
import { assertAttributes, describeUserSchema } from '../cognito/user-schema'
import { validateImport, type ImportUser } from '../cognito/users-csv'
import { listGroups } from '../cognito/groups'
import type { PoolIndex } from '../cognito/users-index'
import { sleep, withBackoff } from '../cognito/throttle'
import { actionParams, applyAction, describeAction, planFor, stepApplied, type JobAction } from './actions'

/** Error codes that mean the endpoint is gone rather than that this user failed. */
const OUTAGE_CODES = new Set(['ENDPOINT', 'NETWORK', 'TIMEOUT'])
const PLAN_TTL_MS = 60 * 60 * 1000
const WAITING = 'Waiting for the endpoint to answer'

export interface JobConnection {
  id: string
  idp: CognitoIdentityProviderClient
  /** The same client with a longer timeout, for a step repeated after a timeout. */
  idpRetry: CognitoIdentityProviderClient
  /** The pool's index when loaded, looked up at each step: the index may be loaded while a job runs. */
  index(poolId: string): PoolIndex | undefined
}

export interface JobManagerOptions {
  /** Where job reports are kept (the app's data folder). */
  dir: string
  emit: (summary: JobSummary) => void
  /**
   * Calls in flight per job; the connection's limiter paces them at the quota. Enough to cover the
   * round trip at the quota (25 per second × 200 ms = 5), few enough that a pause takes hold quickly.
   */
  concurrency?: number
  /** How often a running job emits progress, ms. */
  flushEveryMs?: number
  /**
   * How often a running job rewrites its report file, ms; it is also written whenever the job
   * pauses, resumes, is cancelled or ends. A large job's report is megabytes, so not on every tick.
   */
  writeEveryMs?: number
  /** Attempts at one user while the endpoint does not answer, before the job stops. */
  outageAttempts?: number
}

interface StoredPlan {
  plan: JobPlan
  action: JobAction
  connectionId: string
  expires: number
}

/** Runs `work` over `items` with at most `width` in flight. */
export async function eachLimited<T>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length) await work(items[next++] as T)
  }
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, lane))
}

class Job {
  readonly controller = new AbortController()
  private resumeGate: { promise: Promise<void>; resolve: () => void } | null = null
  private startedMs = performance.now()
  private lastThrottle = -Infinity
  stopReason: string | null = null
  /** When the report file was last appended to (performance.now()). */
  lastWrite = -Infinity
  /** Which items the report file holds already (1 = written). */
  private readonly reported: Uint8Array

  private schemaRead: Promise<PoolUserSchema> | null = null

  constructor(
    readonly summary: JobSummary,
    readonly items: JobItemResult[],
    readonly action: JobAction,
    readonly conn: JobConnection
  ) {
    this.reported = new Uint8Array(items.length)
  }

  /** Items with a final outcome not yet in the report file; once the job has ended, the pending ones too. */
  unreported(): JobItemResult[] {
    const ended = this.state !== 'running' && this.state !== 'paused'
    const items: JobItemResult[] = []
    this.items.forEach((item, i) => {
      if (this.reported[i] || (!ended && item.outcome === 'pending')) return
      this.reported[i] = 1
      items.push(item)
    })
    return items
  }

  /** The pool's user schema, read once per job (a step that writes attributes checks them against it). */
  schema(): Promise<PoolUserSchema> {
    // A failed read is forgotten, so the next step (or the repeat of this one) reads it again.
    this.schemaRead ??= describeUserSchema(this.conn.idp, this.summary.poolId).catch((error: unknown) => {
      this.schemaRead = null
      throw error
    })
    return this.schemaRead
  }

  get state(): JobState {
    return this.summary.state
  }

  refresh(): JobSummary {
    const s = this.summary
    s.done = s.failed = s.skipped = s.pending = 0
    for (const item of this.items) s[item.outcome]++
    s.throttled = performance.now() - this.lastThrottle < 2_000
    if (!s.finishedAt) s.elapsedMs = Math.round(performance.now() - this.startedMs)
    return { ...s }
  }

  throttledNow(): void {
    this.lastThrottle = performance.now()
  }

  pause(): void {
    if (this.state !== 'running') return
    let resolve = () => {}
    const promise = new Promise<void>((r) => (resolve = r))
    this.resumeGate = { promise, resolve }
    this.summary.state = 'paused'
  }

  resume(): void {
    if (this.state !== 'paused') return
    this.summary.state = 'running'
    this.resumeGate?.resolve()
    this.resumeGate = null
  }

  /** Waits while paused; false once the job is stopping. */
  async proceed(): Promise<boolean> {
    while (this.resumeGate) await this.resumeGate.promise
    return !this.controller.signal.aborted && this.stopReason === null
  }

  cancel(reason: string): void {
    this.stopReason ??= reason
    this.controller.abort(new AppError('CANCELLED', reason))
    this.resumeGate?.resolve()
    this.resumeGate = null
  }

  stop(reason: string): void {
    this.stopReason ??= reason
  }
}

/**
 * Plans and runs bulk jobs. Each job keeps a per-user report; it is rewritten to disk as the job goes
 * and whenever it stops, so a job cut short by an outage or by the app closing leaves an exact record.
 */
/** What a backup's import restores beyond the users: memberships, disabled users, groups to create. */
async function restoreSummary(
  idp: JobConnection['idp'],
  poolId: string,
  users: readonly ImportUser[]
): Promise<Pick<ImportPlan, 'restore'>> {
  if (!users.some((u) => u.groups !== undefined || u.enabled !== undefined)) return {}
  const named = new Set(users.flatMap((u) => u.groups ?? []))
  const existing = new Set((await listGroups(idp, poolId)).map((g) => g.name))
  return {
    restore: {
      memberships: users.reduce((n, u) => n + (u.groups?.length ?? 0), 0),
      disabled: users.filter((u) => u.enabled === false).length,
      newGroups: [...named].filter((g) => !existing.has(g)).sort()
    }
  }
}

export class JobManager {
  private readonly plans = new Map<string, StoredPlan>()
  private readonly jobs = new Map<string, Job>()
  private readonly concurrency: number

  constructor(private readonly options: JobManagerOptions) {
    this.concurrency = options.concurrency ?? 8
  }

  private remember(poolId: string, action: JobAction, items: PlanItem[], connectionId: string): JobPlan {
    const now = Date.now()
    for (const [id, p] of this.plans) if (p.expires < now) this.plans.delete(id)
    const plan: JobPlan = {
      planId: randomUUID(),
      poolId,
      kind: action.kind,
      description: describeAction(action),
      actionParams: actionParams(action),
      items,
      counts: {
        change: items.filter((i) => i.outcome === 'change').length,
        skip: items.filter((i) => i.outcome === 'skip').length
      }
    }
    this.plans.set(plan.planId, { plan, action, connectionId, expires: now + PLAN_TTL_MS })
    return { ...plan, items: items.slice(0, PLAN_FIRST_PAGE) }
  }

  private stored(planId: string): StoredPlan {
    const stored = this.plans.get(planId)
    if (!stored || stored.expires < Date.now()) {
      throw new AppError('NOT_FOUND', 'That dry run has expired or was already started.', {
        hint: 'Run the dry run again, then start the job.'
      })
    }
    return stored
  }

  /** A page of a plan's users (a plan over a million users is never sent whole). */
  planItems(planId: string, offset: number, limit: number): PlanItem[] {
    return this.stored(planId).plan.items.slice(offset, offset + limit)
  }

  /**
   * The dry run: each user's current state from the index when it holds them (and their groups, for
   * group actions), otherwise from AdminGetUser, then what the action would do to them.
   */
  async plan(
    conn: JobConnection,
    poolId: string,
    action: BulkAction,
    usernames: readonly string[]
  ): Promise<JobPlan> {
    const index = conn.index(poolId)
    if (action.kind === 'setAttribute') {
      assertAttributes(await describeUserSchema(conn.idp, poolId), { [action.name]: action.value }, 'update')
    }
    const needGroups = action.kind === 'addToGroup' || action.kind === 'removeFromGroup'
    const unique = [...new Set(usernames)]
    const known = new Map<string, UserRow | undefined>()
    const held = index ? await index.getMany(unique) : []
    const lookup = unique.filter((u, i) => {
      const row = held[i]
      if (row && (!needGroups || row.groups)) known.set(u, row)
      return !known.has(u)
    })
    await eachLimited(lookup, this.concurrency, async (username) => {
      try {
        const ref = { poolId, username }
        const row = await withBackoff(() => getUserRow(conn.idp, ref))
        if (needGroups) row.groups = await withBackoff(() => groupsOfUser(conn.idp, ref))
        known.set(username, row)
      } catch (error) {
        if (toAppError(error).code !== 'NOT_FOUND') throw error
        known.set(username, undefined)
      }
    })
    const items = unique.map((u) => planFor(action, known.get(u), u))
    return this.remember(poolId, action, items, conn.id)
  }

  /** Validates a CSV in the import format against the pool schema; plans creation if every row is good. */
  async planImport(
    conn: JobConnection,
    poolId: string,
    csv: string,
    sendInvitation: boolean,
    onProgress?: (progress: { checked: number; total: number; rows: number }) => void
  ): Promise<ImportPlan> {
    const schema = await describeUserSchema(conn.idp, poolId)
    const { users, errors, rows } = await validateImport(csv, schema, onProgress)
    if (errors.length > 0 || users.length === 0) {
      return {
        rows,
        errors: errors.length > 0 ? errors : [{ line: 1, problems: [{ code: 'noUsers' }] }]
      }
    }
    const action: JobAction = {
      kind: 'create',
      sendInvitation,
      users: new Map(users.map(({ username, ...user }) => [username, user]))
    }
    const items = users.map((u): PlanItem => ({
      username: u.username,
      outcome: 'change',
      code: 'willCreate',
      params: {}
    }))
    const plan = this.remember(poolId, action, items, conn.id)
    return { rows, errors: [], plan, ...(await restoreSummary(conn.idp, poolId, users)) }
  }

  start(planId: string, conn: JobConnection): JobSummary {
    const stored = this.stored(planId)
    if (stored.connectionId !== conn.id) {
      throw new AppError('PRECONDITION', 'That dry run was made on another connection.', {
        hint: 'Run the dry run again on this connection.'
      })
    }
    this.plans.delete(planId)
    const at = new Date().toISOString()
    const items = stored.plan.items.map((i): JobItemResult =>
      i.outcome === 'skip'
        ? { username: i.username, outcome: 'skipped', skip: { code: i.code, params: i.params }, at }
        : { username: i.username, outcome: 'pending' }
    )
    return this.launch(stored.plan.poolId, stored.action, items, conn)
  }

  /** A new job over the users the given job did not finish: pending (never tried) and failed. */
  rerun(jobId: string, conn: JobConnection): JobSummary {
    const old = this.job(jobId)
    if (old.state === 'running' || old.state === 'paused') {
      throw new AppError('PRECONDITION', 'That job is still running.', {
        hint: 'Cancel it or wait for it to end.'
      })
    }
    if (old.conn.id !== conn.id) {
      throw new AppError('PRECONDITION', 'That job ran on another connection.', {
        hint: 'Switch back to it first.'
      })
    }
    const items = old.items
      .filter((i) => i.outcome === 'pending' || i.outcome === 'failed')
      .map((i): JobItemResult => ({ username: i.username, outcome: 'pending' }))
    if (items.length === 0) {
      throw new AppError(
        'PRECONDITION',
        'Every user of that job is done or skipped: nothing is left to rerun.'
      )
    }
    return this.launch(old.summary.poolId, old.action, items, conn, jobId)
  }

  private launch(
    poolId: string,
    action: JobAction,
    items: JobItemResult[],
    conn: JobConnection,
    rerunOf?: string
  ): JobSummary {
    ensurePrivateDir(this.options.dir)
    const jobId = randomUUID()
    const summary: JobSummary = {
      jobId,
      kind: action.kind,
      state: 'running',
      total: items.length,
      done: 0,
      failed: 0,
      skipped: 0,
      pending: items.length,
      throttled: false,
      poolId,
      description: describeAction(action),
      actionParams: actionParams(action),
      createdAt: new Date().toISOString(),
      elapsedMs: 0,
      reportFile: join(this.options.dir, `job-${jobId}.jsonl`),
      ...(rerunOf ? { rerunOf } : {})
    }
    const job = new Job(summary, items, action, conn)
    this.jobs.set(jobId, job)
    void this.run(job)
    return this.publish(job)
  }

  private async run(job: Job): Promise<void> {
    const timer = setInterval(() => this.publish(job, false), this.options.flushEveryMs ?? 500)
    try {
      const queue = job.items.filter((i) => i.outcome === 'pending')
      await eachLimited(queue, this.concurrency, async (item) => {
        if (await job.proceed()) await this.runItem(job, item)
      })
    } finally {
      clearInterval(timer)
    }
    this.end(job)
  }

  private async runItem(job: Job, item: JobItemResult): Promise<void> {
    const signal = job.controller.signal
    const attempts = this.options.outageAttempts ?? 3
    const poolId = job.summary.poolId
    // The error of the last attempt when its outcome is unknown: the next one checks before writing.
    let lost: ErrorCode | undefined
    let timedOut = false
    for (let attempt = 1; ; attempt++) {
      // A step repeated after a timeout gets a longer budget: the endpoint may only be slow.
      const idp = lost === 'TIMEOUT' ? job.conn.idpRetry : job.conn.idp
      try {
        if (lost) {
          const applied = await stepApplied(idp, poolId, job.action, item.username, job.summary.createdAt)
          if (applied === undefined) {
            item.retried = { after: lost, outcome: 'notRepeated', attempts: attempt - 1 }
            item.outcome = 'failed'
            item.errorCode = lost
            item.reason = `Not repeated after ${lost}: Cognito keeps no trace of whether the first attempt took effect, and a repeat could send a second message.`
            item.at = new Date().toISOString()
            return
          }
          if (applied) {
            item.retried = { after: lost, outcome: 'alreadyApplied', attempts: attempt - 1 }
            this.stepDone(job, item, attempt)
            return
          }
        }
        const scope = {
          idp,
          index: job.conn.index(poolId),
          signal,
          readBack: false,
          schema: () => job.schema()
        }
        await withBackoff(() => applyAction(scope, poolId, job.action, item.username), {
          signal,
          onThrottle: () => job.throttledNow()
        })
        if (lost) item.retried = { after: lost, outcome: 'applied', attempts: attempt }
        this.stepDone(job, item, attempt)
        return
      } catch (error) {
        if (signal.aborted) {
          item.reason = 'Not done: the job was cancelled before this user.'
          return
        }
        const shape = toAppError(error)
        if (lost) item.retried = { after: lost, outcome: 'failed', attempts: attempt }
        if (OUTAGE_CODES.has(shape.code)) {
          // A timed-out step is repeated once (with the longer budget); other outages up to `attempts`.
          const last = shape.code === 'TIMEOUT' ? timedOut || attempt >= attempts : attempt >= attempts
          timedOut ||= shape.code === 'TIMEOUT'
          if (!last) {
            // Unknown whether the call landed: the next attempt checks before it writes.
            lost = shape.code
            const total = shape.code === 'TIMEOUT' ? attempt + 1 : attempts
            // A silent endpoint costs a full timeout per attempt: the progress says the job waits.
            job.summary.message = `${WAITING} (attempt ${attempt + 1} of ${total}): ${shape.message}`
            job.summary.waiting = { attempt: attempt + 1, attempts: total }
            this.publish(job, false)
            await sleep(300 * attempt, signal).catch(() => undefined)
            if (job.stopReason === null && !signal.aborted) continue
          }
          // The user stays pending, so a rerun (each step checks before repeating a write) finishes them.
          item.reason = `Not done: ${shape.message}`
          item.errorCode = shape.code
          delete job.summary.waiting
          job.stop(
            `Stopped: ${shape.message} Users not done are listed as pending; rerun them when it answers.`
          )
          return
        }
        item.outcome = 'failed'
        item.errorCode = shape.code
        item.reason = shape.detail ? `${shape.message} (${shape.detail})` : shape.message
        item.at = new Date().toISOString()
        return
      }
    }
  }

  private stepDone(job: Job, item: JobItemResult, attempt: number): void {
    if (attempt > 1 && job.summary.message?.startsWith(WAITING)) {
      delete job.summary.message
      delete job.summary.waiting
    }
    item.outcome = 'done'
    item.at = new Date().toISOString()
    delete item.reason
    delete item.errorCode
  }

  private end(job: Job): void {
    const s = job.summary
    const stopped = job.stopReason !== null
    s.state = job.controller.signal.aborted ? 'cancelled' : stopped ? 'failed' : 'done'
    if (stopped && job.stopReason) s.message = job.stopReason
    job.refresh()
    s.finishedAt = new Date().toISOString()
    for (const item of job.items)
      if (item.outcome === 'pending') item.reason ??= 'Not done: the job stopped before this user.'
    this.publish(job)
  }

  /**
   * Emits progress and appends to the report file (on a tick, only when it is due): the items finished
   * since, then the summary as it stands, so the file grows with the job instead of being rewritten.
   */
  private publish(job: Job, force = true): JobSummary {
    const summary = job.refresh()
    const now = performance.now()
    if (force || now - job.lastWrite >= (this.options.writeEveryMs ?? 2_000)) {
      const lines = job.unreported().map((item) => JSON.stringify({ item }))
      lines.push(JSON.stringify({ summary }))
      appendPrivateFileSync(summary.reportFile, `${lines.join('\n')}\n`)
      job.lastWrite = now
    }
    this.options.emit(summary)
    return summary
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId)
    if (!job) throw new AppError('NOT_FOUND', 'No job with that id exists in this session.')
    return job
  }

  pause(jobId: string): JobSummary {
    const job = this.job(jobId)
    job.pause()
    return this.publish(job)
  }

  resume(jobId: string): JobSummary {
    const job = this.job(jobId)
    job.resume()
    return this.publish(job)
  }

  cancel(jobId: string): JobSummary {
    const job = this.job(jobId)
    if (job.state === 'running' || job.state === 'paused') job.cancel('Cancelled by the user.')
    return this.publish(job)
  }

  /** A job's summary and its first items: a job over a million users is never sent whole. */
  get(jobId: string): JobReport {
    const job = this.job(jobId)
    return { summary: job.refresh(), items: job.items.slice(0, JOB_FIRST_PAGE).map((i) => ({ ...i })) }
  }

  /** A page of a job's items, all or those with one outcome, with how many match in all. */
  items(jobId: string, outcome: ItemOutcome | undefined, offset: number, limit: number): JobItemsPage {
    const { items } = this.job(jobId)
    if (!outcome)
      return { total: items.length, items: items.slice(offset, offset + limit).map((i) => ({ ...i })) }
    const page: JobItemResult[] = []
    let total = 0
    for (const item of items) {
      if (item.outcome !== outcome) continue
      if (total >= offset && page.length < limit) page.push({ ...item })
      total++
    }
    return { total, items: page }
  }

  /** Every item of a job, for main's own use: the saved report, a user's timeline. */
  report(jobId: string): JobReport {
    const job = this.job(jobId)
    return { summary: job.refresh(), items: job.items.map((i) => ({ ...i })) }
  }

  /** A job's report as a file's text, written as it is made; its items are read, not copied. */
  reportFile(jobId: string, format: 'csv' | 'json'): { chunks: AsyncIterable<string>; count: number } {
    const job = this.job(jobId)
    return {
      chunks: reportChunks({ summary: job.refresh(), items: job.items }, format),
      count: job.items.length
    }
  }

  list(): JobSummary[] {
    return [...this.jobs.values()].map((j) => j.refresh()).reverse()
  }

  /** Waits for a job to end (tests, benchmarks). */
  async settled(jobId: string): Promise<JobReport> {
    const job = this.job(jobId)
    while (job.state === 'running' || job.state === 'paused') await sleep(50)
    return this.report(jobId)
  }

  /** On quit: stop every job and write its report as it stands. */
  dispose(): void {
    for (const job of this.jobs.values()) {
      if (job.state !== 'running' && job.state !== 'paused') continue
      job.cancel('The app closed while the job ran.')
      job.summary.state = 'cancelled'
      job.summary.message = 'The app closed while the job ran; users not done are listed as pending.'
      job.summary.finishedAt = new Date().toISOString()
      for (const item of job.items)
        if (item.outcome === 'pending') item.reason ??= 'Not done: the app closed first.'
      this.publish(job)
    }
  }
}

/** Items per chunk of a saved report: a chunk is some hundreds of KB, whatever the job's size. */
const REPORT_BATCH = 1_000

const REPORT_COLUMNS = ['username', 'outcome', 'reason', 'retried', 'at']

function reportCells(i: JobItemResult): string[] {
  return [
    i.username,
    i.outcome,
    i.reason ?? i.skip?.code ?? '',
    i.retried ? `after ${i.retried.after}: ${i.retried.outcome} (attempts: ${i.retried.attempts})` : '',
    i.at ?? ''
  ]
}

async function* reportBatches(items: readonly JobItemResult[]): AsyncGenerator<JobItemResult[]> {
  for (let from = 0; from < items.length; from += REPORT_BATCH) yield items.slice(from, from + REPORT_BATCH)
}

/**
 * A saved report's text, a batch of items at a time, so a job over a million users is never one
 * string: CSV one line per user, or JSON exactly as `JSON.stringify(report, null, 2)` writes it.
 */
export async function* reportChunks(report: JobReport, format: 'csv' | 'json'): AsyncGenerator<string> {
  if (format === 'csv') {
    yield* csvChunks(
      REPORT_COLUMNS,
      (async function* () {
        for await (const batch of reportBatches(report.items)) yield batch.map(reportCells)
      })()
    )
    return
  }
  const indented = (value: unknown, depth: number) =>
    JSON.stringify(value, null, 2).replaceAll('\n', `\n${' '.repeat(depth)}`)
  yield `{\n  "summary": ${indented(report.summary, 2)},\n  "items": [`
  let first = true
  for await (const batch of reportBatches(report.items)) {
    let chunk = ''
    for (const item of batch) {
      chunk += `${first ? '' : ','}\n    ${indented(item, 4)}`
      first = false
    }
    yield chunk
  }
  yield `${first ? '' : '\n  '}]\n}`
}
