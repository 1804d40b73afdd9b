import type { Page } from '@playwright/test'
import type { Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'
import { answerReplicas } from '../support/replica-answers'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** moto 5.2.1 has no multi-Region pools: the replica operations are answered in the client, audited as real calls. */
async function replicatedPool(harness: Harness, name: string) {
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(name))
  const primary = poolId.split('_')[0] ?? ''
  return { poolId, primary, ...answerReplicas(harness.ctx.connections.active().clients.idp, primary) }
}

async function openReplicas(page: Page, poolId: string): Promise<void> {
  await goTo(page, `#/pools/${poolId}/overview`)
  await page.getByTestId('tab-pool-replicas').click()
  await expect(page.getByTestId('pool-replicas')).toBeVisible()
}

async function pickRegion(page: Page, region: string): Promise<void> {
  const select = page.getByTestId('replica-region')
  await select.click()
  // fill, not type: the filter box may still hold the pattern of the previous pick.
  await select.locator('input').fill(region)
  await page.locator('.n-base-select-option', { hasText: new RegExp(`^${region}$`) }).click()
}

test('says the endpoint does not offer replicas', async ({ page, harness }) => {
  const { id } = await harness.ok('pools', 'create', plainPool(`e2e-replicas-none-${run}`))
  await openReplicas(page, id)
  await expect(page.getByTestId('replicas-error')).toContainText('does not offer replicas')
  await expect(page.getByTestId('replicas-review')).toBeDisabled()
})

test('refuses the primary’s Region, then adds a replica, deactivates it and deletes it after typing its Region', async ({
  page,
  harness
}) => {
  const { poolId, primary, sent, stop } = await replicatedPool(harness, `e2e-replicas-${run}`)
  try {
    await openReplicas(page, poolId)
    await expect(page.getByTestId('replicas-primary')).toContainText(primary)
    await expect(page.getByTestId(`replica-role-${primary}`)).toHaveText('Primary')
    await expect(page.getByTestId(`replica-delete-${primary}`)).toHaveCount(0)

    await pickRegion(page, primary)
    await expect(page.getByTestId('replica-region-field')).toContainText(
      `The primary is in ${primary}: a replica goes to another Region.`
    )
    await expect(page.getByTestId('replicas-review')).toBeDisabled()

    await pickRegion(page, 'ap-south-1')
    await page.getByTestId('replicas-review').click()
    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-replicas.ap-south-1')).toContainText('CREATING')
    await expect(preview.getByTestId('replica-preview-note')).toContainText('copies the pool')
    await snap(page, 'replicas-preview')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(preview).toBeHidden()
    expect(sent.create).toEqual([{ UserPoolId: poolId, RegionName: 'ap-south-1' }])
    await expect(page.getByTestId('replica-status-ap-south-1')).toHaveText('CREATING')

    // A replica still being created cannot be switched yet.
    await expect(page.getByTestId('replica-toggle-ap-south-1')).toHaveCount(0)
    await page.getByTestId('replicas-refresh').click()
    await expect(page.getByTestId('replica-status-ap-south-1')).toHaveText('ACTIVE')
    await snap(page, 'replicas')

    await page.getByTestId('replica-toggle-ap-south-1').click()
    await expect(preview.getByTestId('change-replicas.ap-south-1')).toContainText('INACTIVE')
    await expect(preview.getByTestId('replica-preview-note')).toContainText('stops serving sign-ins')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(page.getByTestId('replica-status-ap-south-1')).toHaveText('INACTIVE')
    expect(sent.update).toEqual([{ UserPoolId: poolId, RegionName: 'ap-south-1', Status: 'INACTIVE' }])

    await page.getByTestId('replica-delete-ap-south-1').click()
    const confirm = page.getByTestId('type-to-confirm')
    await expect(confirm.getByTestId('confirm-action')).toBeDisabled()
    await confirm.getByTestId('confirm-input').locator('input').fill('ap-south-1')
    await confirm.getByTestId('confirm-action').click()
    await expect(confirm).toBeHidden()
    await expect(page.getByTestId('replica-status-ap-south-1')).toHaveCount(0)
    expect(sent.delete).toEqual([{ UserPoolId: poolId, RegionName: 'ap-south-1' }])
  } finally {
    stop()
  }
})

test('the replicas screen speaks Japanese', async ({ page, harness }) => {
  const { poolId, primary, stop } = await replicatedPool(harness, `e2e-replicas-ja-${run}`)
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    // The window reads its language when it starts.
    await page.reload()
    await openReplicas(page, poolId)
    await expect(page.getByTestId('pool-replicas')).toContainText('他リージョンのレプリカ')
    await pickRegion(page, primary)
    await expect(page.getByTestId('replica-region-field')).toContainText(`プライマリは ${primary} にあります`)
    await snap(page, 'replicas-ja')
  } finally {
    stop()
  }
})
