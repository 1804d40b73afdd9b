import type { Page } from '@playwright/test'
import { expect, snap, test } from './fixtures'

/** The `data-testid` of the element that has focus, or of its nearest ancestor that has one. */
function focusedTestId(page: Page): Promise<string | null> {
  return page.evaluate<string | null>(
    "document.activeElement?.closest('[data-testid]')?.getAttribute('data-testid') ?? null"
  )
}

/** Presses Tab (or Shift+Tab) until the element with `testid` has focus; fails after `max` presses. */
async function tabTo(page: Page, testid: string, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedTestId(page)) === testid) return
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  expect(await focusedTestId(page), `${testid} reached by ${back ? 'Shift+Tab' : 'Tab'}`).toBe(testid)
}

test('a keyboard alone walks pools → pool → Users → a user → Disable (confirmed) → back, focus following', async ({
  page,
  harness,
  seed
}) => {
  await expect(page.getByTestId('pools-table')).toContainText('demo-customers')

  // The first Tab reaches the skip link, which takes focus to the screen.
  await page.keyboard.press('Tab')
  expect(await focusedTestId(page)).toBe('skip-link')
  await expect(page.getByTestId('skip-link')).toBeVisible()

  await tabTo(page, 'pool-row-demo-customers')
  await snap(page, 'focus-ring')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('pool-name')).toBeFocused()

  // The tabs are one stop: arrows and Home move between them.
  await tabTo(page, 'tab-pool-overview')
  await page.keyboard.press('Home')
  await expect(page.getByTestId('tab-pool-users')).toBeFocused()
  await expect(page.getByTestId('tab-pool-users')).toHaveAttribute('aria-selected', 'true')
  await expect(page.getByTestId('users-count')).toContainText('user')

  await tabTo(page, 'users-grid')
  const grid = page.getByTestId('users-grid')
  await expect(grid.locator('.row').first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  const row = await grid.getAttribute('aria-activedescendant')
  expect(row).toBe('user-row-2')
  const username = (await page.locator(`#${row} a.open`).textContent())!.trim()
  // The demo data disables every ninth user: the walk needs this one
  // enabled, and its end leaves it as it was.
  const poolUser = { poolId: seed.customersPoolId, username }
  const wasEnabled = (await harness.ok('users', 'get', poolUser)).user.enabled
  if (!wasEnabled) await harness.ok('users', 'enable', poolUser)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('user-detail-name')).toHaveText(username)
  await expect(page.getByTestId('user-detail-name')).toBeFocused()

  await tabTo(page, 'action-disable')
  await page.keyboard.press('Enter')
  const confirm = page.getByTestId('dialog-confirm')
  await expect(confirm).toBeVisible()
  // Nothing changed before confirming.
  expect((await harness.ok('users', 'get', poolUser)).user.enabled).toBe(true)
  await tabTo(page, 'dialog-confirm')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('user-enabled')).toHaveText('Disabled')
  // The Disable button became Enable: focus goes to the outcome, not to the page.
  await expect(page.getByTestId('action-result')).toBeFocused()
  expect((await harness.ok('users', 'get', poolUser)).user.enabled).toBe(false)

  await tabTo(page, 'back-to-users', { back: true })
  await page.keyboard.press('Enter')
  // Back on the list, focus is on the grid again, on the row the user was opened from.
  await expect(grid).toBeFocused()
  await expect(grid).toHaveAttribute('aria-activedescendant', 'user-row-2')
  await expect(page.getByTestId(`user-row-${username}`)).toHaveClass(/focused/)
  if (wasEnabled) await harness.ok('users', 'enable', poolUser)
})
