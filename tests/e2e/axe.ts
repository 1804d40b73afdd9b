import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

/** axe-core's browser bundle, put into a page once (a reload drops it: it is put in again). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** WCAG 2.1 A and AA, as the issue asks; best-practice rules are advice, not failures. */
const OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations']
}
const FAILING = new Set(['serious', 'critical'])

/**
 * The serious and critical WCAG 2.1 AA violations in the page, or only inside `within` (a dialog whose
 * screen behind it was scanned already), each as one line naming `where` and the first nodes.
 */
export async function axeViolations(page: Page, where: string, within?: string): Promise<string[]> {
  const loaded = await page.evaluate(() => 'axe' in globalThis)
  if (!loaded) await page.evaluate(AXE_SOURCE)
  // Transitions fade colours in: measure contrast once they have finished.
  await page.waitForTimeout(400)
  const result = await page.evaluate(
    ([selector, options]) =>
      (globalThis as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(
        selector ? { include: [selector] } : { exclude: [] },
        options
      ),
    [within ?? null, OPTIONS] as const
  )
  return result.violations
    .filter((v) => FAILING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`
    )
}
