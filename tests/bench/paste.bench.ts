import { expect, test } from '../e2e/fixtures'

/**
 * The token inspector against a 5 MB paste, in Chromium, on the production build: the paste event
 * carries the text as a real paste does, and the refusal must be on screen after < 200 ms of
 * main-thread work (Chromium's own TaskDuration, so time spent waiting for a core on a loaded machine
 * does not count). The wall time from the paste to the frame showing the message is printed beside it.
 */

const SIZE = 5 * 1024 * 1024

interface PasteGlobals {
  document: {
    querySelector(selector: string): { dispatchEvent(e: Event): boolean; value: string } | null
    body: { innerText: string }
  }
  DataTransfer: new () => { setData(type: string, value: string): void }
  ClipboardEvent: new (type: string, init: object) => Event
  requestAnimationFrame(callback: () => void): number
  performance: { now(): number }
}

test('token inspector: a 5 MB paste is refused with a message', async ({ page }) => {
  await page.getByRole('menuitem', { name: 'Token inspector' }).click()
  await page.getByTestId('mode-paste').click()
  await expect(page.getByTestId('inspector-paste')).toBeVisible()

  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const taskSeconds = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0
  }
  // The text is built in the page first, so neither building nor sending it is measured.
  await page.evaluate((size) => {
    ;(globalThis as unknown as { pasteText: string }).pasteText = 'x'.repeat(size)
  }, SIZE)
  const before = await taskSeconds()
  const result = await page.evaluate(
    () =>
      new Promise<{ wallMs: number; inBox: number }>((resolve) => {
        const w = globalThis as unknown as PasteGlobals & { pasteText: string }
        const box = w.document.querySelector('[data-testid="inspector-paste"] textarea')!
        const data = new w.DataTransfer()
        data.setData('text/plain', w.pasteText)
        const started = w.performance.now()
        box.dispatchEvent(
          new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
        )
        const tick = () => {
          if (w.document.body.innerText.includes('nothing was pasted'))
            w.requestAnimationFrame(() =>
              resolve({ wallMs: w.performance.now() - started, inBox: box.value.length })
            )
          else w.requestAnimationFrame(tick)
        }
        w.requestAnimationFrame(tick)
      })
  )
  const mainThreadMs = ((await taskSeconds()) - before) * 1000
  await cdp.detach()

  const round = (n: number) => Math.round(n * 10) / 10
  console.log(
    `token paste benchmark ${JSON.stringify({ pastedCharacters: SIZE, mainThreadMs: round(mainThreadMs), messageOnScreenMs: round(result.wallMs), charactersInBox: result.inBox })}`
  )
  console.log(
    `  5 MB paste answered: ${round(mainThreadMs)} ms of main-thread time (target < 200 ms: ${mainThreadMs < 200 ? 'met' : 'NOT MET'})`
  )
  await expect(page.getByTestId('token-inspector-view')).toContainText('5,242,880 characters')
  expect(result.inBox, 'nothing of the paste reached the box').toBe(0)
  expect(mainThreadMs, 'main-thread time from paste to message').toBeLessThan(200)
})
