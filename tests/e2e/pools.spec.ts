import type { Page } from '@playwright/test'
import { clientSettings, plainPool } from '../support/pool-input'
import { expect, snap, test } from './fixtures'

const run = Date.now().toString(36)

async function openPool(page: Page, name: string): Promise<void> {
  await page.getByTestId(`open-pool-${name}`).click()
  await expect(page.getByTestId('pool-name')).toHaveText(name)
}

test('creates a pool with a custom attribute and lands on its overview', async ({ page, harness }) => {
  const name = `e2e-pool-${run}`
  await expect(page.getByTestId('pools-table')).toContainText('demo-customers')
  await page.getByTestId('pool-create').click()
  const dialog = page.getByTestId('pool-create-dialog')
  await dialog.getByTestId('pool-create-name').locator('input').fill(name)
  await dialog.getByTestId('custom-attribute-add').click()
  await dialog.getByTestId('custom-attribute-name-0').locator('input').fill('tenant')
  await dialog.getByTestId('pool-create-submit').click()

  await expect(page.getByTestId('pool-name')).toHaveText(name)
  await expect(page.getByTestId('attribute-custom:tenant')).toContainText('String')
  await expect(page.getByTestId('pool-protection-state')).toContainText('On: the pool cannot be deleted')

  // Deletion is refused with the reason while protection is on.
  await page.getByTestId('pool-delete').click()
  await expect(page.getByTestId('confirm-blocked')).toContainText('Deletion protection is on for this pool')
  await expect(page.getByTestId('confirm-action')).toBeDisabled()

  const { pools } = await harness.ok('pools', 'list', {})
  const created = pools.find((p) => p.name === name)
  expect(created).toBeDefined()
  const overview = await harness.ok('pools', 'describe', { poolId: created?.id ?? '' })
  expect(overview.schema.map((a) => a.name)).toContain('custom:tenant')

  // Turn protection off, then delete by typing the name.
  await page.getByTestId('type-to-confirm').getByRole('button', { name: 'Cancel' }).click()
  await page.getByTestId('pool-toggle-protection').click()
  await expect(page.getByTestId('pool-protection-state')).toContainText('Off: the pool can be deleted.')
  await page.getByTestId('pool-delete').click()
  await page.getByTestId('confirm-input').locator('input').fill(name)
  await page.getByTestId('confirm-action').click()
  await expect(page.getByTestId('pools-view')).toBeVisible()
  expect((await harness.ok('pools', 'list', {})).pools.map((p) => p.name)).not.toContain(name)
})

test('the pool screen speaks Japanese', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await openPool(page, 'demo-customers')
  await expect(page.getByTestId('pool-tabs')).toContainText('アプリクライアント')
  await expect(page.getByTestId('section-password')).toContainText('パスワードポリシー')
  await page.getByTestId('tab-pool-clients').click()
  await page.getByTestId('client-backend-with-secret').click()
  await expect(page.getByTestId('capability-USER_PASSWORD_AUTH')).toContainText(
    'SECRET_HASH は自動で計算されます'
  )
})

test('reads the overview of a seeded pool, section by section', async ({ page }) => {
  await openPool(page, 'demo-customers')
  await expect(page.getByTestId('section-sign-in')).toContainText('email')
  await expect(page.getByTestId('pool-mfa-mode')).toHaveText('Optional')
  // moto lets MFA be optional with no method enabled; the overview says what that means.
  await expect(page.getByTestId('mfa-no-method')).toContainText('users cannot complete it')
  await expect(page.getByTestId('attribute-custom:plan')).toBeVisible()
  await expect(page.getByTestId('section-messages')).toContainText(
    'Hello {username}, your temporary password is {####}'
  )
  await expect(page.getByTestId('section-messages')).toContainText('The invitation tells the user')
  await expect(page.getByTestId('tags-unavailable')).toContainText(
    'Not available from this endpoint: it does not implement ListTagsForResource.'
  )
  await page.getByTestId('section-password').getByRole('button', { name: 'Raw JSON' }).click()
  await expect(page.getByTestId('section-password').getByTestId('json-view')).toContainText(
    '"MinimumLength": 10'
  )
  await snap(page, 'pool-overview')
})

