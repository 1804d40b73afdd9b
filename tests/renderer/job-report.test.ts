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
  jobs.items = async (_jobId, _outcome, offset, limit) => ({
    total: items.length,
    items: items.slice(offset, offset + limit)
  })
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

describe('the job report of a large job', () => {
  const TOTAL = 1_000_000
  const item = (i: number): JobItemResult => ({ username: `user-${i}`, outcome: i % 7 ? 'done' : 'failed' })

  it('reads its items from main a page at a time, by outcome when filtered', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const jobs = useJobsStore()
    const large = { ...summary, total: TOTAL, done: TOTAL - 142_858, failed: 142_858 }
    jobs.progress = { [JOB]: large }
    jobs.follow = async () => undefined
    jobs.report = async () => ({ summary: large, items: Array.from({ length: 100 }, (_, i) => item(i)) })
    const asked: { outcome: string | undefined; offset: number; limit: number }[] = []
    jobs.items = async (_jobId, outcome, offset, limit) => {
      asked.push({ outcome, offset, limit })
      const total = outcome === 'failed' ? 142_858 : TOTAL
      const step = outcome === 'failed' ? 7 : 1
      return { total, items: Array.from({ length: limit }, (_, k) => item((offset + k) * step)) }
    }
    const wrapper = mount(JobRun, { props: { jobId: JOB }, global: { plugins: [i18n, pinia] } })
    await flushPromises()
    const names = () =>
      wrapper.findAll('[data-testid="bulk-report"] tbody tr').map((r) => r.find('td').text())
    expect(names()).toHaveLength(10)
    expect(names()[0]).toBe('user-0')
    expect(asked).toEqual([{ outcome: undefined, offset: 0, limit: 10 }])

    // The last page of a million items is one click away: the pager knows the count, not the items.
    const pages = wrapper.findAll('[data-testid="bulk-report"] .n-pagination-item')
    expect(pages.at(-2)?.text()).toBe('100000')
    await pages.at(-2)?.trigger('click')
    await flushPromises()
    expect(asked.at(-1)).toEqual({ outcome: undefined, offset: 999_990, limit: 10 })
    expect(names()[0]).toBe('user-999990')

    const failed = wrapper.findAll('.n-radio-button').find((b) => b.text() === 'Failed')
    await failed?.find('input').setValue(true)
    await flushPromises()
    expect(asked.at(-1)).toEqual({ outcome: 'failed', offset: 0, limit: 10 })
    expect(names()[1]).toBe('user-7')
  })
})
