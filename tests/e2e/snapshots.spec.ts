import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { Harness } from '../support/harness'
import { TEST_PROFILE } from '../support/aws-files'
import { clientSettings, plainPool } from '../support/pool-input'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

async function openAsCode(page: Page, poolId: string): Promise<void> {
  await expect(page.getByTestId('pools-view')).toBeVisible()
  await goTo(page, `#/pools/${poolId}/as-code`)
  await expect(page.getByTestId('pool-snapshots')).toBeVisible()
}

/** A development pool here, and a production pool in Tokyo through a second saved connection. */
async function twoPools(harness: Harness, name: string) {
  const home = harness.ctx.connections.activeConnection()?.id as string
  const dev = (await harness.ok('pools', 'create', plainPool(`${name}-dev`))).id
  await harness.ok('appClients', 'create', { ...clientSettings('web'), poolId: dev, generateSecret: false })
  await harness.ok('groups', 'create', { poolId: dev, name: 'admins', precedence: 1 })
  const tokyo = await harness.ok('connections', 'save', {
    name: 'moto tokyo',
    source: 'profile',
    profile: TEST_PROFILE,
    region: 'ap-northeast-1',
    endpoint: harness.ctx.connections.activeConnection()?.endpoint as string,
    readOnly: false,
    production: true
  })
  await harness.ok('connections', 'activate', { id: tokyo.id })
  const prod = (await harness.ok('pools', 'create', plainPool(`${name}-prod`))).id
  await harness.ok('appClients', 'create', {
    ...clientSettings('web', {
      tokenValidity: {
        access: { value: 15, unit: 'minutes' },
        id: { value: 60, unit: 'minutes' },
        refresh: { value: 30, unit: 'days' }
      }
    }),
    poolId: prod,
    generateSecret: false
  })
  await harness.ok('groups', 'create', { poolId: prod, name: 'admins', precedence: 1 })
  await harness.ok('groups', 'create', { poolId: prod, name: 'support', precedence: 10 })
  await harness.ok('connections', 'activate', { id: home })
  return { dev, prod, tokyo: tokyo.id }
}

test('compares a pool with one in another Region, applies the plan, and exports the template', async ({
  page,
  harness
}) => {
  const { dev, prod } = await twoPools(harness, `e2e-code-${run}`)
  const saved = mkdtempSync(join(tmpdir(), 'cac-code-'))
  harness.ctx.saveFile = async ({ defaultName }) => join(saved, defaultName)
  await page.reload()
  await openAsCode(page, dev)

  await page.getByTestId('snapshot-take').click()
  await expect(page.getByTestId('snapshot-history')).toContainText(/Taken by hand/)

  await page.getByTestId('snapshot-other-connection').click()
  await page.getByText('moto tokyo (ap-northeast-1)').click()
  await page.getByTestId('snapshot-other-pool-id').locator('input').fill(prod)
  await page.getByTestId('snapshot-compare').click()
  const diff = page.getByTestId('snapshot-diff')
  await expect(page.getByTestId('snapshot-diff-count')).toContainText('3 resources differ')
  await expect(diff).toContainText('AccessTokenValidity')
  await expect(diff).toContainText('Only in the other')
  await snap(page, 'pool-as-code-diff')

  await page.getByTestId('snapshot-make-like').click()
  const plan = page.getByTestId('snapshot-plan')
  await expect(plan.getByTestId('snapshot-plan-steps')).toContainText('Group: support')
  await expect(plan.getByTestId('snapshot-plan-steps')).toContainText('AccessTokenValidity')
  await snap(page, 'pool-as-code-plan')
  await plan.getByTestId('snapshot-apply').click()
  await expect(plan.getByTestId('snapshot-report')).toContainText('applied')
  expect((await harness.ok('groups', 'list', { poolId: dev })).groups.map((g) => g.name).sort()).toEqual([
    'admins',
    'support'
  ])
  await page.keyboard.press('Escape')
  // The apply kept the pool as it was before it.
  await expect(page.getByTestId('snapshot-history')).toContainText('Before snapshots:apply')

  await page.getByTestId('snapshot-template').click()
  await expect(page.getByTestId('snapshot-template-text')).toContainText('AWS::Cognito::UserPoolGroup')
  await page.getByTestId('snapshot-template-save').click()
  const file = join(saved, `e2e-code-${run}-dev-${new Date().toISOString().slice(0, 10)}.yaml`)
  // The file is created before its text is written: wait for the text.
  await expect
    .poll(() => (existsSync(file) ? readFileSync(file, 'utf8') : ''))
    .toContain(`UserPoolName: e2e-code-${run}-dev`)
})