test('creates an app client with a secret and ALLOW_USER_PASSWORD_AUTH and sees which flows work', async ({
  page,
  harness,
  seed
}) => {
  const name = `e2e-backend-${run}`
  await openPool(page, 'demo-customers')
  await page.getByTestId('tab-pool-clients').click()
  await expect(page.getByTestId('clients-table')).toContainText('backend-with-secret')
  await page.getByTestId('client-create').click()
  const form = page.getByTestId('client-form')
  await form.getByTestId('client-name').locator('input').fill(name)
  await form.getByTestId('client-generate-secret').click()
  await form.getByTestId('flow-ALLOW_USER_PASSWORD_AUTH').click()
  await form.getByTestId('flow-ALLOW_USER_SRP_AUTH').click()
  await form.getByTestId('client-save').click()
  await page.getByTestId('change-preview-confirm').click()

  const detail = page.getByTestId('client-detail')
  await expect(detail).toContainText(name)
  const userPassword = detail.getByTestId('capability-USER_PASSWORD_AUTH')
  await expect(userPassword).toHaveAttribute('data-works', 'true')
  await expect(userPassword).toContainText('This client has a secret: SECRET_HASH will be computed for you.')
  await expect(detail.getByTestId('capability-USER_SRP_AUTH')).toContainText(
    'ALLOW_USER_SRP_AUTH is not enabled on this client.'
  )
  await expect(detail.getByTestId('capability-HOSTED_UI_CODE')).toHaveAttribute('data-works', 'false')
  await snap(page, 'app-client-capabilities')

  // The secret crosses only when asked for.
  const { clients } = await harness.ok('appClients', 'list', { poolId: seed.customersPoolId })
  const created = clients.find((c) => c.name === name)
  expect(created?.hasSecret).toBe(true)
  const { secret } = await harness.ok('appClients', 'revealSecret', {
    poolId: seed.customersPoolId,
    clientId: created?.clientId ?? ''
  })
  await expect(detail).not.toContainText(secret)
  await detail.getByTestId('client-reveal-secret').click()
  await detail.getByTestId('secret-toggle').click()
  await expect(detail.getByTestId('secret-text')).toContainText(secret)
})

test('edits a client’s auth flows, as update-user-pool-client --explicit-auth-flows does', async ({
  page,
  harness,
  seed
}) => {
  const name = `e2e-flows-${run}`
  const created = await harness.ok('appClients', 'create', {
    poolId: seed.customersPoolId,
    generateSecret: true,
    ...clientSettings(name, { explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] })
  })
  await openPool(page, 'demo-customers')
  await page.getByTestId('tab-pool-clients').click()
  await page.getByTestId(`client-${name}`).click()
  const detail = page.getByTestId('client-detail')
  await expect(detail.getByTestId('capability-USER_PASSWORD_AUTH')).toHaveAttribute('data-works', 'false')
  await detail.getByTestId('client-edit').click()
  const form = page.getByTestId('client-form')
  // The form starts from the client's real flows (SRP, refresh); swap SRP for the password flow.
  await expect(form.getByTestId('flow-ALLOW_USER_SRP_AUTH')).toHaveAttribute('aria-checked', 'true')
  await expect(form.getByTestId('flow-ALLOW_CUSTOM_AUTH')).toHaveAttribute('aria-checked', 'false')
  for (const flow of ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH'])
    await form.getByTestId(`flow-${flow}`).click()
  await form.getByTestId('client-save').click()
  const preview = page.getByTestId('change-preview')
  await expect(preview.getByTestId('change-explicitAuthFlows')).toContainText(
    'ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH'
  )
  await expect(preview.locator('tbody tr')).toHaveCount(1)
  await preview.getByTestId('change-preview-confirm').click()
  await expect(detail.getByTestId('capability-USER_PASSWORD_AUTH')).toHaveAttribute('data-works', 'true')
  const after = await harness.ok('appClients', 'describe', {
    poolId: seed.customersPoolId,
    clientId: created.clientId
  })
  expect(after.explicitAuthFlows.sort()).toEqual(['ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_USER_PASSWORD_AUTH'])
  expect(after.hasSecret).toBe(true)
})

test('creates a group with a role, refusing a bad ARN first, and adds a seeded user', async ({
  page,
  harness,
  seed
}) => {
  const group = `e2e-group-${run}`
  const username = seed.users[1]?.username ?? ''
  await openPool(page, 'demo-customers')
  await page.getByTestId('tab-pool-groups').click()
  await expect(page.getByTestId('groups-table')).toContainText('admins')
  await page.getByTestId('group-create').click()
  const form = page.getByTestId('group-form')
  await form.getByTestId('group-name').locator('input').fill(group)
  await form.getByTestId('group-description').locator('textarea').fill('Created from the console')
  await form.getByTestId('group-precedence').locator('input').fill('3')
  await form.getByTestId('group-role').locator('input').fill('MyRole')
  await form.getByTestId('group-save').click()
  await expect(form.getByTestId('group-form-error')).toContainText(
    'A role ARN looks like arn:aws:iam::123456789012:role/MyRole.'
  )
  await form.getByTestId('group-role').locator('input').fill('arn:aws:iam::123456789012:role/Support')
  await form.getByTestId('group-save').click()
  await expect(page.getByTestId('groups-table')).toContainText(group)

  // With the pool indexed, a join made here must reach the index the users table reads.
  const poolId = seed.customersPoolId
  await harness.ok('users', 'indexStart', { poolId })
  await expect.poll(async () => (await harness.ok('users', 'indexStatus', { poolId })).state).toBe('done')

  await page.getByTestId(`group-members-${group}`).click()
  const members = page.getByTestId('group-members')
  await expect(members).toContainText('No users in this group.')
  await members.getByTestId('member-username').locator('input').fill(username)
  await members.getByTestId('member-add').click()
  await expect(members.getByTestId(`member-${username}`)).toContainText(`${username}@example.com`)
  await snap(page, 'groups')

  const listed = await harness.ok('groups', 'members', { poolId: seed.customersPoolId, name: group })
  expect(listed.members.map((m) => m.username)).toEqual([username])
  const indexed = await harness.ok('users', 'indexQuery', { poolId, query: { groups: [group] } })
  expect(indexed.rows.map((r) => r.username)).toEqual([username])
  const groups = await harness.ok('groups', 'list', { poolId: seed.customersPoolId })
  expect(groups.groups.find((g) => g.name === group)).toMatchObject({
    precedence: 3,
    roleArn: 'arn:aws:iam::123456789012:role/Support'
  })
})

