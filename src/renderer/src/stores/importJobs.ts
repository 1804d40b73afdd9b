import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RequestOf } from '@shared/contract'
import type { ImportCsvFile, ImportJob, ImportJobStatus } from '@shared/contract/importJobs'
import { api, unwrap } from '../api'

/** Statuses a job leaves by itself, so the screen keeps asking Cognito how far it got. */
export const RUNNING_STATUSES: readonly ImportJobStatus[] = ['Pending', 'InProgress', 'Stopping']

export const useImportJobsStore = defineStore('importJobs', () => {
  /** The import jobs of `poolId`, newest first. */
  const poolId = ref('')
  const jobs = ref<ImportJob[]>([])
  const loading = ref(false)
  /** The CSV picked in main's dialog for the next job, with its header check. */
  const file = ref<ImportCsvFile | null>(null)

  function put(job: ImportJob): void {
    if (job.poolId !== poolId.value) return
    const at = jobs.value.findIndex((j) => j.jobId === job.jobId)
    if (at >= 0) jobs.value.splice(at, 1, job)
    else jobs.value.unshift(job)
  }

  async function load(pool: string): Promise<void> {
    if (poolId.value !== pool) {
      poolId.value = pool
      jobs.value = []
      file.value = null
    }
    loading.value = true
    try {
      jobs.value = await unwrap(api().importJobs.list({ poolId: pool }))
    } finally {
      loading.value = false
    }
  }

  /** Opens the file dialog in main; keeps the previous choice when the person cancels. */
  async function pickFile(pool: string): Promise<void> {
    const picked = await unwrap(api().importJobs.pickFile({ poolId: pool }))
    if (picked) file.value = picked
  }

  async function create(request: RequestOf<'importJobs', 'create'>): Promise<ImportJob> {
    const job = await unwrap(api().importJobs.create(request))
    file.value = null
    put(job)
    return job
  }

  async function start(job: ImportJob): Promise<void> {
    put(await unwrap(api().importJobs.start({ poolId: job.poolId, jobId: job.jobId })))
  }

  async function stop(job: ImportJob): Promise<void> {
    put(await unwrap(api().importJobs.stop({ poolId: job.poolId, jobId: job.jobId })))
  }

  async function describe(job: ImportJob): Promise<void> {
    put(await unwrap(api().importJobs.describe({ poolId: job.poolId, jobId: job.jobId })))
  }

  return { poolId, jobs, loading, file, load, pickFile, create, start, stop, describe }
})
