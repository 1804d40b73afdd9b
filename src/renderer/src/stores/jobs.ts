import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  BulkAction,
  ImportPlan,
  ItemOutcome,
  JobItemsPage,
  JobPlan,
  JobReport,
  JobSummary,
  PlanItem
} from '@shared/contract/jobs'
import type { RequestOf } from '@shared/contract'
import type { FileSaveResult } from '@shared/contract/users'
import type { ImportCheckProgress, JobProgress } from '@shared/events'
import { api, unwrap } from '../api'

export type BulkTarget = RequestOf<'jobs', 'plan'>['target']

/**
 * Bulk jobs: the dry run (plan), the job that runs it, its live progress (`jobs:progress`) and its
 * per-user report. Main keeps the jobs; this store follows the ones this window started or opened.
 */
export const useJobsStore = defineStore('jobs', () => {
  /** Latest progress per job id, as main reports it. */
  const progress = ref<Record<string, JobProgress>>({})
  let listening: (() => void) | null = null

  /** Keeps the newer of two reports of one job: events can overtake the answer of the call that started it. */
  function record(next: JobProgress): void {
    const known = progress.value[next.jobId]
    const settled = (p: JobProgress) => p.done + p.failed + p.skipped
    const final = (p: JobProgress) => ['done', 'cancelled', 'failed'].includes(p.state)
    if (known && ((final(known) && !final(next)) || settled(known) > settled(next))) return
    progress.value = { ...progress.value, [next.jobId]: next }
  }

  function listen(): void {
    if (listening) return
    listening = api().on('jobs:progress', record)
  }

  function track(summary: JobSummary): JobSummary {
    record(summary)
    return summary
  }

  function plan(poolId: string, action: BulkAction, target: BulkTarget): Promise<JobPlan> {
    return unwrap(api().jobs.plan({ poolId, action, target }))
  }

  /** A page of a dry run's users past the first page its answer held. */
  function planItems(planId: string, offset: number, limit: number): Promise<PlanItem[]> {
    return unwrap(api().jobs.planItems({ planId, offset, limit }))
  }

  /** How far main has checked the import file being planned, while it checks. */
  const importProgress = ref<ImportCheckProgress | null>(null)

  async function planImport(poolId: string, csv: string, sendInvitation: boolean): Promise<ImportPlan> {
    importProgress.value = null
    const stop = api().on('jobs:importProgress', (p) => {
      if (p.poolId === poolId) importProgress.value = p
    })
    try {
      return await unwrap(api().jobs.planImport({ poolId, csv, sendInvitation }))
    } finally {
      stop()
      importProgress.value = null
    }
  }

  /** Plans restoring another pool's users (groups, enabled state) into this one. */
  function planCopyUsers(poolId: string, sourcePoolId: string, sendInvitation: boolean): Promise<ImportPlan> {
    return unwrap(api().jobs.planCopyUsers({ poolId, sourcePoolId, sendInvitation }))
  }

  async function start(planId: string): Promise<JobSummary> {
    listen()
    return track(await unwrap(api().jobs.start({ planId })))
  }

  const pause = async (jobId: string) => track(await unwrap(api().jobs.pause({ jobId })))
  const resume = async (jobId: string) => track(await unwrap(api().jobs.resume({ jobId })))
  const cancel = async (jobId: string) => track(await unwrap(api().jobs.cancel({ jobId })))
  const rerun = async (jobId: string) => {
    listen()
    return track(await unwrap(api().jobs.rerun({ jobId })))
  }

  /** A job's summary and first items. */
  function report(jobId: string): Promise<JobReport> {
    return unwrap(api().jobs.get({ jobId }))
  }

  /** A page of a job's items, all or those with one outcome (a job over a million users is read by page). */
  function items(
    jobId: string,
    outcome: ItemOutcome | undefined,
    offset: number,
    limit: number
  ): Promise<JobItemsPage> {
    return unwrap(api().jobs.items({ jobId, offset, limit, ...(outcome ? { outcome } : {}) }))
  }

  /** Every job main knows of (this session's and earlier ones' reports), newest first. */
  async function list(): Promise<JobSummary[]> {
    const jobs = await unwrap(api().jobs.list())
    return [...jobs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  /** Follows a job this window did not start (from the list): its state comes from its report. */
  async function follow(jobId: string): Promise<void> {
    listen()
    if (!progress.value[jobId]) track((await report(jobId)).summary)
  }

  function saveReport(jobId: string, format: 'csv' | 'json'): Promise<FileSaveResult> {
    return unwrap(api().jobs.saveReport({ jobId, format }))
  }

  return {
    progress,
    listen,
    plan,
    planItems,
    items,
    importProgress,
    planImport,
    planCopyUsers,
    start,
    pause,
    resume,
    cancel,
    rerun,
    report,
    list,
    follow,
    saveReport
  }
})
