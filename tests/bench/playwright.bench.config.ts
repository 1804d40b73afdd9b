import { defineConfig } from '@playwright/test'
import base from '../../playwright.config'

/**
 * The renderer benchmarks (`*.bench.ts`): the production build in Chromium, same browser and flags as
 * the E2E suite, one worker so nothing else competes for the two cores while frames are timed.
 */
export default defineConfig({
  ...base,
  // Paths here are relative to this file, not to the base config.
  testDir: '..',
  tsconfig: '../../tsconfig.node.json',
  outputDir: '../../test-results/bench',
  testMatch: ['bench/**/*.bench.ts'],
  timeout: 600_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { ...base.use, trace: 'off' }
})
