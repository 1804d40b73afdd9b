import type { Page } from '@playwright/test'
import { plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

async function openOverview(page: Page, harness: Harness, name: string): Promise<string> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await page.reload()
  await goTo(page, `#/pools/${id}/overview`)
  await page.getByTestId('tab-pool-overview').click()
  await expect(page.getByTestId('section-sign-in-policy')).toBeVisible()
  return id
}

test('sets a passwordless sign-in policy on the Essentials plan through a preview', async ({
  page,
  harness
}) => {
  const poolId = await openOverview(page, harness, `e2e-policy-${run}`)
  await page.getByTestId('sign-in-policy-edit').click()
  const form = page.getByTestId('sign-in-policy-form')
  await form.getByTestId('plan-LITE').click()
  await form.getByTestId('factor-EMAIL_OTP').click()
  await form.getByTestId('sign-in-policy-review').click()
  await expect(form.getByTestId('sign-in-policy-problem-planTooLow')).toContainText(
    'needs the Essentials or Plus'
  )
  await form.getByTestId('plan-ESSENTIALS').click()
  await expect(form.getByTestId('plan-unlocks')).toContainText('Passwordless')
  await form.getByTestId('factor-WEB_AUTHN').click()
  await form.getByTestId('sign-in-policy-review').click()
  const preview = page.getByTestId('change-preview')
  await expect(preview.getByTestId('change-AllowedFirstAuthFactors')).toContainText(
    'PASSWORD, EMAIL_OTP, WEB_AUTHN'
  )
  await snap(page, 'sign-in-policy-preview')
  await preview.getByTestId('change-preview-confirm').click()
  await expect(page.getByTestId('sign-in-policy-factors')).toContainText('Email one-time code')
  await expect(page.getByTestId('sign-in-policy-tier')).toContainText('Essentials')

  const pool = await harness.ok('pools', 'describe', { poolId })
  expect(pool.signInPolicy).toMatchObject({
    tier: 'ESSENTIALS',
    allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP', 'WEB_AUTHN']
  })
})

test('the sign-in policy form speaks Japanese', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await openOverview(page, harness, `e2e-policy-ja-${run}`)
  await page.getByTestId('sign-in-policy-edit').click()
  const form = page.getByTestId('sign-in-policy-form')
  await form.getByTestId('factor-PASSWORD').click()
  await form.getByTestId('sign-in-policy-review').click()
  await expect(form.getByTestId('sign-in-policy-problem-passwordRequired')).toContainText(
    'パスワードを残してください'
  )
  await snap(page, 'sign-in-policy-ja')
})
