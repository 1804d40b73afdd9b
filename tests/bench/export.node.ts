/**
 * Benchmark of users exports, run by `npm run bench` (prints figures and whether each target holds):
 * the export the `users:export` channel runs (JSON rows and table CSV) over 100,000 and 1,000,000
 * users handed over a window of 2,000 at a time, as the index thread hands them, written to a file.
 * Target: memory flat in the number of users: the heap's peak growth during the 1,000,000-user export
 * (uncollected garbage included) stays under 64 MB, a fraction of the file it writes, where building
 * the file as one string needed the whole file and every row at once.
 */
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportUsers, type ExportSource } from '../../src/main/cognito/users-export'
import type { UserRow } from '../../src/shared/contract/users'
import { saveFigures } from './figures'

const SIZES = (process.env.BENCH_EXPORT_USERS ?? '100000,1000000').split(',').map(Number)
const WINDOW = 2_000
const PEAK_LIMIT_MB = 64
const MB = 1024 * 1024

function row(i: number): UserRow {
  return {
    username: `user${i}`,
    sub: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    status: 'CONFIRMED',
    enabled: i % 50 !== 0,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-06-01T00:00:00.000Z',
    attributes: { email: `user${i}@example.com`, email_verified: 'true', 'custom:tenant': `tenant-${i % 40}` }
  }
}

/** Windows made as they are asked for, like the index thread's answers: nothing holds every user. */
function source(count: number): ExportSource {
  async function* windows(): AsyncGenerator<UserRow[]> {
    for (let offset = 0; offset < count; offset += WINDOW)
      yield Array.from({ length: Math.min(WINDOW, count - offset) }, (_, k) => row(offset + k))
  }
  return {
    windows: windows(),
    count,
    attributeNames: ['email', 'email_verified', 'custom:tenant'],
    hasGroups: true
  }
}

async function measure(count: number, format: 'csv' | 'json', dir: string) {
  const path = join(dir, `export-${count}.${format}`)
  const baseline = process.memoryUsage().heapUsed
  let peak = baseline
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5)
  const started = performance.now()
  const result = await exportUsers(
    new CognitoIdentityProviderClient({ region: 'us-east-1' }),
    source(count),
    { poolId: 'us-east-1_bench', format, layout: 'table', what: 'all' },
    async () => path
  )
  const ms = performance.now() - started
  clearInterval(sampler)
  const size = statSync(path).size
  rmSync(path)
  if (result.count !== count) throw new Error(`exported ${result.count} of ${count}`)
  return { ms, peakMb: (peak - baseline) / MB, sizeMb: size / MB }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cac-export-bench-'))
  const failed: string[] = []
  const peaks: Record<string, number> = {}
  console.log('users exports (streamed, a window of 2,000 users at a time):')
  try {
    for (const format of ['json', 'csv'] as const) {
      const figures = []
      for (const count of SIZES) {
        const f = await measure(count, format, dir)
        figures.push(f)
        peaks[`${format}-${count}`] = Math.round(f.peakMb * 10) / 10
        console.log(
          `  ${format} ${count.toLocaleString('en')} users: ${(f.ms / 1000).toFixed(2)} s, file ${f.sizeMb.toFixed(0)} MB, heap peak growth ${f.peakMb.toFixed(1)} MB`
        )
      }
      const first = figures[0]
      const last = figures.at(-1)
      if (!first || !last) continue
      const flat = last.peakMb < PEAK_LIMIT_MB
      console.log(
        `  ${format}: x${(SIZES.at(-1) ?? 0) / (SIZES[0] ?? 1)} users, file x${(last.sizeMb / first.sizeMb).toFixed(1)}, heap peak growth x${(last.peakMb / first.peakMb).toFixed(1)} (${last.peakMb.toFixed(1)} MB = ${((100 * last.peakMb) / last.sizeMb).toFixed(0)}% of the file)   (target < ${PEAK_LIMIT_MB} MB: ${flat ? 'met' : 'NOT MET'})`
      )
      if (!flat) failed.push(format)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  saveFigures('export', peaks)
  console.log(failed.length ? `\n${failed.length} export target(s) not met.` : '\nEvery export target met.')
  process.exitCode = failed.length ? 1 : 0
}

void main()
