import { afterEach, describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import type { JobItemResult, JobReport } from '@shared/contract/jobs'
import JobRun from '@renderer/components/users/JobRun.vue'
import { i18n, setLanguage } from '@renderer/i18n'
import { useJobsStore } from '@renderer/stores/jobs'

const JOB = 'job-1'

const items: JobItemResult[] = [
  {
    username: 'landed',
    outcome: 'done',
    retried: { after: 'TIMEOUT', outcome: 'alreadyApplied', attempts: 1 }
  },
  { username: 'third', outcome: 'done', retried: { after: 'NETWORK', outcome: 'applied', attempts: 3 } },
  {
    username: 'refused',
    outcome: 'failed',
    reason: 'Cognito refused a value in the request.',
    retried: { after: 'TIMEOUT', outcome: 'failed', attempts: 2 }
  },
  {
    username: 'invited',
    outcome: 'failed',
    reason: 'Not repeated after TIMEOUT: Cognito keeps no trace of it.',
    retried: { after: 'TIMEOUT', outcome: 'notRepeated', attempts: 1 }
  }
]

const summary: JobReport['summary'] = {
  jobId: JOB,
  kind: 'import',
  state: 'done',
  total: 4,
  done: 2,
  failed: 2,
  skipped: 0,
  throttled: false,
  poolId: 'us-east-1_abc',
  description: 'Import users',
  actionParams: {},
  createdAt: '2026-01-01T00:00:00.000Z',
  elapsedMs: 1000,
  pending: 0,
  reportFile: '/tmp/job-1.json'
}

/** The report of a finished job, as JobRun shows it; the store answers without main. */
async function reasons(language: 'en' | 'ja'): Promise<Record<string, string>> {
  setLanguage(language)
  const pinia = createPinia()
  setActivePinia(pinia)
  const jobs = useJobsStore()
  jobs.progress = { [JOB]: summary }
  jobs.follow = async () => undefined
  jobs.report = async () => ({ summary, items })
  const wrapper = mount(JobRun, { props: { jobId: JOB }, global: { plugins: [i18n, pinia] } })
  await flushPromises()
  const rows = wrapper.findAll('[data-testid="bulk-report"] tbody tr')
  return Object.fromEntries(rows.map((r) => [r.findAll('td')[0]?.text(), r.findAll('td')[2]?.text() ?? '']))
}

afterEach(() => setLanguage('en'))

describe('the job report words retried steps', () => {
  it('in English: what the retry found and on which attempt it ended', async () => {
    const shown = await reasons('en')
    expect(shown.landed).toBe(
      'Tried again after “No answer in time”: an earlier attempt had taken effect, so it was not written twice.'
    )
    expect(shown.third).toBe('Tried again after “Network problem”: done on attempt 3.')
    expect(shown.refused).toBe(
      'Cognito refused a value in the request. Tried again after “No answer in time”: attempt 2 failed too.'
    )
    // Not repeated: the sentence stands alone instead of main's English reason.
    expect(shown.invited).toBe(
      'Not tried again after “No answer in time”: Cognito keeps no trace of whether it was done, and a repeat could send a second message.'
    )
  })

  it('in Japanese, with the same facts', async () => {
    const shown = await reasons('ja')
    expect(shown.landed).toBe(
      '「時間内に応答がありません」の後に再試行: 前の試行が反映済みだったため、二重には書き込んでいません。'
    )
    expect(shown.third).toBe('「ネットワークの問題」の後に再試行: 3 回目で完了しました。')
    expect(shown.refused).toContain('「時間内に応答がありません」の後に再試行: 2 回目も失敗しました。')
    expect(shown.invited).toMatch(/^「時間内に応答がありません」の後は再試行していません/)
  })
})