test('favourites and recently opened pools persist, and a pasted id opens its pool', async ({
  page,
  harness,
  seed
}) => {
  // Estimated users come from DescribeUserPool, filled in after the list (other specs may have
  // added users to the demo pool, so the figure is the emulator's own).
  const { facts } = await harness.ok('pools', 'facts', { poolIds: [seed.customersPoolId] })
  const estimated = facts[0]?.estimatedUsers ?? 0
  expect(estimated).toBeGreaterThanOrEqual(40)
  await expect(page.getByTestId('pool-row-demo-customers')).toContainText(String(estimated))
  await page.getByTestId('favourite-demo-staff').click()
  await expect(page.getByTestId('pool-favourites')).toContainText('demo-staff')

  await page.getByTestId('pool-open-id').locator('input').fill('not-a-pool-id')
  await page.getByTestId('pool-open-id-go').click()
  await expect(page.getByTestId('pool-open-id-error')).toContainText('That is not a user pool ID')
  await page.getByTestId('pool-open-id').locator('input').fill(seed.customersPoolId)
  await page.getByTestId('pool-open-id').locator('input').press('Enter')
  await expect(page.getByTestId('pool-name')).toHaveText('demo-customers')

  await page.getByTestId('pool-back').click()
  await expect(page.getByTestId('pool-recent')).toContainText('demo-customers')
  const preferences = harness.ctx.store.get('preferences')
  expect(Object.values(preferences.favouritePools ?? {}).flat()).toContain(seed.staffPoolId)
  expect(Object.values(preferences.recentPools ?? {}).flat()[0]).toBe(seed.customersPoolId)
})

test.describe('on a read-only connection', () => {
  test.use({ connection: 'moto-readonly' })

  test('creating a group is refused with a clear message and nothing changes', async ({
    page,
    harness,
    seed
  }) => {
    const before = await harness.ok('groups', 'list', { poolId: seed.customersPoolId })
    await openPool(page, 'demo-customers')
    await page.getByTestId('tab-pool-groups').click()
    await expect(page.getByTestId('groups-table')).toContainText('admins')
    await page.getByTestId('group-create').click()
    const form = page.getByTestId('group-form')
    await form.getByTestId('group-name').locator('input').fill(`readonly-${run}`)
    await form.getByTestId('group-save').click()
    await expect(form.getByTestId('group-form-error')).toContainText('is read-only: nothing was changed.')
    const after = await harness.ok('groups', 'list', { poolId: seed.customersPoolId })
    expect(after.groups).toEqual(before.groups)
  })
})

test('edits the password policy and self sign-up after showing the change, and sends nothing on cancel', async ({
  page,
  harness
}) => {
  const name = `e2e-policies-${run}`
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await page.reload()
  await openPool(page, name)
  await page.getByTestId('pool-edit-policies').click()
  const form = page.getByTestId('pool-policies-form')
  await form.getByTestId('policy-min-length').locator('input').fill('12')
  await form.getByTestId('pool-edit-self-sign-up').click()
  await form.getByTestId('pool-edit-save').click()

  const preview = page.getByTestId('change-preview')
  await expect(preview.getByTestId('change-PasswordPolicy.MinimumLength')).toContainText('8')
  await expect(preview.getByTestId('change-PasswordPolicy.MinimumLength')).toContainText('12')
  await expect(preview.getByTestId('change-AdminCreateUserConfig.AllowAdminCreateUserOnly')).toContainText(
    'false'
  )
  await expect(preview.locator('tbody tr')).toHaveCount(2)
  // Closing the preview sends nothing.
  await page.keyboard.press('Escape')
  expect((await harness.ok('pools', 'describe', { poolId: id })).passwordPolicy.minimumLength).toBe(8)

  await form.getByTestId('pool-edit-save').click()
  await preview.getByTestId('change-preview-confirm').click()
  await expect(form).toBeHidden()
  const after = await harness.ok('pools', 'describe', { poolId: id })
  expect([after.passwordPolicy.minimumLength, after.selfSignUp]).toEqual([12, true])
  await harness.ok('pools', 'delete', { poolId: id, confirmName: name })
})
