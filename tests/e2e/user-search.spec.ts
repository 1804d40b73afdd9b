import type { Page } from '@playwright/test'
import type { Harness } from '../support/harness'
import { createUsersPool, seedUsers } from '../support/user-pools'
import { expect, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** The same email address in a new pool of the connection's Region and in a new pool in us-west-2. */
async function twoRegions(harness: Harness): Promise<{ email: string; east: string; west: string }> {
  const email = `roaming-${run}-${Math.random().toString(36).slice(2, 6)}@example.com`
  const { connection, clients } = harness.ctx.connections.active()
  const westIdp = harness.ctx.connections.openRegion(connection.id, 'us-west-2').clients.idp
  const east = await createUsersPool(clients.idp, `roam-east-${run}`)
  const west = await createUsersPool(westIdp, `roam-west-${run}`)
  await seedUsers(clients.idp, east, [{ username: 'roam.east', attributes: { email } }])
  await seedUsers(westIdp, west, [{ username: 'roam.west', attributes: { email } }])
  return { email, east, west }
}

async function searchEverywhere(page: Page, identifier: string): Promise<void> {
  await page
    .getByTestId('app-nav')
    .getByRole('link', { name: /Support desk|サポートデスク/ })
    .click()
  const card = page.getByTestId('user-search')
  await card.getByTestId('user-search-identifier').locator('input').fill(identifier)
  // The connection's own Region is chosen already; add the second one.
  await card.getByTestId('user-search-regions').click()
  await page.keyboard.type('us-west-2')
  await page.locator('.n-base-select-option', { hasText: 'us-west-2' }).click()
  await page.keyboard.press('Escape')
  await expect(card.getByTestId('user-search-regions')).toContainText('us-west-2')
  await card.getByTestId('user-search-run').click()
}

test('find a user anywhere: one email finds the user in a pool of each Region, and a hit opens the sign-in check in its Region', async ({
  page,
  harness
}) => {
  const { email, east, west } = await twoRegions(harness)
  await searchEverywhere(page, email)
  const card = page.getByTestId('user-search')
  await expect(card.getByTestId('user-search-state')).toHaveText('Search finished: 2 match(es).')
  await expect(card.getByTestId('user-search-progress')).toContainText('Pools listed in 2 of 2 Region(s)')
  await expect(card.getByTestId(`user-search-hit-${east}`)).toContainText('us-east-1')
  await expect(card.getByTestId(`user-search-hit-${west}`)).toContainText(`roam-west-${run}`)
  await expect(card.getByTestId(`user-search-hit-${west}`)).toContainText('roam.west')
  await expect(card.getByTestId('user-search-failures')).toHaveCount(0)
  await snap(page, 'find-user-anywhere')

  await card.getByTestId(`user-search-open-${west}`).click()
  // The console moved to us-west-2 and the desk checks the user there.
  await expect(page.getByTestId('region-switcher')).toContainText('us-west-2')
  await expect(page.getByTestId('support-pool')).toContainText(west)
  await expect(page.getByTestId('sign-in-check')).toBeVisible()
  await expect(page.getByTestId('sign-in-verdict')).toBeVisible()
  expect(harness.ctx.connections.active().connection.region).toBe('us-west-2')
  // The search stays on the desk after the switch, so the other hit is one click away.
  await expect(card.getByTestId(`user-search-hit-${east}`)).toBeVisible()
})

test('find a user anywhere speaks Japanese and says when nobody matches', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await searchEverywhere(page, `nobody-${run}@example.com`)
  const card = page.getByTestId('user-search')
  await expect(card.getByTestId('user-search-state')).toHaveText('検索が終わりました: 0 件一致。')
  await expect(card.getByTestId('user-search-none')).toContainText('検索したプールに')
  await snap(page, 'find-user-anywhere-ja')
})
