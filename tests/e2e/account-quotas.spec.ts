import type {
  GetProvisionedLimitCommandInput,
  GetProvisionedLimitCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { answerOperation } from '../support/sdk-answers'
import { expect, snap, test } from './fixtures'

test('Settings shows each rate in force and where it came from: the account, an override, the default', async ({
  page,
  harness
}) => {
  // moto 5.2.1 has no GetProvisionedLimit: the account's answer (UserList raised to 90) is given inside
  // the connection's client, typed by the SDK; every other category keeps its documented default.
  const stop = answerOperation(
    harness.ctx.connections.active().clients.idp,
    'GetProvisionedLimitCommand',
    (input: GetProvisionedLimitCommandInput) => {
      const category = input.LimitDefinition?.Attributes?.Category ?? ''
      return {
        Limit: {
          LimitDefinition: { LimitClass: 'API_CATEGORY', Attributes: { Category: category } },
          ProvisionedLimitValue: category === 'UserList' ? 90 : 0,
          FreeLimitValue: 30
        }
      } satisfies Omit<GetProvisionedLimitCommandOutput, '$metadata'>
    }
  )
  try {
    await page.getByTestId('app-nav').getByRole('link', { name: 'Settings' }).click()
    const card = page.getByTestId('quota-settings')
    await card.getByTestId('quota-read-account').click()
    await expect(card.getByTestId('quota-account')).toContainText('Provisioned limits read from this account')
    await expect(card.getByTestId('quota-source-UserList')).toContainText('90 · from the account')
    await expect(card.getByTestId('quota-source-UserRead')).toContainText('documented default')
    expect(harness.ctx.connections.active().limiter.quota('UserList')).toBe(90)
    await card.scrollIntoViewIfNeeded()
    await snap(page, 'settings-account-quotas')
  } finally {
    stop()
    await harness.ok('limits', 'readAccount', {})
  }
})
