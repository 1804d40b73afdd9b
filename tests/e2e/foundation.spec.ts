import type { Page } from '@playwright/test'
import { expect, snap, test, TEST_PROFILE } from './fixtures'

test.describe('first run', () => {
  test.use({ connection: 'none' })

  test('creates a connection to the emulator, tests it, and sees the seeded pools', async ({
    page,
    moto
  }) => {
    await expect(page.getByTestId('pools-view')).toContainText('Choose or add a connection')
    await page.getByRole('button', { name: 'Open Settings' }).click()
    await page.getByTestId('add-connection').click()
    const form = page.getByTestId('connection-form')
    await form.getByTestId('connection-profile').click()
    await page.getByText(`${TEST_PROFILE} — access keys`).click()
    await form.getByTestId('connection-name').locator('input').fill('Local moto')
    await form.getByTestId('connection-endpoint').locator('input').fill(moto.endpoint)
    await snap(page, 'connection-form')
    await form.getByTestId('connection-save').click()

    const card = page.getByTestId('connection-Local moto')
    await expect(card).toBeVisible()
    await card.getByTestId('test-connection').click()
    await expect(card.getByTestId('connection-test-result')).toContainText('Signed in as arn:aws:')
    await expect(card.getByTestId('connection-test-result')).toContainText('Cognito answers')
    await snap(page, 'settings-connections')

    await page.getByTestId('app-nav').getByRole('link', { name: 'User pools' }).click()
    const table = page.getByTestId('pools-table')
    await expect(table).toContainText('demo-customers')
    await expect(table).toContainText('demo-staff')
    await snap(page, 'pools-list')
  })
})

test('switching to Japanese changes the UI text and persists', async ({ page, harness }) => {
  await page.getByTestId('app-nav').getByRole('link', { name: 'Settings' }).click()
  await page.getByTestId('language-ja').click()
  await expect(page.getByTestId('app-nav').getByRole('link', { name: 'ユーザープール' })).toBeVisible()
  await expect(page.getByTestId('settings-view')).toContainText('接続')
  expect(harness.ctx.store.get('preferences').language).toBe('ja')
  await snap(page, 'settings-ja')
})

/** Opens the region switcher, narrows it by typing, and picks the option once it is on screen. */
async function pickRegion(page: Page, region: string): Promise<void> {
  const switcher = page.getByTestId('region-switcher')
  await switcher.click()
  // fill, not type: the filter box may still hold the previous pattern.
  await switcher.locator('input').fill(region)
  await page.getByTestId(`option-${region}`).click()
}

test('the region switcher moves the connection to another region and back', async ({ page, harness }) => {
  const table = page.getByTestId('pools-table')
  await expect(table).toContainText('demo-customers')
  await pickRegion(page, 'us-west-2')
  await expect(table).toContainText('no user pools in us-west-2')
  expect(harness.ctx.connections.activeConnection()?.region).toBe('us-west-2')
  await pickRegion(page, 'us-east-1')
  await expect(table).toContainText('demo-customers')
})

test('the identity pools list follows a region switch', async ({ page }) => {
  await page.getByTestId('app-nav').getByRole('link', { name: 'Identity pools' }).click()
  const table = page.getByTestId('identity-pools-table')
  await expect(table).toContainText('demo_identities')
  await pickRegion(page, 'us-west-2')
  await expect(table).not.toContainText('demo_identities')
  await pickRegion(page, 'us-east-1')
  await expect(table).toContainText('demo_identities')
})

test('a dead endpoint is explained when testing the connection', async ({ page, harness }) => {
  await harness.ok('connections', 'save', {
    name: 'Dead endpoint',
    source: 'profile',
    profile: TEST_PROFILE,
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    readOnly: false,
    production: false
  })
  await page.reload()
  await page.getByTestId('app-nav').getByRole('link', { name: 'Settings' }).click()
  const card = page.getByTestId('connection-Dead endpoint')
  await card.getByTestId('test-connection').click()
  await expect(card.getByTestId('connection-test-result')).toContainText(
    'Nothing answers at http://127.0.0.1:9'
  )
})
