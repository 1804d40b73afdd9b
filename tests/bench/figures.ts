import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Where each benchmark of `npm run bench` leaves its figures (one JSON file per benchmark and size),
 * so the last step can print the targets table for pools of millions from benchmarks that run in separate processes
 * (Node and Playwright). scripts/bench.mjs empties it before a run.
 */
export const FIGURES_DIR = process.env.BENCH_FIGURES_DIR ?? join(tmpdir(), 'cognito-console-bench')

export function saveFigures(name: string, figures: object): void {
  mkdirSync(FIGURES_DIR, { recursive: true })
  writeFileSync(join(FIGURES_DIR, `${name}.json`), JSON.stringify(figures, null, 2))
}

/** Every benchmark's figures by name; a benchmark that did not run is absent. */
export function readFigures(): Record<string, Record<string, unknown>> {
  if (!existsSync(FIGURES_DIR)) return {}
  const files = readdirSync(FIGURES_DIR).filter((f) => f.endsWith('.json'))
  return Object.fromEntries(
    files.map((f) => [
      f.slice(0, -'.json'.length),
      JSON.parse(readFileSync(join(FIGURES_DIR, f), 'utf8')) as Record<string, unknown>
    ])
  )
}
