import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Picks an option of a Naive UI select by typing it (filterable selects) and pressing Enter. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click()
  await page.keyboard.type(option)
  await page.keyboard.press('Enter')
}

/** The demo pool's users indexed and narrowed to one tenant's ten users. */
async function tenantResult(page: Page): Promise<void> {
  await page.getByTestId('open-pool-demo-customers').click()
  await page.getByTestId('tab-pool-users').click()
  await page.getByTestId('source-index').click()
  await page.getByTestId('index-start').click()
  await expect(page.getByTestId('index-summary')).toContainText(/Indexed \d+ of about \d+ users/)
  await page.getByTestId('add-condition').click()
  await choose(page, 'condition-attribute', 'custom:tenant')
  await page.getByTestId('condition-operator').click()
  await page.getByTestId('option-equals').click()
  await page.getByTestId('condition-value').locator('input').fill('initech')
  await expect(page.getByTestId('users-count')).toContainText(/^10 of \d+ indexed user\(s\) match/)
}

test('users: unticking every user of "all matching" leaves nothing selected and the bulk action off, with the reason', async ({
  page
}) => {
  await tenantResult(page)
  await page.getByTestId('select-all').check()
  await expect(page.getByTestId('users-selected')).toHaveText('10 selected')
  await expect(page.getByTestId('bulk-action')).toBeEnabled()

  const grid = page.getByTestId('users-grid')
  await grid.focus()
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
  }
  await expect(page.getByTestId('users-selected')).toHaveText('0 selected')
  await expect(page.getByTestId('bulk-action')).toBeDisabled()
  await expect(page.getByTestId('users-none-selected')).toContainText('no bulk action applies')
  await expect(page.getByTestId('bulk-action')).toHaveAttribute('aria-describedby', 'users-none-selected')

  // Ticking "all" again selects the ten, and the dry run plans exactly them.
  await page.getByTestId('select-all').click()
  await expect(page.getByTestId('users-selected')).toHaveText('10 selected')
  await expect(page.getByTestId('users-none-selected')).toBeHidden()
  await page.getByTestId('bulk-action').click()
  const bulk = page.getByTestId('bulk-dialog')
  await expect(bulk).toContainText('Bulk action on 10 user(s)')
  await bulk.getByTestId('bulk-dry-run').click()
  const summary = bulk.getByTestId('bulk-plan-summary')
  await expect(summary).toContainText(/\d+ user\(s\) would change, \d+ would be skipped/)
  const [, change, skip] = /(\d+) user\(s\) would change, (\d+) would be skipped/.exec(
    (await summary.textContent()) ?? ''
  )!
  expect(Number(change) + Number(skip)).toBe(10)
})

test('users: an export of "all matching" but one unticked user writes the other nine as JSON Lines', async ({
  page,
  harness
}) => {
  const saved = mkdtempSync(join(tmpdir(), 'cac-selection-e2e-'))
  harness.ctx.saveFile = async ({ defaultName }) => join(saved, defaultName)
  await tenantResult(page)
  await page.getByTestId('select-all').check()
  const first = page.locator('[data-testid^="user-row-"]').first()
  const unticked = ((await first.getAttribute('data-testid')) ?? '').replace('user-row-', '')
  await page.getByTestId('users-grid').focus()
  await page.keyboard.press('Space')
  await expect(page.getByTestId('users-selected')).toHaveText('9 selected')

  await page.getByTestId('export-users').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByTestId('export-scope-selected')).toContainText('The ticked users (9)')
  await dialog.getByTestId('export-format-jsonl').click()
  await dialog.getByTestId('export-run').click()
  await expect(dialog).toBeHidden()
  const files = readdirSync(saved)
  expect(files).toEqual([expect.stringMatching(/-search\.jsonl$/)])
  const lines = readFileSync(join(saved, files[0]!), 'utf8').trimEnd().split('\n')
  const users = lines.map(
    (line) => JSON.parse(line) as { username: string; attributes: Record<string, string> }
  )
  expect(users).toHaveLength(9)
  expect(users.every((u) => u.attributes['custom:tenant'] === 'initech')).toBe(true)
  expect(users.map((u) => u.username)).not.toContain(unticked)
})
