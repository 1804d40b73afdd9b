#!/usr/bin/env node
// `npm run bench`: the main-process benchmarks under Node (tsx), then the renderer's Chromium
// benchmarks (Playwright, production build), then the targets table for pools of millions. Prints every figure; exits
// non-zero if a target is missed.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const run = (command, args) => {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  return spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1
}

// Figures of an earlier run must not stand in for this one's (tests/bench/figures.ts).
rmSync(process.env.BENCH_FIGURES_DIR ?? join(tmpdir(), 'cognito-console-bench'), {
  recursive: true,
  force: true
})

const statuses = []
statuses.push(run('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tests/bench/users.node.ts']))
statuses.push(run('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tests/bench/insights.node.ts']))
statuses.push(run('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tests/bench/hardening.node.ts']))
statuses.push(run('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tests/bench/export.node.ts']))

if (existsSync('tests/bench/playwright.bench.config.ts')) {
  // Always a fresh production build: a stale one would measure old code.
  statuses.push(run('npx', ['electron-vite', 'build']))
  statuses.push(run('npx', ['playwright', 'test', '-c', 'tests/bench/playwright.bench.config.ts']))
}

// The targets table for pools of millions, from the figures every benchmark above left.
statuses.push(run('npx', ['tsx', '--tsconfig', 'tsconfig.node.json', 'tests/bench/targets.ts']))

process.exit(statuses.some((s) => s !== 0) ? 1 : 0)
