import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'
import { seedDemo, type DemoSeed } from '../../scripts/seed'
import { useAwsFiles, TEST_PROFILE, TEST_REGION } from '../support/aws-files'
import { createHarness, type Harness } from '../support/harness'
import { keepAuditLog, watchCommands } from './audit-trail'
import { startMoto, type MotoServer } from '../support/moto'
import { serveRenderer } from '../support/static-server'

const ROOT = join(import.meta.dirname, '../..')
const RENDERER = join(ROOT, 'out/renderer')
const PRELOAD = join(ROOT, 'out/preload/index.cjs')

useAwsFiles()

/**
 * Runs the built preload (out/preload/index.cjs) in the page with an `electron` module whose
 * ipcRenderer forwards to the test process: the page gets exactly the `window.api` the app gets.
 */
function preloadShim(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  window.__cacEmit = (event, payload) => { for (const l of listeners.get(event) ?? []) l({}, payload); };
  const electron = {
    contextBridge: { exposeInMainWorld: (key, value) => Object.defineProperty(window, key, { value, enumerable: true }) },
    ipcRenderer: {
      // An answer sent as JSON text (the fixture answersAsJson) is parsed back here.
      invoke: (channel, payload) => window.__cacInvoke(channel, payload).then((a) => typeof a === 'string' ? JSON.parse(a) : a),
      on: (event, listener) => { if (!listeners.has(event)) listeners.set(event, new Set()); listeners.get(event).add(listener); },
      removeListener: (event, listener) => { listeners.get(event)?.delete(listener); }
    }
  };
  const module = { exports: {} };
  const require = (name) => { if (name === 'electron') return electron; throw new Error('the preload may not require ' + name); };
  (function (module, exports, require) {\n${preloadSource}\n})(module, module.exports, require);
})();`
}

export type ConnectionMode = 'none' | 'moto' | 'moto-readonly'

interface WorkerFixtures {
  moto: MotoServer
  seed: DemoSeed
  renderer: { origin: string; close: () => Promise<void> }
}

interface TestFixtures {
  connection: ConnectionMode
  /**
   * Answers cross to the page as one JSON text instead of as values. For benchmarks of the routing
   * process: Playwright serialises and checks every value of an answer in this process (a window of
   * rows is thousands), work Electron's IPC does natively, so it would be measured as the console's.
   */
  answersAsJson: boolean
  harness: Harness
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  moto: [
    // eslint-disable-next-line no-empty-pattern -- Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      const moto = await startMoto()
      await use(moto)
      await moto.stop()
    },
    { scope: 'worker' }
  ],
  seed: [
    async ({ moto }, use) => use(await seedDemo({ endpoint: moto.endpoint, region: TEST_REGION })),
    { scope: 'worker' }
  ],
  renderer: [
    // eslint-disable-next-line no-empty-pattern -- as above
    async ({}, use) => {
      const server = await serveRenderer(RENDERER)
      await use(server)
      await server.close()
    },
    { scope: 'worker' }
  ],
  connection: ['moto', { option: true }],
  answersAsJson: [false, { option: true }],
  harness: async ({ renderer, moto, connection }, use, testInfo) => {
    const harness = await createHarness({
      origins: [renderer.origin],
      ...(connection === 'none' ? {} : { endpoint: moto.endpoint, readOnly: connection === 'moto-readonly' }),
      maxAttempts: 2
    })
    const commands = watchCommands(harness)
    await use(harness)
    await keepAuditLog(harness, testInfo, commands)
    harness.dispose()
  },
  page: async ({ page, harness, renderer, seed, answersAsJson }, use) => {
    void seed // the demo data exists before the first screen loads
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.exposeBinding('__cacInvoke', async (source, channel: string, payload: unknown) => {
      const answer = await harness.router.dispatch(channel, payload, {
        url: source.frame.url(),
        isMainFrame: source.frame === source.page.mainFrame()
      })
      return answersAsJson ? JSON.stringify(answer) : answer
    })
    const off = harness.hub.subscribe((event, payload) => {
      void page
        .evaluate(
          ([e, p]) =>
            (globalThis as unknown as { __cacEmit: (e: string, p: unknown) => void }).__cacEmit(e, p),
          [event, payload] as const
        )
        .catch(() => undefined)
    })
    await page.addInitScript({ content: preloadShim(readFileSync(PRELOAD, 'utf8')) })
    await page.goto(`${renderer.origin}/index.html`)
    await use(page)
    off()
    expect(pageErrors, 'uncaught errors in the page').toEqual([])
  }
})

export { expect }
export { TEST_PROFILE, TEST_REGION }

/**
 * Goes to a screen by its address, as a link inside the app would. Vue Router follows address changes
 * only after its first navigation, so this waits until the app has drawn a screen; an address changed
 * earlier is overwritten by the start-up route.
 */
export async function goTo(page: Page, hash: string): Promise<void> {
  await expect(page.locator('#main-content > *').first()).toBeAttached()
  await page.evaluate((h) => {
    ;(globalThis as unknown as { location: { hash: string } }).location.hash = h
  }, hash)
}

/** Saves a screenshot for the README (docs/screenshots/NAME.png). */
export async function snap(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150)
  await page.screenshot({ path: join(ROOT, 'docs/screenshots', `${name}.png`) })
}
