#!/usr/bin/env node
// The project's test command: typecheck, lint, format check, build, then every suite (unit, renderer,
// integration against moto, E2E in Chromium, Electron smoke), and one closing line that sums them all.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
const results = join(root, 'tests/.results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

const totals = { passed: 0, failed: 0, skipped: 0 }
const lines = []

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  return { ok: result.status === 0, seconds }
}

/** A step that is not a test suite (typecheck, lint, build) counts as one check. */
function step(label, command, args) {
  const { ok, seconds } = run(label, command, args)
  totals[ok ? 'passed' : 'failed']++
  lines.push(`${label}: ${ok ? 'passed' : 'FAILED'} (${seconds} s)`)
  return ok
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function suite(label, command, args, env, count) {
  const { ok, seconds } = run(label, command, args, env)
  const counted = count()
  if (!counted) {
    // The runner died before writing its report: count the suite as one failure.
    totals.failed++
    lines.push(`${label}: FAILED, no report (${seconds} s)`)
    return
  }
  totals.passed += counted.passed
  totals.failed += counted.failed
  totals.skipped += counted.skipped
  const broken = !ok && counted.failed === 0
  if (broken) totals.failed++
  lines.push(
    `${label}: ${counted.passed} passed, ${counted.failed} failed, ${counted.skipped} skipped${broken ? ' (runner exited with an error)' : ''} (${seconds} s)`
  )
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

step('typecheck', 'npm', ['run', 'typecheck'])
step('lint', 'npm', ['run', 'lint'])
step('format', npx, ['prettier', '--check', '.'])
const built = step('build', npx, ['electron-vite', 'build'])

const vitestJson = join(results, 'vitest.json')
suite('vitest (unit, renderer, integration)', npx, ['vitest', 'run'], { VITEST_JSON: vitestJson }, () => {
  const report = readJson(vitestJson)
  if (!report) return null
  return {
    passed: report.numPassedTests ?? 0,
    failed:
      (report.numFailedTests ?? 0) +
      (report.numFailedTestSuites && !report.numFailedTests ? report.numFailedTestSuites : 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
  }
})

if (built && existsSync(join(root, 'out/renderer/index.html'))) {
  const playwrightJson = join(results, 'playwright.json')
  suite(
    'playwright (E2E in Chromium, Electron smoke)',
    npx,
    ['playwright', 'test'],
    { PLAYWRIGHT_JSON: playwrightJson },
    () => {
      const report = readJson(playwrightJson)
      if (!report?.stats) return null
      return {
        passed: (report.stats.expected ?? 0) + (report.stats.flaky ?? 0),
        failed: report.stats.unexpected ?? 0,
        skipped: report.stats.skipped ?? 0
      }
    }
  )
} else {
  totals.failed++
  lines.push('playwright: FAILED, not run because the build failed')
}

console.log('\n=== Summary')
for (const line of lines) console.log(line)
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(totals.failed === 0 ? 0 : 1)
