import type { Page } from '@playwright/test'
import type { Harness } from '../support/harness'
import { answerLogDelivery } from '../support/log-delivery-answers'
import { plainPool } from '../support/pool-input'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** moto 5.2.1 has no log delivery: its two operations are answered in the client, audited as real calls. */
const answerLogs = (harness: Harness, poolId: string) =>
  answerLogDelivery(harness.ctx.connections.active().clients.idp, poolId, [])

async function openLogs(page: Page, poolId: string): Promise<void> {
  await goTo(page, `#/pools/${poolId}/overview`)
  await page.getByTestId('tab-pool-log-delivery').click()
  await expect(page.getByTestId('pool-log-delivery')).toBeVisible()
}

test('says the endpoint does not offer log delivery', async ({ page, harness }) => {
  const { id } = await harness.ok('pools', 'create', plainPool(`e2e-logs-none-${run}`))
  await openLogs(page, id)
  await expect(page.getByTestId('log-error')).toContainText('does not offer log delivery')
  await expect(page.getByTestId('log-review')).toBeDisabled()
  await expect(page.getByTestId('log-userNotification')).toHaveCount(0)
})

test('sends message delivery errors to a log group after refusing one in another Region and previewing', async ({
  page,
  harness
}) => {
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(`e2e-logs-${run}`))
  const region = poolId.split('_')[0] ?? ''
  const logs = answerLogs(harness, poolId)
  try {
    await openLogs(page, poolId)
    await expect(page.getByTestId('log-review')).toBeDisabled()
    await page.getByTestId('log-userNotification-on').click()
    const arn = page.getByTestId('log-userNotification-arn').locator('input')
    await arn.fill('arn:aws:logs:xx-east-9:123456789012:log-group:/aws/cognito/errors')
    await expect(page.getByTestId('log-userNotification')).toContainText(
      `Cognito delivers only in the pool’s Region, ${region}`
    )
    await expect(page.getByTestId('log-review')).toBeDisabled()
    const group = `arn:aws:logs:${region}:123456789012:log-group:/aws/cognito/errors`
    await arn.fill(group)
    await page.getByTestId('log-review').click()

    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-userNotification.arn')).toContainText(group)
    await expect(preview.getByTestId('change-userNotification.destination')).toContainText('cloudWatchLogs')
    await snap(page, 'log-delivery-preview')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(preview).toBeHidden()

    expect(logs.sent).toEqual([
      {
        UserPoolId: poolId,
        LogConfigurations: [
          {
            EventSource: 'userNotification',
            LogLevel: 'ERROR',
            CloudWatchLogsConfiguration: { LogGroupArn: group }
          }
        ]
      }
    ])
    // Saved and read back: nothing left to review.
    await expect(page.getByTestId('log-review')).toBeDisabled()
  } finally {
    logs.stop()
  }
})

test('the log delivery screen speaks Japanese', async ({ page, harness }) => {
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(`e2e-logs-ja-${run}`))
  const logs = answerLogs(harness, poolId)
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    await openLogs(page, poolId)
    await expect(page.getByTestId('pool-log-delivery')).toContainText('ログ配信')
    await page.getByTestId('log-userAuthEvents-on').click()
    await page.getByTestId('log-userAuthEvents-to-s3').click()
    await page
      .getByTestId('log-userAuthEvents-arn')
      .locator('input')
      .fill('arn:aws:s3:us-east-1:123456789012:logs')
    await expect(page.getByTestId('log-userAuthEvents')).toContainText('この種類の ARN ではありません')
    await snap(page, 'log-delivery-ja')
  } finally {
    logs.stop()
  }
})
