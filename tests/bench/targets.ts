/**
 * The targets table for pools of millions, printed last by `npm run bench` from the figures the benchmarks left
 * (`figures.ts`): one row per metric, both sizes, each with its value, target, ratio and whether it holds.
 *
 * The index thread keeps rows in slots with each row's search text ready, typed columns for counts and
 * cheap tests, and a per-column sort order (typed arrays of slots and ranks). Free text and conditions
 * are one scan of the kept strings (typed columns first, the exact rules only on rows whose text holds
 * every needle); a sort's first rows come from one bounded-heap pass while the column's order is built
 * in steps between calls, and a built order answers a sort by reading it (filtered: a numeric sort of
 * the matches' ranks). See docs/DEVELOPING.md ("The pool index") for the figures before and after.
 */
import { readFigures } from './figures'

interface Row {
  metric: string
  size: string
  value: number | undefined
  target: number
  unit: string
  note?: string
}

const figures = readFigures()
const num = (name: string, key: string): number | undefined => {
  const value = figures[name]?.[key]
  return typeof value === 'number' ? value : undefined
}
const maxOf = (...xs: (number | undefined)[]): number | undefined => {
  const known = xs.filter((x): x is number => x !== undefined)
  return known.length ? Math.max(...known) : undefined
}

const ms = (value: number | undefined): string => (value === undefined ? 'not measured' : `${value} ms`)
/** The routing thread's own CPU within its longest stalls (load, queries): the rest was waiting for a core. */
const ownCpu = (load: number | undefined, queries: number | undefined): string | undefined =>
  load === undefined && queries === undefined
    ? undefined
    : `own CPU in the longest stall: load ${ms(load)}, queries ${ms(queries)}`

const rows: Row[] = []
for (const [users, label] of [
  [100_000, '100k'],
  [1_000_000, '1M']
] as const) {
  const table = `table-${users}`
  const load = `load-${users}-simulator`
  const big = users === 1_000_000
  rows.push({
    metric: 'index load / quota floor (simulated service)',
    size: label,
    value: num(load, 'ratio'),
    target: 1.15,
    unit: 'x',
    ...(num(load, 'ratio') === undefined
      ? { note: `run with BENCH_USERS=${users} (floor ${(users / 60 / 30 / 60).toFixed(1)} min)` }
      : {})
  })
  const moto = num(`load-${users}-moto`, 'ratio')
  if (moto !== undefined)
    rows.push({
      metric: 'index load / quota floor (moto)',
      size: label,
      value: moto,
      target: 1.15,
      unit: 'x'
    })
  rows.push({
    metric: 'longest block of the main process (load, queries)',
    size: label,
    value: maxOf(num(load, 'mainLongestBlockMs'), num(table, 'mainLongestBlockMs')),
    target: 20,
    unit: 'ms',
    note: ownCpu(num(load, 'mainCpuInLongestStallMs'), num(table, 'mainCpuInLongestStallMs'))
  })
  rows.push({
    metric: 'free-text search on screen',
    size: label,
    value: num(table, 'freeTextMaxMs'),
    target: big ? 300 : 100,
    unit: 'ms'
  })
  rows.push({
    metric: 'AND of two conditions on screen',
    size: label,
    value: num(table, 'andMs'),
    target: big ? 300 : 100,
    unit: 'ms'
  })
  rows.push({
    metric: 'sort by a column on screen',
    size: label,
    value: num(table, 'sortMaxMs'),
    target: big ? 500 : 150,
    unit: 'ms'
  })
  rows.push({
    metric: 'scroll p95 frame',
    size: label,
    value: num(table, 'scrollP95FrameMs'),
    target: 25,
    unit: 'ms'
  })
  rows.push({
    metric: 'renderer JS heap',
    size: label,
    value: maxOf(num(table, 'rendererHeapLoadedMb'), num(table, 'rendererHeapAfterScrollMb')),
    target: big ? 150 : 100,
    unit: 'MB'
  })
  rows.push({
    metric: 'index thread heap',
    size: label,
    value: num(table, 'indexThreadHeapMb'),
    target: big ? 1024 : 150,
    unit: 'MB'
  })
  for (const format of ['csv', 'json'])
    rows.push({
      metric: `export ${format.toUpperCase()}: heap peak growth (streams, flat)`,
      size: label,
      value: num('export', `${format}-${users}`),
      target: 64,
      unit: 'MB'
    })
}

const cells = rows.map((r) => {
  const value = r.value === undefined ? 'not measured' : `${r.value}${r.unit === 'x' ? 'x' : ` ${r.unit}`}`
  const verdict = r.value === undefined ? 'not run' : r.value <= r.target ? 'met' : 'NOT MET'
  const holds = r.note ? (r.value === undefined ? r.note : `${verdict} (${r.note})`) : verdict
  const ratio = r.value === undefined ? '' : `${(r.value / r.target).toFixed(2)}`
  return [r.metric, r.size, value, `≤ ${r.target}${r.unit === 'x' ? 'x' : ` ${r.unit}`}`, ratio, holds]
})
const head = ['metric', 'users', 'value', 'target', 'ratio', 'holds']
const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)))
const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(widths[i] ?? 0)).join(' | ')} |`
console.log('\nTargets for pools of 100,000 and 1,000,000 users (this run):')
console.log(line(head))
console.log(line(widths.map((w) => '-'.repeat(w))))
for (const c of cells) console.log(line(c))
const missed = rows.filter((r) => r.value !== undefined && r.value > r.target).length
console.log(missed ? `\n${missed} target(s) not met.` : '\nEvery measured target met.')
process.exitCode = missed ? 1 : 0
