import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { DemoSeed } from '../../scripts/seed'
import type { Harness } from '../support/harness'
import { expect, goTo, snap, test } from './fixtures'

const TENANT = 'e2e-tenant-7731'
const USERNAME = 'e2e.carol'

/**
 * Puts the demo pool back as the seed made it (users this spec created deleted, enabled states as
 * seeded): every later spec of the worker shares the pool and counts on the seed.
 */
async function restoreDemoPool(harness: Harness, seed: DemoSeed): Promise<void> {
  const poolId = seed.customersPoolId
  const seeded = new Map(seed.users.map((u) => [u.username, u.enabled]))
  const rows = []
  let nextToken: string | undefined
  do {
    const page = await harness.ok('users', 'list', { poolId, limit: 60, nextToken })
    rows.push(...page.users)
    nextToken = page.nextToken
  } while (nextToken)
  // Read every page first: changing users between pages would shift the listing.
  for (const { username, enabled: now } of rows) {
    const enabled = seeded.get(username)
    if (enabled === undefined) await harness.ok('users', 'delete', { poolId, username })
    else if (enabled !== now) await harness.ok('users', enabled ? 'enable' : 'disable', { poolId, username })
  }
}

test.afterEach(async ({ harness, seed }) => restoreDemoPool(harness, seed))

async function openUsers(page: Page, poolName: string): Promise<void> {
  await page.getByTestId(`open-pool-${poolName}`).click()
  await page.getByTestId('tab-pool-users').click()
  await expect(page.getByTestId('pool-users')).toBeVisible()
}

/** Picks an option of a Naive UI select by typing it (filterable selects) and pressing Enter. */
async function choose(page: Page, testId: string, option: string): Promise<void> {
  await page.getByTestId(testId).click()
  await page.keyboard.type(option)
  await page.keyboard.press('Enter')
}

/** Narrows the index result to one tenant's ten users. */
async function onlyInitech(page: Page): Promise<void> {
  await page.getByTestId('add-condition').click()
  await choose(page, 'condition-attribute', 'custom:tenant')
  await page.getByTestId('condition-operator').click()
  await page.getByTestId('option-equals').click()
  await page.getByTestId('condition-value').locator('input').fill('initech')
  await expect(page.getByTestId('users-count')).toContainText(/^10 of \d+ indexed user\(s\) match/)
}

/** The demo pool's users indexed and narrowed to one tenant's ten users. */
async function tenantResult(page: Page): Promise<void> {
  await openUsers(page, 'demo-customers')
  await loadIndex(page)
  await onlyInitech(page)
}

async function loadIndex(page: Page): Promise<void> {
  await page.getByTestId('source-index').click()
  await page.getByTestId('index-start').click()
  await expect(page.getByTestId('index-summary')).toContainText(/Indexed \d+ of about \d+ users/)
}

