import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JobItemResult, JobReport } from '../../src/shared/contract/jobs'
import { saveAs } from '../../src/main/files/private-files'
import { toCsv } from '../../src/main/files/csv'
import { reportChunks } from '../../src/main/jobs/jobs'

const ITEMS = 120_000

/** A job's report of many users, with every kind of outcome and cells that need quoting or escaping. */
function largeReport(): JobReport {
  const items: JobItemResult[] = Array.from({ length: ITEMS }, (_, i) => {
    const username = i % 97 === 0 ? `=user,"${i}"` : `user-${i}-ユーザー`
    if (i % 5 === 0)
      return { username, outcome: 'skipped', skip: { code: 'alreadyInGroup', params: { group: 'g' } } }
    if (i % 7 === 0)
      return {
        username,
        outcome: 'failed',
        errorCode: 'THROTTLED',
        reason: 'Rate exceeded,\nagain',
        at: '2026-11-28T10:00:00.000Z'
      }
    if (i % 11 === 0)
      return {
        username,
        outcome: 'done',
        at: '2026-11-28T10:00:01.000Z',
        retried: { after: 'TIMEOUT', outcome: 'alreadyApplied', attempts: 1 }
      }
    return { username, outcome: i % 13 === 0 ? 'pending' : 'done', at: '2026-11-28T10:00:02.000Z' }
  })
  const summary = { jobId: 'j', state: 'done', total: ITEMS, done: 1, note: 'a "summary"\nover lines' }
  return { summary: summary as never, items }
}

/** Writes the report through the one save path, as `jobs:saveReport` does, and reads the file back. */
async function saved(report: JobReport, format: 'csv' | 'json') {
  const path = join(mkdtempSync(join(tmpdir(), 'job-report-file-')), `report.${format}`)
  const chunks: number[] = []
  async function* measured(): AsyncGenerator<string> {
    for await (const chunk of reportChunks(report, format)) {
      chunks.push(chunk.length)
      yield chunk
    }
  }
  const result = await saveAs(async () => path, {
    defaultName: `report.${format}`,
    filters: [],
    content: measured(),
    count: report.items.length
  })
  return { result, text: readFileSync(path, 'utf8'), mode: statSync(path).mode & 0o777, chunks }
}

describe('a saved job report', () => {
  it('is written to the file a batch of users at a time, owner-only, exactly as the whole report reads', async () => {
    const report = largeReport()
    const json = await saved(report, 'json')
    expect(json.result).toMatchObject({ saved: true, count: ITEMS })
    expect(json.mode).toBe(0o600)
    expect(json.text).toBe(JSON.stringify(report, null, 2))
    // Streamed: many chunks, none near the whole file.
    expect(json.chunks.length).toBeGreaterThan(100)
    expect(Math.max(...json.chunks)).toBeLessThan(json.text.length / 50)

    const csv = await saved(report, 'csv')
    expect(csv.mode).toBe(0o600)
    const lines = csv.text.split('\r\n')
    expect(lines[0]).toBe('username,outcome,reason,retried,at')
    expect(csv.text).toBe(
      toCsv(
        ['username', 'outcome', 'reason', 'retried', 'at'],
        report.items.map((i) => [
          i.username,
          i.outcome,
          i.reason ?? i.skip?.code ?? '',
          i.retried ? `after ${i.retried.after}: ${i.retried.outcome} (attempts: ${i.retried.attempts})` : '',
          i.at ?? ''
        ])
      )
    )
    expect(lines[1]).toBe(`"'=user,""0""",skipped,alreadyInGroup,,`)
    expect(csv.chunks.length).toBeGreaterThan(100)
  })

  it('of a job with no users is still a whole document', async () => {
    const report: JobReport = { summary: { jobId: 'j' } as never, items: [] }
    expect((await saved(report, 'json')).text).toBe(JSON.stringify(report, null, 2))
    expect((await saved(report, 'csv')).text).toBe('username,outcome,reason,retried,at')
  })
})
