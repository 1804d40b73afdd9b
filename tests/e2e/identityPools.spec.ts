import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam'
import { DEMO_PASSWORD } from '../../scripts/seed'
import { directSdk } from '../support/aws-files'
import { signInIdToken } from '../support/user-pools'
import { expect, snap, test, TEST_REGION } from './fixtures'
import { chooseWebApp, submitSignIn } from './testLogin'

test('identity pools: list, detail with its user pool provider, identities', async ({
  page,
  seed,
  harness
}) => {
  const guest = await harness.ok('credentialsLab', 'run', {
    identityPoolId: seed.identityPoolId,
    source: { kind: 'guest' },
    flow: 'enhanced'
  })
  await page.getByTestId('app-nav').getByRole('link', { name: 'Identity pools' }).click()
  const table = page.getByTestId('identity-pools-table')
  await expect(table).toContainText('demo_identities')
  await expect(table).toContainText(seed.identityPoolId)
  await snap(page, 'identity-pools')

  await page.getByTestId('identity-pool-demo_identities').click()
  const detail = page.getByTestId('identity-pool-view')
  await expect(detail.getByTestId('identity-pool-name')).toHaveText('demo_identities')
  await expect(detail.getByTestId('identity-pool-guest')).toHaveText('Allowed')
  const providers = detail.getByTestId('identity-pool-providers')
  await expect(providers).toContainText(`cognito-idp.${TEST_REGION}.amazonaws.com/${seed.customersPoolId}`)
  await expect(providers).toContainText(seed.webClientId)
  // moto has no GetIdentityPoolRoles: the pool opens and says so.
  await expect(detail.getByTestId('identity-pool-roles')).toContainText(
    'Roles are not available from this endpoint.'
  )
  await snap(page, 'identity-pool-detail')

  await detail.getByTestId('tab-identities').click()
  const panel = page.getByTestId('identities-panel')
  await expect(panel.getByTestId('identities-table')).toContainText(guest.identityId ?? '')
  // moto has no DescribeIdentity: the screen says the endpoint lacks it instead of failing.
  await panel.getByRole('button', { name: 'Details' }).first().click()
  await expect(panel.getByTestId('identity-details-error')).toHaveText('Not available from this endpoint.')

  await detail.getByTestId('tab-overview').click()
  const link = detail.getByTestId('user-pool-link')
  await expect(link).toHaveAttribute('href', `#/pools/${seed.customersPoolId}`)
  await link.click()
  await expect(page).toHaveURL(new RegExp(`#/pools/${seed.customersPoolId}`))
})

test('identity pools: create with a user pool provider, edit, delete by typing the name', async ({
  page,
  seed
}) => {
  await page.getByTestId('app-nav').getByRole('link', { name: 'Identity pools' }).click()
  await page.getByTestId('create-identity-pool').click()
  const form = page.getByTestId('identity-pool-form')
  await form.getByTestId('ip-name').locator('input').fill('e2e_pool')
  await form.getByTestId('ip-guest').click()
  await form.getByTestId('ip-add-userpool').click()
  await form.getByTestId('ip-userpool-0').click()
  await page.getByText(`demo-customers (${seed.customersPoolId})`).click()
  await form.getByTestId('ip-client-0').click()
  await page.getByText(`web-app (${seed.webClientId})`).click()
  await form.getByTestId('ip-auth-role').click()
  await page.keyboard.type('not-an-arn')
  await page.keyboard.press('Enter')
  await expect(form).toContainText('A role ARN looks like arn:aws:iam::123456789012:role/MyRole.')
  await form.getByTestId('ip-save').click()
  await expect(form.getByTestId('ip-form-problem')).toContainText('roles.authenticated')
  await form.getByTestId('ip-auth-role').locator('.n-base-clear').click()
  await form.getByTestId('ip-save').click()

  const detail = page.getByTestId('identity-pool-view')
  await expect(detail.getByTestId('identity-pool-name')).toHaveText('e2e_pool')
  await expect(detail.getByTestId('identity-pool-guest')).toHaveText('Allowed')
  await expect(detail.getByTestId('identity-pool-providers')).toContainText(seed.webClientId)

  await detail.getByTestId('identity-pool-edit').click()
  // An existing pool's tags are only shown here: the tags dialog is their one editor, opened from the form.
  await expect(form.getByTestId('ip-form-tags')).toContainText('No tags.')
  await expect(form.getByTestId('ip-form-tags')).toContainText('never by saving this form')
  await form.getByTestId('ip-form-edit-tags').click()
  await expect(page.getByTestId('tags-form')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('tags-form')).toHaveCount(0)
  await form.getByTestId('ip-guest').click()
  await form.getByTestId('ip-save').click()
  await expect(detail.getByTestId('identity-pool-guest')).toHaveText('Off')

  await detail.getByTestId('identity-pool-delete').click()
  const confirm = page.getByTestId('type-to-confirm')
  await expect(confirm.getByTestId('confirm-action')).toBeDisabled()
  await confirm.getByTestId('confirm-input').locator('input').fill('e2e_pool')
  await confirm.getByTestId('confirm-action').click()
  await expect(page.getByTestId('identity-pools-table')).toContainText('demo_identities')
  await expect(page.getByTestId('identity-pools-table')).not.toContainText('e2e_pool')
})

