import { z } from 'zod'
import { command, local, query } from './define'
import { indexQuerySchema, type FileSaveResult } from './users'
import type { ErrorCode } from '../errors'
import type { AttributeProblem } from '../user-rules'
import type { JobProgress } from '../events'
import { empty, groupNameSchema, strict, text, userPoolIdSchema, usernameSchema } from '../schemas'

/**
 * Bulk jobs: plan (dry run) first, then run the plan as a job that reports progress on the
 * `jobs:progress` event, can be paused, resumed and cancelled, and keeps a per-user report on disk
 * as it goes, so an interrupted job (dead endpoint, closed window) still says exactly what was done.
 */

export const bulkActionSchema = z.discriminatedUnion('kind', [
  strict({ kind: z.literal('disable') }),
  strict({ kind: z.literal('enable') }),
  strict({ kind: z.literal('delete') }),
  strict({ kind: z.literal('resetPassword') }),
  strict({ kind: z.literal('resendInvitation') }),
  strict({ kind: z.literal('globalSignOut') }),
  strict({ kind: z.literal('addToGroup'), group: groupNameSchema }),
  strict({ kind: z.literal('removeFromGroup'), group: groupNameSchema }),
  strict({ kind: z.literal('setAttribute'), name: text(64, 1), value: text(2048) })
])

export type BulkAction = z.infer<typeof bulkActionSchema>
export type BulkTarget = z.infer<typeof bulkTargetSchema>
/** Every job kind: the bulk actions plus `create` (CSV import). */
export type JobKind = BulkAction['kind'] | 'create'

/** Whom a bulk action applies to: listed usernames, or every user matching an index query. */
export const bulkTargetSchema = z.union([
  strict({ usernames: z.array(usernameSchema).min(1).max(100_000) }),
  // `except`: users the person unticked after selecting every match (the query's result minus these).
  strict({ query: indexQuerySchema, except: z.array(usernameSchema).max(100_000).optional() })
])

export const planRequest = strict({
  poolId: userPoolIdSchema,
  action: bulkActionSchema,
  target: bulkTargetSchema
})

/** Why a user changes or is skipped: a stable key the renderer localises with `params`. */
export type PlanReason =
  | 'noSuchUser'
  | 'willDisable'
  | 'alreadyDisabled'
  | 'willEnable'
  | 'alreadyEnabled'
  | 'willDelete'
  | 'willReset'
  | 'alreadyReset'
  | 'willReinvite'
  | 'notInvitable'
  | 'willSignOut'
  | 'willAddToGroup'
  | 'alreadyInGroup'
  | 'willRemoveFromGroup'
  | 'notInGroup'
  | 'willSetAttribute'
  | 'attributeAlreadySet'
  | 'willCreate'

/** `change`: the job will act on this user; `skip`: already in the target state, or cannot apply. */
export interface PlanItem {
  username: string
  outcome: 'change' | 'skip'
  code: PlanReason
  /** Values for the localised reason: group, status, name, value, old. */
  params: Record<string, string>
}

/** Users of a dry run's answer; the rest are read a page at a time (`jobs:planItems`), never all at once. */
export const PLAN_FIRST_PAGE = 100

/** The dry run: what would happen to whom. A plan is kept in main for an hour, until started. */
export interface JobPlan {
  planId: string
  poolId: string
  kind: JobKind
  /** The action in words, e.g. "Disable" or "Add to group admins" (English; localise by `kind`). */
  description: string
  /** Values a localised description needs: group, name, value, invitation. */
  actionParams: Record<string, string>
  /** The first `PLAN_FIRST_PAGE` users of the plan, in order; `counts` covers them all. */
  items: PlanItem[]
  counts: { change: number; skip: number }
}

export const planItemsRequest = strict({
  planId: z.uuid(),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500)
})

export const ITEM_OUTCOMES = ['done', 'skipped', 'failed', 'pending'] as const
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number]

export interface JobItemResult {
  username: string
  outcome: ItemOutcome
  /** For a failure or an interruption, the error code of the last attempt (localised by the renderer). */
  errorCode?: ErrorCode
  /** Why a user was skipped, as the dry run said (localised by the renderer). */
  skip?: Pick<PlanItem, 'code' | 'params'>
  /** For a failure or an interruption, what happened in English (the saved report's words). */
  reason?: string
  /** ISO time of the outcome. */
  at?: string
  /** Set when the step was tried again after an attempt whose outcome was unknown (a timeout, a cut connection). */
  retried?: StepRetry
}

/**
 * A step tried again: `alreadyApplied` when Cognito showed an earlier attempt had taken effect (not
 * written twice), `applied` when a repeat did it, `failed` when the repeats failed too, `notRepeated`
 * when Cognito keeps no trace to check and a repeat could send a second message.
 */