test('users: create, find by a custom attribute through the index, set a password, disable, export, bulk disable', async ({
  page,
  harness,
  seed,
  context,
  renderer
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: renderer.origin })
  const saved = mkdtempSync(join(tmpdir(), 'cac-users-e2e-'))
  // The save dialog of the Electron entry; here it answers with a file in a temp folder.
  harness.ctx.saveFile = async ({ defaultName }) => join(saved, defaultName)
  const pool = seed.customersPoolId

  await openUsers(page, 'demo-customers')
  // Server search: the first page at once, then a filter Cognito understands.
  await expect(page.getByTestId('users-count')).toContainText('user(s) loaded')
  await page.getByTestId('server-value').locator('input').fill('aiko')
  await page.getByTestId('server-run').click()
  await expect(page.getByTestId('server-summary')).toContainText('Filter sent: email ^= "aiko"')
  await expect(page.getByTestId('user-row-aiko.sato0')).toBeVisible()

  // Create a user with a custom attribute.
  await page.getByTestId('create-user').click()
  const form = page.getByTestId('create-user-dialog')
  await form.getByTestId('create-username').locator('input').fill(USERNAME)
  await form.getByTestId('create-attr-email').locator('textarea').fill('not-an-email')
  await expect(form).toContainText('An email address looks like name@example.com.')
  await expect(form.getByTestId('create-submit')).toBeDisabled()
  await form.getByTestId('create-attr-email').locator('textarea').fill('carol@example.com')
  await choose(page, 'create-extra', 'custom:tenant')
  await form.getByTestId('create-attr-custom:tenant').locator('textarea').fill(TENANT)
  await form.getByTestId('create-send-invitation').click()
  await form.getByTestId('create-submit').click()
  await expect(form.getByTestId('create-result')).toContainText(`Created ${USERNAME}.`)
  await expect(form.getByTestId('generated-password').locator('input')).not.toHaveValue('')
  // The one-time password is shown once: the Copy button hands it over whole.
  const temporary = await form.getByTestId('generated-password').locator('input').inputValue()
  await form.getByTestId('copy-generated-password').click()
  await expect(form.getByTestId('copy-generated-password')).toHaveText('Copied')
  const copied = await page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText()
  )
  expect(copied).toBe(temporary)
  await form.getByTestId('create-done').click()
  await expect(page.getByTestId('user-detail-name')).toHaveText(USERNAME)
  await expect(page.getByTestId('user-status')).toHaveText('FORCE_CHANGE_PASSWORD')
  await page.getByTestId('back-to-users').click()

  // Find them by the custom attribute through the pool index.
  await loadIndex(page)
  await expect(page.getByTestId('users-count')).toContainText(/^(\d+) of \1 indexed user\(s\) match/)
  // A custom attribute as a column (remembered for this pool), sorted descending.
  await page.getByTestId('column-chooser').click()
  await page.getByTestId('column-option-custom:tenant').click()
  await page.getByTestId('column-chooser').click()
  await expect(page.getByTestId('column-options')).toBeHidden()
  await expect.poll(() => harness.ctx.store.get('preferences').tableColumns[pool]).toContain('custom:tenant')
  const tenantHeader = page.getByTestId('column-custom:tenant')
  await tenantHeader.getByRole('button').click()
  await tenantHeader.getByRole('button').click()
  await expect(tenantHeader).toHaveAttribute('aria-sort', 'descending')
  await expect(page.locator('#user-row-0')).toContainText('umbrella')
  await page.getByTestId('users-grid').evaluate((grid) => (grid.scrollLeft = 0))
  await snap(page, 'users-table')
  // Keyboard: Space selects the focused row, arrows move; the selection is what a bulk action takes.
  await page.getByTestId('users-grid').focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('users-selected')).toHaveText('2 selected')
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('users-selected')).toBeHidden()
  await page.getByTestId('add-condition').click()
  await choose(page, 'condition-attribute', 'custom:tenant')
  await page.getByTestId('condition-operator').click()
  await page.getByTestId('option-equals').click()
  await page.getByTestId('condition-value').locator('input').fill(TENANT)
  await expect(page.getByTestId('users-count')).toContainText(/^1 of \d+ indexed user\(s\) match/)
  await expect(page.getByTestId(`user-row-${USERNAME}`)).toBeVisible()

  // Open them with the keyboard, set a permanent password, disable them.
  await page.getByTestId('users-grid').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('user-detail-name')).toHaveText(USERNAME)
  await expect(page.getByTestId('status-meaning')).toContainText('must sign in with the temporary password')
  await page.getByTestId('action-set-password').click()
  await page.getByTestId('new-password').locator('input').fill('short')
  await expect(page.getByTestId('password-problems')).toContainText('at least 10 characters')
  await page.getByTestId('new-password').locator('input').fill('Carol-Passw0rd!')
  await page.getByTestId('password-save').click()
  await expect(page.getByTestId('action-result')).toContainText(
    `Set a permanent password for ${USERNAME}; status is now CONFIRMED.`
  )
  await expect(page.getByTestId('user-status')).toHaveText('CONFIRMED')
  await choose(page, 'group-add', 'beta')
  await page.getByTestId('group-add-button').click()
  await expect(page.getByTestId('action-result')).toContainText(`Added ${USERNAME} to beta.`)
  await expect(page.getByTestId('group-beta')).toBeVisible()
  await page.getByTestId('group-leave-beta').click()
  await expect(page.getByTestId('action-result')).toContainText(`Removed ${USERNAME} from beta.`)
  await expect(page.getByTestId('user-groups')).toContainText('In no group.')
  await page.getByTestId('action-disable').click()
  await page.getByTestId('dialog-confirm').click()
  await expect(page.getByTestId('action-result')).toContainText(`Disabled ${USERNAME}; they cannot sign in`)
  await expect(page.getByTestId('user-enabled')).toHaveText('Disabled')
  await expect(page.getByTestId(`attr-custom:tenant`)).toContainText('custom')
  await expect(page.getByTestId('user-devices')).toContainText(
    'This endpoint does not offer device tracking (AdminListDevices)'
  )
  await snap(page, 'user-detail')
  const detail = await harness.ok('users', 'get', { poolId: pool, username: USERNAME })
  expect(detail.user).toMatchObject({ status: 'CONFIRMED', enabled: false })

  // Export the table (the index search result) as CSV.
  await page.getByTestId('back-to-users').click()
  await page.getByTestId('source-index').click()
  await page.getByTestId('export-users').click()
  await page.getByTestId('export-run').click()
  await expect(page.getByTestId('export-dialog')).toBeHidden()
  const files = readdirSync(saved)
  expect(files).toHaveLength(1)
  const exported = readFileSync(join(saved, files[0]!), 'utf8')
  expect(exported.split('\n')[0]).toContain('username')
  expect(exported).toContain('aiko.sato0')

  // Bulk disable of one tenant's users: dry run, type the count, follow the job to its report.
  await onlyInitech(page)
  await page.getByTestId('bulk-action').click()
  const bulk = page.getByTestId('bulk-dialog')
  await bulk.getByTestId('bulk-dry-run').click()
  const summary = bulk.getByTestId('bulk-plan-summary')
  await expect(summary).toContainText(/Disable: \d+ user\(s\) would change, \d+ would be skipped/)
  const [, change, skip] = /(\d+) user\(s\) would change, (\d+) would be skipped/.exec(
    (await summary.textContent()) ?? ''
  )!
  expect(Number(change) + Number(skip)).toBe(10)
  await snap(page, 'bulk-dry-run')
  await bulk.getByTestId('bulk-run').click()
  await page.getByTestId('confirm-input').locator('input').fill(change!)
  await page.getByTestId('confirm-action').click()
  await expect(bulk.getByTestId('bulk-state')).toHaveText('Finished', { timeout: 30_000 })
  await expect(bulk.getByTestId('bulk-report-summary')).toContainText(
    `${change} done, ${skip} skipped, 0 failed`
  )
  await snap(page, 'bulk-report')
  await bulk.getByTestId('bulk-save-csv').click()
  await expect(page.getByText(/Report saved to /)).toBeVisible()
  await bulk.getByTestId('bulk-close').click()

  // The index followed the job: a second dry run finds every one of them disabled already.
  await page.getByTestId('bulk-action').click()
  await bulk.getByTestId('bulk-dry-run').click()
  await expect(summary).toContainText('Disable: 0 user(s) would change, 10 would be skipped')
  await expect(bulk.getByTestId('bulk-plan')).toContainText('Already disabled')
  await bulk.getByRole('button', { name: 'Cancel' }).click()
  await expect(bulk).toBeHidden()

  // The job stays listed with its report.
  await page.getByTestId('jobs-history').click()
  const jobs = page.getByTestId('jobs-dialog')
  await expect(jobs).toContainText('Disable')
  await jobs.locator('[data-testid^="job-open-"]').first().click()
  await expect(jobs.getByTestId('bulk-report-summary')).toContainText(`${change} done, ${skip} skipped`)

  const all = await harness.ok('users', 'list', { poolId: pool, limit: 60 })
  const tenantUsers = all.users.filter((u) => u.attributes['custom:tenant'] === 'initech')
  expect(tenantUsers).toHaveLength(10)
  expect(tenantUsers.every((u) => !u.enabled)).toBe(true)
})

