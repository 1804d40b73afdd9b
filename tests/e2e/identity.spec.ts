import {
  AdminInitiateAuthCommand,
  CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { DEMO_PASSWORD } from '../../scripts/seed'
import { expect, snap, test, TEST_REGION } from './fixtures'

test('identity pools: list, detail with its user pool provider, identities', async ({ page, seed }) => {
  await page.getByRole('menuitem', { name: 'Identity pools' }).click()
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

  await detail.locator('.n-tabs-tab', { hasText: 'Identities' }).click()
  await expect(page.getByTestId('identities-panel')).toBeVisible()
})

test('credentials lab: as a test login and as a guest, with countdown, masked secret and copy', async ({
  page,
  harness,
  seed,
  context,
  renderer
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: renderer.origin })
  const user = seed.users.find((u) => u.status === 'CONFIRMED' && u.enabled)?.username ?? ''
  // The test-login screen signs a user in this way; the lab takes the login by its id.
  const login = await harness.ok('auth', 'start', {
    poolId: seed.customersPoolId,
    clientId: seed.webClientId,
    flow: 'ADMIN_USER_PASSWORD_AUTH',
    username: user,
    password: DEMO_PASSWORD
  })
  expect(login.status).toBe('signedIn')

  await page.goto(
    `${renderer.origin}/index.html#/identity-pools/lab?login=${login.loginId}&pool=${seed.identityPoolId}`
  )
  const lab = page.getByTestId('credentials-lab-view')
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
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toContain(`export AWS_ACCESS_KEY_ID=${accessKey}`)
  expect(copied).toContain('export AWS_SECRET_ACCESS_KEY=')
  expect(copied).toContain('export AWS_SESSION_TOKEN=')

  await lab.getByTestId('lab-source-guest').click()
  await expect(lab).toContainText('No Logins map: a guest identity.')
  await lab.getByTestId('lab-run').click()
  await expect(creds.getByTestId('lab-identity-id')).not.toHaveText(userIdentity ?? '')
  await expect(creds.getByTestId('lab-countdown')).toHaveText(/^in \d\d:\d\d$/)
})

test('credentials lab: a pasted ID token, and a wrong key explained', async ({ page, seed, moto }) => {
  const idp = new CognitoIdentityProviderClient({
    region: TEST_REGION,
    endpoint: moto.endpoint,
    credentials: { accessKeyId: 'AKIAMOTOTESTKEY00000', secretAccessKey: 'motoTestSecretKey' }
  })
  const user = seed.users.find((u) => u.status === 'CONFIRMED' && u.enabled)?.username ?? ''
  const auth = await idp.send(
    new AdminInitiateAuthCommand({
      UserPoolId: seed.customersPoolId,
      ClientId: seed.webClientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: user, PASSWORD: DEMO_PASSWORD }
    })
  )
  idp.destroy()
  const idToken = auth.AuthenticationResult?.IdToken ?? ''

  await page.getByRole('menuitem', { name: 'Identity pools' }).click()
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

  await key.fill(`https://cognito-idp.${TEST_REGION}.amazonaws.com/${seed.customersPoolId}`)
  await expect(lab).toContainText('without https://')
  await lab.getByTestId('lab-run').click()
  await expect(lab.getByTestId('lab-failure')).toContainText(
    'The Logins key does not fit the token or the provider.'
  )
})