test('credentials lab: as a test login and as a guest, with countdown, masked secret and copy', async ({
  page,
  seed,
  context,
  renderer
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: renderer.origin })
  const user = seed.users.find((u) => u.status === 'CONFIRMED' && u.enabled)?.username ?? ''
  await chooseWebApp(page, seed)
  await submitSignIn(page, 'USER_PASSWORD_AUTH', user, DEMO_PASSWORD)
  const signedIn = page.getByTestId('login-result')
  await expect(signedIn).toContainText(`Signed in as ${user}`)
  await signedIn.getByTestId('login-lab').click()

  // The lab opens with the login chosen; the identity pool is picked as a person would.
  const lab = page.getByTestId('credentials-lab-view')
  await lab.getByTestId('lab-pool').click()
  await page.getByText(`demo_identities (${seed.identityPoolId})`).click()
  await expect(lab.getByTestId('lab-logins')).toContainText(
    `cognito-idp.${TEST_REGION}.amazonaws.com/${seed.customersPoolId}`
  )
  await expect(lab.getByTestId('lab-logins')).toContainText(user)
  await lab.getByTestId('lab-run').click()

  const creds = lab.getByTestId('lab-credentials')
  await expect(creds.getByTestId('lab-identity-id')).toContainText(`${TEST_REGION}:`)
  const userIdentity = await creds.getByTestId('lab-identity-id').textContent()
  await expect(creds.getByTestId('lab-countdown')).toHaveText(/^in \d\d:\d\d$/)
  const secret = creds.getByTestId('lab-secret')
  await expect(secret).toContainText('••••')
  await expect(lab.getByTestId('lab-steps')).toContainText('GetCredentialsForIdentity')
  await expect(lab.getByTestId('lab-steps')).toContainText('GetCallerIdentity')
  await expect(creds.getByTestId('lab-caller')).toContainText('arn:aws:')
  await snap(page, 'credentials-lab')

  await secret.getByTestId('secret-toggle').click()
  await expect(secret).not.toContainText('••••')
  const accessKey = (await creds.getByTestId('lab-access-key').textContent()) ?? ''
  await creds.getByTestId('lab-copy').click()
  const copied = await page.evaluate(() =>
    (
      globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }
    ).navigator.clipboard.readText()
  )
  expect(copied).toContain(`export AWS_ACCESS_KEY_ID=${accessKey}`)
  expect(copied).toContain('export AWS_SECRET_ACCESS_KEY=')
  expect(copied).toContain('export AWS_SESSION_TOKEN=')

  await lab.getByTestId('lab-source-guest').click()
  await expect(lab).toContainText('No Logins map: a guest identity.')
  await lab.getByTestId('lab-run').click()
  await expect(creds.getByTestId('lab-identity-id')).not.toHaveText(userIdentity ?? '')
  await expect(creds.getByTestId('lab-countdown')).toHaveText(/^in \d\d:\d\d$/)
})

test('credentials lab: a pasted ID token in the enhanced and basic flows, and a wrong key explained', async ({
  page,
  seed,
  moto
}) => {
  const idp = new CognitoIdentityProviderClient(directSdk(moto.endpoint))
  const user = seed.users.find((u) => u.status === 'CONFIRMED' && u.enabled)?.username ?? ''
  const idToken = await signInIdToken(
    idp,
    { poolId: seed.customersPoolId, clientId: seed.webClientId },
    user,
    DEMO_PASSWORD
  )
  idp.destroy()
  const iam = new IAMClient(directSdk(moto.endpoint))
  const role = await iam.send(
    new CreateRoleCommand({ RoleName: 'demo-identities-auth', AssumeRolePolicyDocument: '{}' })
  )
  iam.destroy()
  const roleArn = role.Role?.Arn ?? ''

  await page.getByTestId('app-nav').getByRole('link', { name: 'Identity pools' }).click()
  await page.getByTestId('open-lab').click()
  const lab = page.getByTestId('credentials-lab-view')
  await lab.getByTestId('lab-pool').click()
  await page.getByText(`demo_identities (${seed.identityPoolId})`).click()
  await lab.getByTestId('lab-source-token').click()
  const key = lab.getByTestId('lab-provider-key').locator('input')
  await expect(key).toHaveValue(`cognito-idp.${TEST_REGION}.amazonaws.com/${seed.customersPoolId}`)
  await lab.getByTestId('lab-token').locator('textarea').fill(idToken)
  await lab.getByTestId('lab-run').click()
  await expect(lab.getByTestId('lab-credentials').getByTestId('lab-caller')).toContainText('arn:aws:')

  await lab.getByTestId('lab-flow-basic').click()
  await lab.getByTestId('lab-role').locator('input').fill(roleArn)
  await lab.getByTestId('lab-run').click()
  await expect(lab.getByTestId('lab-steps')).toContainText('AssumeRoleWithWebIdentity')
  await expect(lab.getByTestId('lab-credentials').getByTestId('lab-caller')).toContainText(
    'assumed-role/demo-identities-auth/cognito-admin-console-lab'
  )

  await key.fill(`https://cognito-idp.${TEST_REGION}.amazonaws.com/${seed.customersPoolId}`)
  await expect(lab).toContainText('without https://')
  await lab.getByTestId('lab-run').click()
  await expect(lab.getByTestId('lab-failure')).toContainText(
    'The Logins key does not fit the token or the provider.'
  )
})
