import type { Page } from '@playwright/test'
import { plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

async function openScopesTab(page: Page, harness: Harness, name: string): Promise<string> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await page.reload()
  await goTo(page, `#/pools/${id}/overview`)
  await page.getByTestId('tab-pool-resource-servers').click()
  await expect(page.getByTestId('pool-resource-servers')).toBeVisible()
  return id
}

test('adds a resource server with two scopes and a client allows them for client credentials', async ({
  page,
  harness
}) => {
  const poolId = await openScopesTab(page, harness, `e2e-scopes-${run}`)
  await expect(page.getByTestId('rs-table')).toContainText('no resource servers')

  await page.getByTestId('rs-create').click()
  const form = page.getByTestId('rs-form')
  await form.getByTestId('rs-identifier').locator('input').fill('https://api.example.com')
  await form.getByTestId('rs-name').locator('input').fill('Orders API')
  await form.getByTestId('rs-scope-add').click()
  await form.getByTestId('rs-scope-name-0').locator('input').fill('read all')
  await form.getByTestId('rs-scope-description-0').locator('input').fill('Read orders')
  await form.getByTestId('rs-review').click()
  await expect(form.getByTestId('rs-problem-scopeNameFormat')).toContainText(
    '“read all” is not a valid scope name'
  )
  await form.getByTestId('rs-scope-name-0').locator('input').fill('orders.read')
  await form.getByTestId('rs-scope-add').click()
  await form.getByTestId('rs-scope-name-1').locator('input').fill('orders.write')
  await form.getByTestId('rs-scope-description-1').locator('input').fill('Change orders')
  await expect(form).toContainText('https://api.example.com/orders.write')
  await form.getByTestId('rs-review').click()
  const preview = page.getByTestId('change-preview')
  await expect(preview.getByTestId('change-scopes.orders.read')).toContainText('Read orders')
  await expect(preview.getByTestId('change-identifier')).toContainText('https://api.example.com')
  await snap(page, 'resource-server-preview')
  await preview.getByTestId('change-preview-confirm').click()
  await expect(page.getByTestId('rs-table')).toContainText('orders.write')
  await snap(page, 'resource-servers')

  // A machine-to-machine client picks the custom scopes from the list.
  await page.getByTestId('tab-pool-clients').click()
  await page.getByTestId('client-create').click()
  const client = page.getByTestId('client-form')
  await client.getByTestId('client-name').locator('input').fill('machine')
  await client.getByTestId('client-generate-secret').click()
  await client.getByTestId('client-oauth').click()
  await client.getByTestId('oauth-flow-client_credentials').click()
  await client.getByTestId('client-scopes').click()
  await page.getByText('https://api.example.com/orders.read', { exact: true }).click()
  await page.getByText('https://api.example.com/orders.write', { exact: true }).click()
  await client.getByTestId('client-name').click()
  await client.getByTestId('client-save').click()
  await page.getByTestId('change-preview-confirm').click()
  await expect(page.getByTestId('client-detail')).toContainText('machine')

  const { clients } = await harness.ok('appClients', 'list', { poolId })
  expect(clients[0]?.allowedOAuthScopes).toEqual(
    expect.arrayContaining(['https://api.example.com/orders.read', 'https://api.example.com/orders.write'])
  )
  await page.keyboard.press('Escape')
  await page.getByTestId('tab-pool-resource-servers').click()
  await expect(page.getByTestId('rs-table')).toContainText('machine')
})

test('the API scopes tab speaks Japanese', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await openScopesTab(page, harness, `e2e-scopes-ja-${run}`)
  await expect(page.getByTestId('pool-tabs')).toContainText('API スコープ')
  await page.getByTestId('rs-create').click()
  const form = page.getByTestId('rs-form')
  await form.getByTestId('rs-scope-add').click()
  await form.getByTestId('rs-review').click()
  await expect(form.getByTestId('rs-problem-identifierRequired')).toContainText('識別子を入力してください')
  await expect(form.getByTestId('rs-problem-scopeNameRequired')).toContainText(
    'スコープ 1 に名前がありません'
  )
  await snap(page, 'resource-servers-ja')
})
