/**
 * Benchmark of the Insights aggregations, run by `npm run bench` (prints figures and whether each
 * target holds): every chart of the tab and one attribute's distribution, computed as the index
 * thread computes them (`IndexRows.aggregate` over the columns it keeps), over 100,000 and 1,000,000
 * index rows shaped like a real pool's (statuses, three years of dates, verified and missing emails
 * and phones, federated users, groups, a custom attribute).
 * Target: under 300 ms at 1,000,000 users, the median of five runs after one warm-up; the
 * distribution's first call (which prepares the attribute's column) is held to the same target.
 */
import { IndexRows } from '../../src/main/cognito/users-index-store'
import type { UserRow } from '../../src/shared/contract/users'
import type { InsightPeriod } from '../../src/shared/insights'

const TARGET_MS = 300
const SIZES = (process.env.BENCH_INSIGHTS_USERS ?? '100000,1000000').split(',').map(Number)
const STATUSES = [
  'CONFIRMED',
  'CONFIRMED',
  'CONFIRMED',
  'FORCE_CHANGE_PASSWORD',
  'UNCONFIRMED',
  'RESET_REQUIRED'
]
const TENANTS = Array.from({ length: 40 }, (_, i) => `tenant-${i}`)
const GROUPS = [[], [], ['beta'], ['admins'], ['beta', 'support']]
const GOOGLE = '[{"userId":"1","providerName":"Google","providerType":"Google","primary":true}]'
const DAY_MS = 86_400_000
const NOW = Date.parse('2026-11-27T12:00:00.000Z')

/** Deterministic rows: the same pool on every run, so figures compare between runs. */
function pool(count: number): UserRow[] {
  // ISO strings are shared between rows as a real index's parsed dates would not be; the scan reads them the same.
  const days = Array.from({ length: 1100 }, (_, d) => new Date(NOW - d * DAY_MS - 3_600_000).toISOString())
  const rows = new Array<UserRow>(count)
  for (let i = 0; i < count; i++) {
    const federated = i % 20 === 0
    const attributes: Record<string, string> = { 'custom:tenant': TENANTS[(i * 7) % TENANTS.length]! }
    if (i % 10 !== 0) {
      attributes.email = `user${i}@example.com`
      attributes.email_verified = i % 3 === 0 ? 'false' : 'true'
    }
    if (i % 4 === 0) attributes.phone_number = `+8190${String(10_000_000 + i).slice(-8)}`
    if (federated) attributes.identities = GOOGLE
    rows[i] = {
      username: federated ? `Google_${i}` : `user${i}`,
      sub: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      status: federated ? 'EXTERNAL_PROVIDER' : STATUSES[i % STATUSES.length]!,
      enabled: i % 50 !== 0,
      created: days[(i * 13) % days.length]!,
      modified: days[(i * 7) % 200]!,
      attributes,
      groups: GROUPS[i % GROUPS.length]!
    }
  }
  return rows
}

function median(run: () => void, times = 5): number {
  run()
  const samples: number[] = []
  for (let i = 0; i < times; i++) {
    const t0 = performance.now()
    run()
    samples.push(performance.now() - t0)
  }
  return samples.sort((a, b) => a - b)[Math.floor(times / 2)]!
}

let missed = 0
function report(label: string, ms: number): void {
  const ok = ms < TARGET_MS
  if (!ok) missed++
  console.log(`  ${label}: ${ms.toFixed(1)} ms   (target < ${TARGET_MS} ms: ${ok ? 'met' : 'NOT MET'})`)
}

const time = (run: () => void): number => {
  const t0 = performance.now()
  run()
  return performance.now() - t0
}

for (const size of SIZES) {
  const index = new IndexRows()
  const rows = pool(size)
  console.log(`\nInsights over ${size.toLocaleString('en-US')} index rows`)
  // Once per load, not per chart: rows, search text and the columns the charts count.
  const loadMs = time(() => index.add(rows))
  console.log(`  (index load of the rows, columns included: ${loadMs.toFixed(0)} ms, not a chart's time)`)
  const summary = (period: InsightPeriod) => () =>
    index.aggregate('insightsSummary', {}, { period, validityDays: 7, now: NOW })
  for (const period of ['day', 'week', 'month'] as InsightPeriod[])
    report(`every chart, per ${period}`, median(summary(period)))
  const tenants = () => index.aggregate('insightsDistribution', {}, { attribute: 'custom:tenant' })
  report('custom:tenant distribution, first (prepares its column)', time(tenants))
  report('custom:tenant distribution', median(tenants))
  // A user changed: the columns follow it in place, the next charts cost the same.
  index.put([{ ...rows[1]!, status: 'RESET_REQUIRED', attributes: { 'custom:tenant': 'tenant-new' } }])
  report('every chart after a user changed', time(summary('day')))
}
console.log(missed ? `\n${missed} insights target(s) not met.` : '\nEvery insights target met.')
process.exit(missed ? 1 : 0)
