import type { Page } from '@playwright/test'
import type { UserRow } from '../../src/shared/contract/users'
import { compileQuery } from '../../src/shared/user-query'
import { expect, test } from '../e2e/fixtures'

/**
 * The users table with 100,000 users, in Chromium, on the production build (out/renderer): the real
 * grid, store and views, fed through the real channel path (`users:indexStatus` / `users:indexQuery`
 * answered by main's pool index, held by the router in this process). Prints every figure and checks
 * the targets:
 * - first rows painted < 1 s after the data arrives;
 * - a search over the index shows its result in < 100 ms;
 * - scrolling top to bottom: median frame interval within 10% of the refresh interval, p95 < 25 ms;
 * - renderer JS heap < 300 MB.
 */

const COUNT = 100_000
const TENANTS = ['acme', 'globex', 'initech', 'umbrella']
const PLANS = ['free', 'pro', 'enterprise']
const FIRST = ['Aiko', 'Ben', 'Chika', 'Dan', 'Emi', 'Felix', 'Gen', 'Hana', 'Ivan', 'Jun', 'Kei', 'Lena']
const LAST = ['Sato', 'Smith', 'Suzuki', 'Jones', 'Tanaka', 'Brown', 'Ito', 'Garcia', 'Kato', 'Miller']
const STATUSES = [
  'CONFIRMED',
  'CONFIRMED',
  'CONFIRMED',
  'FORCE_CHANGE_PASSWORD',
  'UNCONFIRMED',
  'RESET_REQUIRED'
]