test('users: a CSV import lists every bad row by line, then creates the users through a job', async ({
  page,
  harness,
  seed
}) => {
  const header = 'name,email,custom:tenant,cognito:mfa_enabled,cognito:username'
  const good = 'Imp One,imp.one@example.com,acme,false,e2e.import1'
  const csv = (second: string) => Buffer.from([header, good, second].join('\n'))
  await openUsers(page, 'demo-customers')
  await page.getByTestId('import-users').click()
  const dialog = page.getByTestId('import-dialog')
  await dialog.getByTestId('import-file').setInputFiles({
    name: 'users.csv',
    mimeType: 'text/csv',
    buffer: csv('Imp Two,not-an-email,acme,false,e2e.import2')
  })
  await dialog.getByTestId('import-check').click()
  await expect(dialog.getByTestId('import-bad-rows')).toContainText('1 of 2 row(s) are bad')
  await expect(dialog.locator('tbody tr').first()).toContainText('3')
  // Main reports a code; the dialog words it.
  await expect(dialog.locator('tbody tr').first()).toContainText(
    'email: An email address looks like name@example.com.'
  )
  await expect(dialog.getByTestId('import-run')).toBeDisabled()

  await dialog.getByTestId('import-file').setInputFiles({
    name: 'users-fixed.csv',
    mimeType: 'text/csv',
    buffer: csv('Imp Two,imp.two@example.com,acme,false,e2e.import2')
  })
  await dialog.getByTestId('import-check').click()
  await expect(dialog.getByTestId('import-ok')).toContainText('2 user(s) will be created')
  await dialog.getByTestId('import-run').click()
  await page.getByTestId('confirm-input').locator('input').fill('2')
  await page.getByTestId('confirm-action').click()
  await expect(dialog.getByTestId('bulk-state')).toHaveText('Finished', { timeout: 30_000 })
  await expect(dialog.getByTestId('bulk-report-summary')).toContainText('2 done, 0 skipped, 0 failed')
  const imported = await harness.ok('users', 'get', { poolId: seed.customersPoolId, username: 'e2e.import2' })
  expect(imported.user.attributes.email).toBe('imp.two@example.com')

  // Delete one of them: the username must be typed before the button works.
  await page.keyboard.press('Escape')
  await page.getByTestId('server-value').locator('input').fill('imp.one')
  await page.getByTestId('server-run').click()
  await page.getByTestId('user-row-e2e.import1').getByRole('link').click()
  await page.getByTestId('action-delete').click()
  await expect(page.getByTestId('confirm-action')).toBeDisabled()
  await page.getByTestId('confirm-input').locator('input').fill('e2e.import1')
  await page.getByTestId('confirm-action').click()
  await expect(page.getByTestId('pool-users')).toBeVisible()
  await expect(page.getByText('Deleted e2e.import1 from the pool.')).toBeVisible()
  const gone = await harness.call('users', 'get', { poolId: seed.customersPoolId, username: 'e2e.import1' })
  expect(gone.ok ? 'still there' : gone.error.code).toBe('NOT_FOUND')
})

