import type { Page } from '@playwright/test'
import { plainPool } from '../support/pool-input'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

async function openMessages(page: Page, poolId: string): Promise<void> {
  await expect(page.getByTestId('pools-view')).toBeVisible()
  await goTo(page, `#/pools/${poolId}/messages`)
  await expect(page.getByTestId('messages-invitation')).toBeVisible()
}

test('edits the invitation and the SES sender, refusing what Cognito would, and saves after a preview', async ({
  page,
  harness
}) => {
  const poolId = (await harness.ok('pools', 'create', plainPool(`e2e-messages-${run}`))).id
  await openMessages(page, poolId)
  await expect(page.getByTestId('messages-daily-limit')).toContainText('at most 50 emails a day')

  const invitation = page.getByTestId('messages-invitation')
  await page.getByTestId('messages-invitation-email').locator('textarea').fill('<p>Hello {username}</p>')
  await expect(invitation).toContainText('Add {####}')
  await expect(page.getByTestId('messages-review')).toBeDisabled()
  await page
    .getByTestId('messages-invitation-email')
    .locator('textarea')
    .fill('<p>Hello {username}, your temporary password is <b>{####}</b></p>')
  await expect(invitation).not.toContainText('Add {####}')
  // The HTML preview shows sample values in a frame that runs no script.
  await expect(page.frameLocator('[data-testid="messages-html-preview"]').locator('b')).toHaveText('123456')
  await expect(page.frameLocator('[data-testid="messages-html-preview"]').locator('p')).toContainText(
    'jane.doe'
  )

  await page.getByTestId('messages-sender-DEVELOPER').click()
  const email = page.getByTestId('messages-email')
  await expect(email).toContainText('SES needs the ARN')
  await page
    .getByTestId('messages-email-sourceArn')
    .locator('input')
    .fill('arn:aws:ses:eu-west-1:123456789012:identity/example.com')
  await expect(email).toContainText('This identity is in eu-west-1, the pool in us-east-1')
  await expect(page.getByTestId('messages-review')).toBeDisabled()
  await page
    .getByTestId('messages-email-sourceArn')
    .locator('input')
    .fill('arn:aws:ses:us-east-1:123456789012:identity/example.com')
  await page.getByTestId('messages-email-from').locator('input').fill('Example <no-reply@example.com>')
  await snap(page, 'pool-messages')

  await page.getByTestId('messages-review').click()
  const preview = page.getByTestId('change-preview')
  await expect(preview.getByTestId('change-invitation.emailMessage')).toContainText('{####}')
  await expect(preview.getByTestId('change-email.sender')).toContainText('COGNITO_DEFAULT')
  await expect(preview.getByTestId('change-email.sender')).toContainText('DEVELOPER')
  await snap(page, 'pool-messages-preview')
  await preview.getByTestId('change-preview-confirm').click()
  await expect(preview).toBeHidden()
  await expect(page.getByTestId('messages-review')).toBeDisabled()

  const saved = await harness.ok('messages', 'get', { poolId })
  expect(saved.settings.invitation.emailMessage).toContain('{####}')
  expect(saved.settings.email).toMatchObject({
    sender: 'DEVELOPER',
    sourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/example.com',
    from: 'Example <no-reply@example.com>'
  })
})

test('the messages tab speaks Japanese', async ({ page, harness }) => {
  const poolId = (await harness.ok('pools', 'create', plainPool(`e2e-messages-ja-${run}`))).id
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await openMessages(page, poolId)
  await expect(page.getByTestId('pool-tabs')).toContainText('メッセージ')
  await expect(page.getByTestId('messages-daily-limit')).toContainText('1 日 50 通')
  await page.getByTestId('messages-invitation-sms').locator('input').fill('{username} さん')
  await expect(page.getByTestId('messages-invitation')).toContainText('{####} を入れてください')
  await snap(page, 'pool-messages-ja')
})