test('refuses a file that is not a snapshot, and speaks Japanese', async ({ page, harness }) => {
  const { id } = await harness.ok('pools', 'create', plainPool(`e2e-code-ja-${run}`))
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await openAsCode(page, id)
  await expect(page.getByTestId('pool-tabs')).toContainText('コード化')
  await page.getByTestId('snapshot-other-file').click()
  await page.getByTestId('snapshot-file').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something else"}')
  })
  await page.getByTestId('snapshot-compare').click()
  await expect(page.getByTestId('snapshot-compare-error')).toContainText(
    'プールのスナップショットではありません'
  )
  await page.getByTestId('snapshot-clone-name').locator('input').fill(`e2e-code-ja-clone-${run}`)
  await page.getByTestId('snapshot-clone').click()
  await expect(page.getByTestId('snapshot-plan')).toContainText('新しいプール')
  await snap(page, 'pool-as-code-ja')
  await page.getByTestId('snapshot-apply').click()
  await expect(page.getByTestId('snapshot-report')).toContainText('すべて')
  await page.getByTestId('snapshot-open-clone').click()
  await expect(page.getByTestId('pool-name')).toHaveText(`e2e-code-ja-clone-${run}`)
})

test('a clone brings the users along: their groups and disabled state kept, passwords not copied', async ({
  page,
  harness
}) => {
  const { id } = await harness.ok('pools', 'create', plainPool(`e2e-code-users-${run}`))
  for (const username of ['ann', 'bo'])
    await harness.ok('users', 'create', {
      poolId: id,
      username,
      attributes: { email: `${username}@example.com` },
      emailVerified: true,
      sendInvitation: false,
      generatePassword: true
    })
  await harness.ok('groups', 'create', { poolId: id, name: 'ops' })
  await harness.ok('users', 'addToGroup', { poolId: id, username: 'ann', group: 'ops' })
  await harness.ok('users', 'disable', { poolId: id, username: 'bo' })
  await page.reload()
  await openAsCode(page, id)
  await page.getByTestId('snapshot-clone-name').locator('input').fill(`e2e-code-users-clone-${run}`)
  await page.getByTestId('snapshot-clone').click()
  await page.getByTestId('snapshot-apply').click()
  await expect(page.getByTestId('snapshot-report')).toBeVisible()
  await page.getByTestId('snapshot-clone-users').click()

  const dialog = page.getByTestId('import-dialog')
  await expect(dialog.getByTestId('import-copy-help')).toContainText('Passwords cannot be copied')
  await dialog.getByTestId('import-check').click()
  await expect(dialog.getByTestId('import-ok')).toContainText('2 user(s) will be created')
  await expect(dialog.getByTestId('import-restore')).toContainText(
    '1 group membership(s) and disables 1 user(s)'
  )
  await dialog.getByTestId('import-run').click()
  await page.getByTestId('confirm-input').locator('input').fill('2')
  await page.getByTestId('confirm-action').click()
  await expect(dialog.getByTestId('bulk-state')).toHaveText('Finished', { timeout: 30_000 })
  await snap(page, 'pool-as-code-clone-users')

  const { pools } = await harness.ok('pools', 'list', {})
  const clone = pools.find((p) => p.name === `e2e-code-users-clone-${run}`)
  expect(clone).toBeDefined()
  const { users } = await harness.ok('users', 'list', { poolId: clone?.id ?? '' })
  expect(users.map((u) => [u.username, u.enabled]).sort()).toEqual([
    ['ann', true],
    ['bo', false]
  ])
  const { members } = await harness.ok('groups', 'members', { poolId: clone?.id ?? '', name: 'ops' })
  expect(members.map((m) => m.username)).toEqual(['ann'])
})