/** Users as ListUsers returns them (through toUserRow): a sub, dates, standard and custom attributes. */
function makeUsers(count: number): UserRow[] {
  let seed = 42
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('')
  const start = Date.UTC(2023, 0, 1)
  return Array.from({ length: count }, (_, i) => {
    const first = FIRST[i % FIRST.length]!
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!
    const sub = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`
    const username = `user-${String(i).padStart(6, '0')}`
    const created = new Date(start + i * 60_000).toISOString()
    return {
      username,
      sub,
      status: STATUSES[i % STATUSES.length]!,
      enabled: i % 17 !== 0,
      created,
      modified: new Date(start + i * 60_000 + Math.floor(random() * 1e9)).toISOString(),
      attributes: {
        sub,
        email: `${first.toLowerCase()}.${last.toLowerCase()}.${i}@example.com`,
        email_verified: i % 3 ? 'true' : 'false',
        phone_number: `+8190${String(10_000_000 + i).slice(-8)}`,
        phone_number_verified: 'false',
        given_name: first,
        family_name: last,
        name: `${first} ${last}`,
        locale: i % 2 ? 'ja-JP' : 'en-US',
        'custom:tenant': TENANTS[i % TENANTS.length]!,
        'custom:plan': PLANS[i % PLANS.length]!,
        'custom:employee_id': `E${String(i).padStart(7, '0')}`
      }
    }
  })
}

/** The page's globals these measurements use (the test's tsconfig has no DOM types). */
interface GridElement {
  scrollTop: number
  clientHeight: number
  scrollHeight: number
  getAttribute(name: string): string | null
  querySelectorAll(selector: string): { length: number }
}
interface BrowserGlobals {
  document: {
    querySelector(
      selector: string
    ): (GridElement & { value: string; dispatchEvent(e: Event): boolean }) | null
  }
  requestAnimationFrame(callback: (time: number) => void): number
  performance: { now(): number; getEntriesByName(name: string): { startTime: number }[] }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!
const round = (n: number) => Math.round(n * 10) / 10

/** Intervals between animation frames while nothing happens: the display's refresh interval. */
function idleFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const w = globalThis as unknown as BrowserGlobals
        const intervals: number[] = []
        let last = 0
        const tick = (t: number) => {
          if (last) intervals.push(t - last)
          last = t
          if (intervals.length < 120) w.requestAnimationFrame(tick)
          else resolve(intervals)
        }
        w.requestAnimationFrame(tick)
      })
  )
}

/**
 * Types into the index search box. Resolves with the time until the DOM holds the result (filtering
 * and rendering, measured after Vue's update) and until the frame after it (the result on screen).
 */
function timeSearch(page: Page, text: string, expected: number): Promise<{ dom: number; shown: number }> {
  return page.evaluate(
    ([text, expected]) =>
      new Promise<{ dom: number; shown: number }>((resolve) => {
        const w = globalThis as unknown as BrowserGlobals
        const input = w.document.querySelector('[data-testid="index-text"] input')!
        const grid = w.document.querySelector('[data-testid="users-grid"]')!
        const t0 = w.performance.now()
        input.value = text
        input.dispatchEvent(new Event('input', { bubbles: true }))
        let dom = 0
        // Queued after Vue's own update job, so it runs once the DOM is patched.
        queueMicrotask(() => (dom = w.performance.now() - t0))
        const tick = () => {
          if (grid.getAttribute('aria-rowcount') === String(expected + 1))
            w.requestAnimationFrame(() => resolve({ dom, shown: w.performance.now() - t0 }))
          else w.requestAnimationFrame(tick)
        }
        w.requestAnimationFrame(tick)
      }),
    [text, expected] as const
  )
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

test('users table: 100,000 users in Chromium', async ({ page, harness, seed }) => {
  const users = makeUsers(COUNT)
  const poolId = seed.customersPoolId
  // The index main would hold after loading the pool; the renderer reads it through the channels.
  const index = harness.ctx.indexes.for(harness.ctx.connections.active().connection.id, poolId)
  for (const user of users) index.put(user)
  Object.assign(index.status, { state: 'done', estimated: COUNT, finishedAt: new Date().toISOString() })

  const refresh = median(await idleFrames(page))

  // 1. First rows painted after the data arrives.
  await page.evaluate(
    (hash) => ((globalThis as unknown as { location: { hash: string } }).location.hash = hash),
    `#/pools/${poolId}/users`
  )
  const firstPaint = await page.evaluate(
    (count) =>
      new Promise<number>((resolve) => {
        const w = globalThis as unknown as BrowserGlobals
        const tick = () => {
          const mark = w.performance.getEntriesByName('users:index-rows-arrived')[0]
          const grid = w.document.querySelector('[data-testid="users-grid"]')
          const painted =
            mark &&
            grid?.getAttribute('aria-rowcount') === String(count + 1) &&
            grid.querySelectorAll('[aria-rowindex]').length > 1
          // The frame after the one whose DOM holds the rows is the first to show them.
          if (painted) w.requestAnimationFrame(() => resolve(w.performance.now() - mark.startTime))
          else w.requestAnimationFrame(tick)
        }
        w.requestAnimationFrame(tick)
      }),
    COUNT
  )
  await expect(page.getByTestId('users-count')).toContainText('100,000 of 100,000')
  const heapLoaded = await heapMb(page)

  // 2. Searches over the index (free text over every attribute, custom ones included).
  const searches: [string, number][] = ['E0054321', 'globex', 'tanaka', 'user-0999'].map((text) => [
    text,
    users.filter(compileQuery({ text })).length
  ])
  const searchTimes: { dom: number; shown: number }[] = []
  for (const [text, expected] of searches) searchTimes.push(await timeSearch(page, text, expected))
  const searchMax = Math.max(...searchTimes.map((s) => s.shown))
  await timeSearch(page, '', COUNT)

  // 3. Scroll from top to bottom, one long step per frame, timing every frame.
  const scroll = await page.evaluate(
    () =>
      new Promise<{ intervals: number[]; frames: number }>((resolve) => {
        const w = globalThis as unknown as BrowserGlobals
        const grid = w.document.querySelector('[data-testid="users-grid"]')!
        grid.scrollTop = 0
        const step = 4000
        const intervals: number[] = []
        let last = 0
        const tick = (t: number) => {
          if (last) intervals.push(t - last)
          last = t
          if (grid.scrollTop + grid.clientHeight >= grid.scrollHeight - 1)
            resolve({ intervals, frames: intervals.length })
          else {
            grid.scrollTop += step
            w.requestAnimationFrame(tick)
          }
        }
        w.requestAnimationFrame(tick)
      })
  )
  await expect(page.getByTestId('user-row-user-099999')).toBeVisible()
  const heapAfter = await heapMb(page)

  const frameMedian = median(scroll.intervals)
  const frameP95 = percentile(scroll.intervals, 0.95)
  const figures = {
    users: COUNT,
    refreshIntervalMs: round(refresh),
    firstRowsPaintedMs: round(firstPaint),
    searchMs: Object.fromEntries(
      searches.map(([text], i) => [
        text,
        { filteredAndRendered: round(searchTimes[i]!.dom), onScreen: round(searchTimes[i]!.shown) }
      ])
    ),
    searchMaxMs: round(searchMax),
    scrollFrames: scroll.frames,
    scrollMedianFrameMs: round(frameMedian),
    scrollP95FrameMs: round(frameP95),
    heapAfterLoadMb: round(heapLoaded),
    heapAfterScrollMb: round(heapAfter)
  }
  console.log(`users table benchmark ${JSON.stringify(figures, null, 2)}`)

  expect(firstPaint, 'first rows painted within 1 s of the data').toBeLessThan(1000)
  expect(searchMax, 'every search shows its result within 100 ms').toBeLessThan(100)
  expect(Math.abs(frameMedian - refresh) / refresh, 'median frame within 10% of refresh').toBeLessThanOrEqual(
    0.1
  )
  expect(frameP95, 'p95 frame interval').toBeLessThan(25)
  expect(Math.max(heapLoaded, heapAfter), 'JS heap').toBeLessThan(300)
})