export interface StepRetry {
  after: ErrorCode
  outcome: 'alreadyApplied' | 'applied' | 'failed' | 'notRepeated'
  /** Attempts at the write in all: a timeout gets one repeat, a cut connection up to the outage attempts. */
  attempts: number
}

export interface JobSummary extends JobProgress {
  poolId: string
  description: string
  actionParams: Record<string, string>
  createdAt: string
  finishedAt?: string
  elapsedMs: number
  pending: number
  /**
   * The job's report file in the app's data folder, JSON Lines appended as the job goes: `{"item": ...}`
   * once per user when its outcome is final (the pending ones when the job ends), and `{"summary": ...}`
   * after them each time; the last summary is the job's state.
   */
  reportFile: string
  /** The job this one reruns the remainder of. */
  rerunOf?: string
}

/** Users of a job's answer (`jobs:get`); the rest are read a page at a time (`jobs:items`), never all at once. */
export const JOB_FIRST_PAGE = 100

export interface JobReport {
  /** The job's counts (`total`, `done`, `skipped`, `failed`, `pending`) cover every item. */
  summary: JobSummary
  /** Through `jobs:get`, the first `JOB_FIRST_PAGE` items in order; main's own reports hold them all. */
  items: JobItemResult[]
}

export const jobItemsRequest = strict({
  jobId: z.uuid(),
  /** Only the items with this outcome (the report's filter); every item without it. */
  outcome: z.enum(ITEM_OUTCOMES).optional(),
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500)
})

/** A page of a job's items, and how many items the filter matches in all. */
export interface JobItemsPage {
  total: number
  items: JobItemResult[]
}

export const importRequest = strict({
  poolId: userPoolIdSchema,
  /** The CSV text (the import format: one column per attribute, `cognito:username` for the username). */
  csv: text(20_000_000, 1),
  sendInvitation: z.boolean()
})

/** What is wrong with a line of an import file, as a code with its values (worded by the renderer). */
export type ImportProblem =
  | { code: 'unknownColumn'; column: string }
  | { code: 'noUsernameColumn' }
  | { code: 'noUsers' }
  /** The CSV parser's own error code, e.g. MissingQuotes. */
  | { code: 'csv'; detail: string }
  | { code: 'valueCount'; values: number; columns: number }
  | { code: 'usernameMissing' }
  | { code: 'usernameInvalid' }
  | { code: 'duplicate'; username: string; firstLine: number }
  | { code: 'attribute'; problem: AttributeProblem }
  /** A backup's enabled column holds something other than true or false. */
  | { code: 'enabledInvalid'; value: string }
  /** A backup's groups column is not a JSON list of group names. */
  | { code: 'groupsInvalid' }

export interface ImportRowError {
  /** 1-based line number in the file (the header is line 1). */
  line: number
  username?: string
  problems: ImportProblem[]
}

/** Every bad row is listed; a plan exists only when no row is bad. */
export interface ImportPlan {
  rows: number
  errors: ImportRowError[]
  plan?: JobPlan
  /** For a backup exported by this console: what the job restores beyond creating the users. */
  restore?: { memberships: number; disabled: number; newGroups: string[] }
}

const jobId = strict({ jobId: z.uuid() })

export const jobsContract = {
  /** Dry run of a bulk action: who would change, who is skipped and why. */
  plan: query(planRequest).returns<JobPlan>(),
  /** Validates a CSV against the pool schema and, when every row is good, plans their creation. */
  planImport: query(importRequest).returns<ImportPlan>(),
  /**
   * Plans restoring another pool's users (with their groups and enabled state) into this one, as a
   * clone does; passwords cannot be copied, so each user gets a temporary one.
   */
  planCopyUsers: query(
    strict({ poolId: userPoolIdSchema, sourcePoolId: userPoolIdSchema, sendInvitation: z.boolean() })
  ).returns<ImportPlan>(),
  /** A page of a dry run's users, for plans longer than its first page. */
  planItems: query(planItemsRequest).returns<PlanItem[]>(),
  start: command(strict({ planId: z.uuid() })).returns<JobSummary>(),
  pause: local(jobId).returns<JobSummary>(),
  resume: local(jobId).returns<JobSummary>(),
  cancel: local(jobId).returns<JobSummary>(),
  /** A new job over the users the given job did not finish (pending or failed). */
  rerun: command(jobId).returns<JobSummary>(),
  /** A job's summary and its first items (`JOB_FIRST_PAGE`); the rest through `jobs:items`. */
  get: query(jobId).returns<JobReport>(),
  /** A page of a job's items, all of them or those with one outcome. */
  items: query(jobItemsRequest).returns<JobItemsPage>(),
  list: query(empty).returns<JobSummary[]>(),
  /** Saves the per-user report through a save dialog. */
  saveReport: local(strict({ jobId: z.uuid(), format: z.enum(['csv', 'json']) })).returns<FileSaveResult>()
}
