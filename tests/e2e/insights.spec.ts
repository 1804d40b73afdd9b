import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Harness } from '../support/harness'
import { ageUsers } from '../support/aged-user'
import { plainPool } from '../support/pool-input'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/**
 * A pool with seven-day temporary passwords: two confirmed users, one fresh invitation and three
 * invitations sent twelve days ago (moto cannot back-date a user, so their dates are aged in answers).
 */
async function invitationsPool(
  harness: Harness
): Promise<{ poolId: string; name: string; restore: () => void }> {
  const name = `insights-${run}-${Math.random().toString(36).slice(2, 6)}`
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(name))
  const create = (username: string, email: string) =>
    harness.ok('users', 'create', {
      poolId,
      username,
      attributes: { email },
      emailVerified: true,
      sendInvitation: false,
      generatePassword: true
    })
  for (const u of ['ann', 'ben']) {
    await create(u, `${u}@example.com`)
    await harness.ok('users', 'setPassword', {
      poolId,
      username: u,
      password: 'Perm-Pass-123',
      permanent: true
    })
  }
  const late = ['late.lee', 'late.lou', 'late.lin']
  for (const u of ['fresh.fay', ...late]) await create(u, `${u}@example.com`)
  const restore = ageUsers(harness.ctx.connections.active().clients.idp, late, 12)
  return { poolId, name, restore }
}

async function openInsights(page: Page, poolId: string): Promise<void> {
  await page.reload()
  await goTo(page, `#/pools/${poolId}/overview`)
  // The index is what Insights count: load it on the Users tab first.
  await page.getByTestId('tab-pool-users').click()
  await page.getByTestId('source-index').click()
  await page.getByTestId('index-start').click()
  await expect(page.getByTestId('index-summary')).toContainText(/Indexed 6 of about \d+ users|インデックス/)
  await page.getByTestId('tab-pool-insights').click()
  await expect(page.getByTestId('pool-insights')).toBeVisible()
}

/** Clicks bar `index` of a chart where the chart drew it. */
async function clickBar(page: Page, chart: string, index: number): Promise<void> {
  const canvas = page.getByTestId(`chart-${chart}-canvas`)
  await expect(canvas).toHaveAttribute('data-bars', /\[\[/)
  const bars = JSON.parse((await canvas.getAttribute('data-bars')) ?? '[]') as [number, number][]
  const [x, y] = bars[index]!
  // A horizontal bar's centre may sit on its edge when it is short: aim at its middle from the axis.
  await canvas.click({ position: { x: Math.max(x - 1, 1), y } })
}

test('insights: the expired invitations bar opens exactly those users, ready for a dry-run resend', async ({
  page,
  harness
}) => {
  const pool = await invitationsPool(harness)
  try {
    await openInsights(page, pool.poolId)
    await expect(page.getByTestId('insights-indexed')).toContainText(
      'From the pool index of 6 users, complete'
    )

    const statuses = page.getByTestId('chart-statuses-table')
    await expect(statuses.getByTestId('chart-statuses-row-0')).toContainText(/CONFIRMED\s*2\s*33.3%/)
    await expect(statuses.getByTestId('chart-statuses-row-1')).toContainText(
      /FORCE_CHANGE_PASSWORD\s*4\s*66.7%/
    )
    const invitations = page.getByTestId('chart-invitations-table')
    await expect(invitations.getByTestId('chart-invitations-row-0')).toContainText(
      /Still valid \(under 7 days\)\s*1/
    )
    await expect(invitations.getByTestId('chart-invitations-row-1')).toContainText(/7–30 days old\s*3/)
    await expect(page.getByTestId('chart-email-row-0')).toContainText(/Verified\s*6\s*100%/)
    await snap(page, 'insights')

    // A write elsewhere changes the index; the open charts recount without a refresh.
    const disabledRow = statuses.getByTestId('chart-statuses-row-5')
    await expect(disabledRow).toContainText(/Disabled \(any status\)\s*0/)
    await harness.ok('users', 'disable', { poolId: pool.poolId, username: 'ann' })
    await expect(disabledRow).toContainText(/Disabled \(any status\)\s*1\s*16.7%/)

    // The CSV of a chart is its table, written by the app's CSV writer.
    const saved = mkdtempSync(join(tmpdir(), 'cac-insights-e2e-'))
    harness.ctx.saveFile = async ({ defaultName }) => join(saved, defaultName)
    await page.getByTestId('chart-invitations-csv').click()
    await expect(page.getByText(/Saved .*invitations\.csv/)).toBeVisible()
    expect(readFileSync(join(saved, 'invitations.csv'), 'utf8')).toContain('7–30 days old,3,50%')
    await page.getByTestId('chart-invitations-png').click()
    await expect(page.getByText(/Saved .*invitations\.png/)).toBeVisible()
    expect(readFileSync(join(saved, 'invitations.png')).subarray(1, 4).toString()).toBe('PNG')

    await clickBar(page, 'invitations', 1)
    await expect(page.getByTestId('pool-users')).toBeVisible()
    await expect(page.getByTestId('users-count')).toContainText(/^3 of 6 indexed user\(s\) match/)
    await expect(page.getByTestId('users-grid')).toContainText('late.lee')
    await expect(page.getByTestId('users-grid')).not.toContainText('fresh.fay')

    await page.getByTestId('bulk-action').click()
    const bulk = page.getByTestId('bulk-dialog')
    await bulk.getByTestId('bulk-kind').click()
    await page.getByTestId('option-resendInvitation').click()
    await bulk.getByTestId('bulk-dry-run').click()
    await expect(bulk.getByTestId('bulk-plan-summary')).toContainText(
      /Resend invitation: 3 user\(s\) would change/
    )
    await snap(page, 'insights-resend-dry-run')
  } finally {
    pool.restore()
  }
})

test('insights follow the dark theme and speak Japanese', async ({ page, harness }) => {
  const pool = await invitationsPool(harness)
  try {
    await harness.ok('settings', 'update', { theme: 'dark' })
    await openInsights(page, pool.poolId)
    await expect(page.getByTestId('chart-statuses-canvas')).toHaveAttribute('data-bars', /\[\[/)
    await snap(page, 'insights-dark')
    await harness.ok('settings', 'update', { language: 'ja' })
    await page.reload()
    await expect(page.getByTestId('chart-statuses')).toContainText('ステータス別ユーザー')
    await expect(page.getByTestId('chart-statuses-canvas')).toHaveAttribute('data-bars', /\[\[/)
    await snap(page, 'insights-ja-dark')
    await harness.ok('settings', 'update', { theme: 'light' })
    await page.reload()
    await expect(page.getByTestId('pool-tabs')).toContainText('インサイト')
    await expect(page.getByTestId('insights-indexed')).toContainText('ユーザー 6 人のプールインデックス')
    await expect(page.getByTestId('chart-invitations-row-1')).toContainText(/7～30 日経過\s*3/)
    await expect(page.getByTestId('chart-statuses')).toContainText('ステータス別ユーザー')
    await snap(page, 'insights-ja')
  } finally {
    pool.restore()
  }
})