test('users: a bulk attribute change is checked as typed and dry-run on the selection', async ({ page }) => {
  await openUsers(page, 'demo-customers')
  await expect(page.getByTestId('users-count')).toContainText('user(s) loaded')
  await page.getByTestId('users-grid').focus()
  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Space')
  await expect(page.getByTestId('users-selected')).toHaveText('2 selected')
  await page.getByTestId('bulk-action').click()
  const bulk = page.getByTestId('bulk-dialog')
  await expect(bulk).toContainText('Bulk action on 2 user(s)')
  await bulk.getByTestId('bulk-kind').click()
  await page.getByTestId('option-setAttribute').click()
  await choose(page, 'bulk-attribute', 'phone_number')
  await bulk.getByTestId('bulk-value').locator('input').fill('090-1111-2222')
  await expect(bulk).toContainText('Use E.164')
  await expect(bulk.getByTestId('bulk-dry-run')).toBeDisabled()
  await bulk.getByTestId('bulk-value').locator('input').fill('+819011112222')
  await bulk.getByTestId('bulk-dry-run').click()
  await expect(bulk.getByTestId('bulk-plan-summary')).toContainText(
    /2 user\(s\) would change, 0 would be skipped/
  )
  await expect(bulk.getByTestId('bulk-plan')).toContainText('change')
})

test('users: CSV import problems and dry-run reasons are worded in Japanese', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await openUsers(page, 'demo-customers')
  await page.getByTestId('import-users').click()
  const dialog = page.getByTestId('import-dialog')
  await dialog.getByTestId('import-file').setInputFiles({
    name: 'users.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      ['cognito:username,email,shoe_size', 'ja.one,not-an-email,42', 'ja.one,ja@example.com,1'].join('\n')
    )
  })
  await dialog.getByTestId('import-check').click()
  const problems = dialog.getByTestId('import-problems')
  await expect(dialog.getByTestId('import-bad-rows')).toContainText('2 行中 2 行に問題があります')
  await expect(problems).toContainText('列「shoe_size」はこのプールの属性ではありません')
  await expect(problems).toContainText('email: メールアドレスは name@example.com の形式です。')
  await expect(problems).toContainText('ja.one は 2 行目にもあります。')
  await snap(page, 'import-problems-ja')
  await dialog.getByRole('button', { name: 'キャンセル' }).click()
  await expect(dialog).toBeHidden()

  await page.getByTestId('users-grid').focus()
  await page.keyboard.press('Space')
  await page.getByTestId('bulk-action').click()
  const bulk = page.getByTestId('bulk-dialog')
  await bulk.getByTestId('bulk-kind').click()
  await page.getByTestId('option-enable').click()
  await bulk.getByTestId('bulk-dry-run').click()
  await expect(bulk.getByTestId('bulk-plan')).toContainText(/すでに有効です。|有効化されます。/)
})

