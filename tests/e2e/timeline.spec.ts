import { plainPool } from '../support/pool-input'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

test('the user page’s timeline lists the console’s changes, filters them, and says plainly that moto offers no auth events', async ({
  page,
  harness
}) => {
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(`timeline-${run}`))
  await harness.ok('users', 'create', {
    poolId,
    username: 'tia',
    attributes: {},
    sendInvitation: false,
    generatePassword: true
  })
  await harness.ok('users', 'disable', { poolId, username: 'tia' })
  await goTo(page, `#/pools/${poolId}/users/tia`)
  const card = page.getByTestId('user-timeline')
  await expect(card.getByTestId('timeline-no-auth-events')).toContainText('does not offer auth events')
  await expect(card.getByTestId('timeline-audit').first()).toContainText('AdminDisableUser')
  await expect(card.getByTestId('timeline-account')).toContainText('User created')

  // A change made on the page shows up in the timeline at once.
  await page.getByTestId('action-enable').click()
  await expect(card.getByTestId('timeline-audit').first()).toContainText('AdminEnableUser')
  await card.getByTestId('timeline-filter').locator('input').fill('disable')
  await expect(card.getByTestId('timeline-audit')).toHaveCount(1)
  await expect(card.getByTestId('timeline-account')).toHaveCount(0)
  await card.getByTestId('timeline-filter').locator('input').fill('')
  await card.getByTestId('timeline-kind-audit').click()
  await expect(card.getByTestId('timeline-audit')).toHaveCount(0)
  await expect(card.getByTestId('timeline-account')).toBeVisible()
  await snap(page, 'user-timeline')

  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await goTo(page, `#/pools/${poolId}/users/tia`)
  await expect(card.getByTestId('timeline-no-auth-events')).toContainText('認証イベント')
  await expect(card.getByTestId('timeline-account')).toContainText('ユーザー作成')
})
