import type { Page } from '@playwright/test'
import { clientSettings, plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789'

async function openDomainTab(page: Page, harness: Harness, name: string): Promise<string> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await harness.ok('appClients', 'create', { poolId: id, generateSecret: false, ...clientSettings('web') })
  await page.reload()
  await goTo(page, `#/pools/${id}/overview`)
  await page.getByTestId('tab-pool-domain').click()
  await expect(page.getByTestId('pool-domain')).toBeVisible()
  return id
}

test('adds a custom domain with its certificate and shows the CloudFront target to put in DNS', async ({
  page,
  harness
}) => {
  const poolId = await openDomainTab(page, harness, `e2e-domain-${run}`)
  await expect(page.getByTestId('domain-none')).toBeVisible()

  // A reserved word in a prefix is refused with the reason before anything is sent.
  await page.getByTestId('domain-create').click()
  const form = page.getByTestId('domain-form')
  await form.getByTestId('domain-name').locator('input').fill('my-cognito-shop')
  await form.getByTestId('domain-review').click()
  await expect(form.getByTestId('domain-problem-prefixReserved')).toContainText('cannot contain “cognito”')

  await form.getByTestId('domain-kind-custom').click()
  await form.getByTestId('domain-name').locator('input').fill(`auth-${run}.example.com`)
  await form.getByTestId('domain-certificate').locator('input').fill(CERT.replace('us-east-1', 'eu-west-1'))
  await form.getByTestId('domain-review').click()
  await expect(form.getByTestId('domain-problem-arnOtherRegion')).toContainText('needs one in us-east-1')
  await form.getByTestId('domain-certificate').locator('input').fill(CERT)
  await form.getByTestId('domain-review').click()
  const preview = page.getByTestId('change-preview')
  await expect(preview.getByTestId('change-Domain')).toContainText(`auth-${run}.example.com`)
  await expect(preview.getByTestId('change-ManagedLoginVersion')).toContainText('2')
  await preview.getByTestId('change-preview-confirm').click()

  const detail = page.getByTestId('domain-detail')
  await expect(detail).toContainText('Custom domain')
  await expect(detail.getByTestId('domain-cloudfront')).toContainText('.cloudfront.net')
  await expect(detail.getByTestId('domain-cloudfront-copy')).toBeVisible()
  // moto has no managed login branding: the section says so instead of showing "none".
  await expect(page.getByTestId('branding-error')).toContainText('no managed login branding')
  await snap(page, 'domain-custom')

  const described = await harness.ok('domains', 'describe', { poolId })
  expect(described).toMatchObject({ domain: `auth-${run}.example.com`, kind: 'custom' })

  await page.getByTestId('domain-delete').click()
  await page.getByTestId('confirm-input').locator('input').fill(`auth-${run}.example.com`)
  await page.getByTestId('confirm-action').click()
  await expect(page.getByTestId('domain-none')).toBeVisible()
})

test('the domain tab speaks Japanese', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await openDomainTab(page, harness, `e2e-domain-ja-${run}`)
  await expect(page.getByTestId('pool-tabs')).toContainText('ドメイン')
  await page.getByTestId('domain-create').click()
  const form = page.getByTestId('domain-form')
  await form.getByTestId('domain-name').locator('input').fill('aws-login')
  await form.getByTestId('domain-review').click()
  await expect(form.getByTestId('domain-problem-prefixReserved')).toContainText('「aws」は使えません')
  await snap(page, 'domain-ja')
})
