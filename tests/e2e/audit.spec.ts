import { readFileSync } from 'node:fs'
import { ListUserPoolsCommand, AdminSetUserPasswordCommand } from '@aws-sdk/client-cognito-identity-provider'
import { DEMO_PASSWORD } from '../../scripts/seed'
import { expect, snap, test } from './fixtures'

test('the audit log lists changes and failures, filters them, shows a record and exports it', async ({
  page,
  harness,
  seed
}, testInfo) => {
  const group = `auditors-${Date.now()}`
  await harness.ok('groups', 'create', {
    poolId: seed.customersPoolId,
    name: group,
    description: 'E2E audit'
  })
  const missing = await harness.call('groups', 'delete', {
    poolId: seed.customersPoolId,
    name: 'no-such-group'
  })
  expect(missing.ok).toBe(false)
  // A write outside any screen's channel (as a bulk job makes it) is recorded the same way.
  await expect(
    harness.ctx.connections.active().clients.idp.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: seed.customersPoolId,
        Username: 'nobody-here',
        Password: DEMO_PASSWORD,
        Permanent: true
      })
    )
  ).rejects.toThrow()

  await page.getByTestId('app-nav').getByRole('link', { name: 'Audit log' }).click()
  const table = page.getByTestId('audit-table')
  await expect(table).toContainText('CreateGroup')
  await expect(table).toContainText('DeleteGroup')
  await expect(table).toContainText('AdminSetUserPassword')
  await expect(table).toContainText(group)
  await expect(page.getByTestId('audit-count')).toContainText('3 of 3 matching record(s)')
  await snap(page, 'audit-log')

  await page.getByTestId('audit-result').click()
  await page.getByTestId('option-error').click()
  await expect(page.getByTestId('audit-count')).toContainText('2 of 2')
  await expect(table).not.toContainText('CreateGroup')

  await page.getByTestId('audit-search').locator('input').fill('nobody-here')
  await expect(page.getByTestId('audit-count')).toContainText('1 of 1')
  const row = page.getByTestId('audit-row').first()
  await row.focus()
  await page.keyboard.press('Enter')
  const detail = page.getByTestId('audit-detail')
  await expect(detail).toContainText('AdminSetUserPassword')
  await expect(detail).toContainText('NOT_FOUND')
  await expect(detail).toContainText('"Password": "[redacted]"')
  await expect(detail).not.toContainText(DEMO_PASSWORD)
  // The record as the AWS CLI command that repeats it, the password a placeholder to fill in.
  await expect(detail.getByTestId('audit-cli')).toContainText('aws cognito-idp admin-set-user-password')
  await expect(detail.getByTestId('audit-cli')).toContainText('"Password":"<PASSWORD>"')
  await expect(page.getByTestId('audit-copy-script')).toBeEnabled()
  await snap(page, 'audit-record')
  await page.keyboard.press('Escape')

  await page.getByTestId('audit-clear').first().click()
  await expect(page.getByTestId('audit-count')).toContainText('3 of 3')
  const file = testInfo.outputPath('audit-export.csv')
  harness.ctx.saveFile = async () => file
  await page.getByTestId('audit-export').click()
  await page.getByText('Export as CSV').click()
  await expect(page.getByText(`3 record(s) exported to ${file}`)).toBeVisible()
  const csv = readFileSync(file, 'utf8')
  expect(csv.split(/\r?\n/)[0]).toMatch(/^time,result,operation/)
  expect(csv).toContain(group)
  expect(csv).not.toContain(DEMO_PASSWORD)
})

test.describe('on a read-only connection', () => {
  test.use({ connection: 'moto-readonly' })

  test('a refused change is in the log, marked as refused', async ({ page, harness, seed }) => {
    const refused = await harness.call('groups', 'create', {
      poolId: seed.customersPoolId,
      name: 'never-made'
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })

    await page.getByTestId('app-nav').getByRole('link', { name: 'Audit log' }).click()
    const row = page.getByTestId('audit-row').first()
    await expect(row).toContainText('READ_ONLY')
    await expect(row).toContainText('groups:create')
    await row.click()
    await expect(page.getByTestId('audit-detail')).toContainText('Refused by the console')
    await expect(page.getByTestId('audit-detail')).toContainText('never-made')
  })
})

test('request rates are set in Settings and the header shows calls held back', async ({ page, harness }) => {
  await page.getByTestId('app-nav').getByRole('link', { name: 'Settings' }).click()
  const card = page.getByTestId('quota-settings')
  await card.locator('#quota-input-UserPoolRead').fill('1')
  await card.locator('#quota-input-UserPoolRead').press('Tab')
  await expect(card.getByTestId('quota-UserPoolRead')).toContainText('Changed')
  await card.getByTestId('quota-save').click()
  await expect(page.getByText('Request rates saved')).toBeVisible()
  expect(harness.ctx.store.get('quotas')).toEqual({ UserPoolRead: 1 })
  await card.scrollIntoViewIfNeeded()
  await snap(page, 'settings-request-rates')

  // Four listings at one per second: three wait for their turn, and the header says so.
  const { idp } = harness.ctx.connections.active().clients
  const listings = Promise.all([1, 2, 3, 4].map(() => idp.send(new ListUserPoolsCommand({ MaxResults: 1 }))))
  const indicator = page.getByTestId('throttle-indicator')
  await expect(indicator).toContainText(/Pacing: [1-3] call\(s\) waiting/)
  await snap(page, 'throttle-indicator')
  await listings
  await expect(indicator).toBeHidden()

  await card.getByTestId('quota-reset').click()
  await expect.poll(() => harness.ctx.store.get('quotas')).toEqual({})
  await expect(card.getByTestId('quota-UserPoolRead')).not.toContainText('Changed')
})