test('users: unticking every user of "all matching" leaves nothing selected and the bulk action off, with the reason', async ({
  page
}) => {
  await tenantResult(page)
  await page.getByTestId('select-all').check()
  await expect(page.getByTestId('users-selected')).toHaveText('10 selected')
  await expect(page.getByTestId('bulk-action')).toBeEnabled()

  const grid = page.getByTestId('users-grid')
  await grid.focus()
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowDown')
  }
  await expect(page.getByTestId('users-selected')).toHaveText('0 selected')
  await expect(page.getByTestId('bulk-action')).toBeDisabled()
  await expect(page.getByTestId('users-none-selected')).toContainText('no bulk action applies')
  await expect(page.getByTestId('bulk-action')).toHaveAttribute('aria-describedby', 'users-none-selected')

  // Ticking "all" again selects the ten, and the dry run plans exactly them.
  await page.getByTestId('select-all').click()
  await expect(page.getByTestId('users-selected')).toHaveText('10 selected')
  await expect(page.getByTestId('users-none-selected')).toBeHidden()
  await page.getByTestId('bulk-action').click()
  const bulk = page.getByTestId('bulk-dialog')
  await expect(bulk).toContainText('Bulk action on 10 user(s)')
  await bulk.getByTestId('bulk-dry-run').click()
  const summary = bulk.getByTestId('bulk-plan-summary')
  await expect(summary).toContainText(/\d+ user\(s\) would change, \d+ would be skipped/)
  const [, change, skip] = /(\d+) user\(s\) would change, (\d+) would be skipped/.exec(
    (await summary.textContent()) ?? ''
  )!
  expect(Number(change) + Number(skip)).toBe(10)
})

test('users: an export of "all matching" but one unticked user writes the other nine as JSON Lines', async ({
  page,
  harness
}) => {
  const saved = mkdtempSync(join(tmpdir(), 'cac-selection-e2e-'))
  harness.ctx.saveFile = async ({ defaultName }) => join(saved, defaultName)
  await tenantResult(page)
  await page.getByTestId('select-all').check()
  const first = page.locator('[data-testid^="user-row-"]').first()
  const unticked = ((await first.getAttribute('data-testid')) ?? '').replace('user-row-', '')
  await page.getByTestId('users-grid').focus()
  await page.keyboard.press('Space')
  await expect(page.getByTestId('users-selected')).toHaveText('9 selected')

  await page.getByTestId('export-users').click()
  const dialog = page.getByTestId('export-dialog')
  await expect(dialog.getByTestId('export-scope-selected')).toContainText('The ticked users (9)')
  await dialog.getByTestId('export-format-jsonl').click()
  await dialog.getByTestId('export-run').click()
  await expect(dialog).toBeHidden()
  const files = readdirSync(saved)
  expect(files).toEqual([expect.stringMatching(/-search\.jsonl$/)])
  const lines = readFileSync(join(saved, files[0]!), 'utf8').trimEnd().split('\n')
  const users = lines.map(
    (line) => JSON.parse(line) as { username: string; attributes: Record<string, string> }
  )
  expect(users).toHaveLength(9)
  expect(users.every((u) => u.attributes['custom:tenant'] === 'initech')).toBe(true)
  expect(users.map((u) => u.username)).not.toContain(unticked)
})

test('users: a new query in the address starts at the top, in the index order, whatever was sorted and scrolled', async ({
  page,
  seed
}) => {
  await openUsers(page, 'demo-customers')
  await loadIndex(page)
  const grid = page.getByTestId('users-grid')
  await page.getByTestId('column-email').getByRole('button').click()
  await expect(page.getByTestId('column-email')).toHaveAttribute('aria-sort', 'ascending')
  await grid.evaluate((el) => (el.scrollTop = el.scrollHeight))
  await expect.poll(() => grid.evaluate((el) => el.scrollTop)).toBeGreaterThan(0)
  await grid.focus()
  await page.keyboard.press('End')

  const q = JSON.stringify({
    conditions: [{ attribute: 'custom:tenant', operator: 'equals', value: 'initech' }]
  })
  await goTo(page, `#/pools/${seed.customersPoolId}/users?q=${encodeURIComponent(q)}`)
  await expect(page.getByTestId('users-count')).toContainText(/^10 of \d+ indexed user\(s\) match/)
  await expect(page.getByTestId('column-email')).toHaveAttribute('aria-sort', 'none')
  expect(await grid.evaluate((el) => el.scrollTop)).toBe(0)
  await expect(grid.locator('[aria-rowindex="2"]')).toHaveClass(/focused/)
})
