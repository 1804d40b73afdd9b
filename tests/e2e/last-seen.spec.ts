import type {
  AdminListUserAuthEventsCommandInput,
  AdminListUserAuthEventsCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import type { Page } from '@playwright/test'
import { answerOperation } from '../support/sdk-answers'
import { plainPool } from '../support/pool-input'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)
const DAY = 86_400_000

/** Opens the pool's users on the index and loads it. */
async function openIndex(page: Page, name: string): Promise<void> {
  await page.getByTestId(`open-pool-${name}`).click()
  await page.getByTestId('tab-pool-users').click()
  await page.getByTestId('source-index').click()
  await page.getByTestId('index-start').click()
  await expect(page.getByTestId('index-summary')).toContainText(/Indexed 3 of about \d+ users/)
}

test('stale accounts: last seen loaded for the index, "not seen for 90 days" feeds a bulk disable, in Japanese too', async ({
  page,
  harness
}) => {
  const name = `e2e-stale-${run}`
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(name))
  for (const username of ['old.olaf', 'recent.rita', 'new.nina'])
    await harness.ok('users', 'create', {
      poolId,
      username,
      attributes: {},
      sendInvitation: false,
      generatePassword: true
    })
  // moto 5.2.1 has no AdminListUserAuthEvents (nor session tracking): the pool's sign-in events are
  // answered inside the connection's client, typed by the SDK. Olaf last signed in 200 days ago (a failed
  // attempt since does not count), Rita two days ago, Nina never (her account is new).
  const signIns: Record<string, { response: 'Pass' | 'Fail'; daysAgo: number }[]> = {
    'old.olaf': [
      { response: 'Fail', daysAgo: 1 },
      { response: 'Pass', daysAgo: 200 }
    ],
    'recent.rita': [{ response: 'Pass', daysAgo: 2 }]
  }
  const stop = answerOperation(
    harness.ctx.connections.active().clients.idp,
    'AdminListUserAuthEventsCommand',
    (input: AdminListUserAuthEventsCommandInput) =>
      ({
        AuthEvents: (signIns[input.Username ?? ''] ?? []).map((e, i) => ({
          EventId: `e${i}`,
          EventType: 'SignIn',
          EventResponse: e.response,
          CreationDate: new Date(Date.now() - e.daysAgo * DAY)
        }))
      }) satisfies Omit<AdminListUserAuthEventsCommandOutput, '$metadata'>
  )
  try {
    await page.reload()
    await openIndex(page, name)
    await page.getByTestId('last-seen-load').click()
    await expect(page.getByTestId('last-seen-progress')).toHaveText(
      'Last seen: 3 of 3 read from the newest successful sign-in event; 1 never seen, 0 could not be read.'
    )

    await page.getByTestId('add-condition').click()
    await page.getByTestId('condition-operator').click()
    await page.getByTestId('option-notSeenForDays').click()
    await page.getByTestId('condition-value').locator('input').fill('0')
    await expect(page.getByTestId('condition-problem')).toHaveText(
      'Enter a whole number of days from 1 to 3650.'
    )
    await page.getByTestId('condition-value').locator('input').fill('90')
    await expect(page.getByTestId('condition-problem')).toHaveCount(0)
    await expect(page.getByTestId('users-count')).toContainText(/^1 of 3 indexed user\(s\) match/)
    await snap(page, 'users-not-seen-for-90-days')

    await page.getByTestId('bulk-action').click()
    const bulk = page.getByTestId('bulk-dialog')
    await bulk.getByTestId('bulk-dry-run').click()
    await expect(bulk.getByTestId('bulk-plan-summary')).toContainText(
      'Disable: 1 user(s) would change, 0 would be skipped'
    )
    await expect(bulk.getByTestId('bulk-plan')).toContainText('old.olaf')
    await bulk.getByTestId('bulk-run').click()
    await page.getByTestId('confirm-input').locator('input').fill('1')
    await page.getByTestId('confirm-action').click()
    await expect(bulk.getByTestId('bulk-state')).toHaveText('Finished', { timeout: 30_000 })
    await bulk.getByTestId('bulk-close').click()
    const users = (await harness.ok('users', 'list', { poolId, limit: 60 })).users
    expect(Object.fromEntries(users.map((u) => [u.username, u.enabled]))).toEqual({
      'old.olaf': false,
      'recent.rita': true,
      'new.nina': true
    })

    await harness.ok('settings', 'update', { language: 'ja' })
    await page.reload()
    await goTo(page, `#/pools/${poolId}/users`)
    await page.getByTestId('source-index').click()
    await expect(page.getByTestId('last-seen-load')).toHaveText('最終利用を読み込む')
    await page.getByTestId('add-condition').click()
    await page.getByTestId('condition-operator').click()
    await page.getByTestId('option-notSeenForDays').click()
    await page.getByTestId('condition-value').locator('input').fill('ninety')
    await expect(page.getByTestId('condition-problem')).toHaveText(
      '1 から 3650 までの整数の日数を入力してください。'
    )
    await snap(page, 'users-not-seen-for-ja')
  } finally {
    stop()
  }
})
