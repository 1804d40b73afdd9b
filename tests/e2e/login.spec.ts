import { DEMO_PASSWORD, DEMO_TEMP_PASSWORD } from '../../scripts/seed'
import { expect, snap, test } from './fixtures'
import { chooseWebApp, submitSignIn } from './testLogin'

const NEW_PASSWORD = 'Brand-New-Passw0rd!'

test('a user signs in, completes NEW_PASSWORD_REQUIRED, inspects and refreshes the tokens, and a tampered token fails', async ({
  page,
  seed,
  harness
}) => {
  const invited = seed.users.find((u) => u.status === 'FORCE_CHANGE_PASSWORD' && u.enabled)
  if (!invited) throw new Error('the seed has no enabled FORCE_CHANGE_PASSWORD user')

  await chooseWebApp(page, seed)

  const capabilities = page.getByTestId('login-capabilities')
  await expect(capabilities.getByTestId('capability-USER_SRP_AUTH')).toContainText('works')
  await expect(capabilities.getByTestId('capability-USER_PASSWORD_AUTH')).toContainText('works')

  await submitSignIn(page, 'USER_SRP_AUTH', invited.username, DEMO_TEMP_PASSWORD)

  const step = page.getByTestId('challenge-step')
  await expect(step).toContainText('Cognito asks: NEW_PASSWORD_REQUIRED')
  await expect(step.getByTestId('challenge-why')).toContainText('temporary password')
  await expect(step.getByTestId('challenge-session')).toContainText('Cognito keeps it for 3 minutes')
  await step.getByTestId('challenge-new-password').locator('input').fill(NEW_PASSWORD)
  await page.getByTestId('test-login-view').evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await snap(page, 'test-login')
  await step.getByTestId('challenge-submit').click()

  const result = page.getByTestId('login-result')
  await expect(result).toContainText(`Signed in as ${invited.username}`)
  await expect(result.getByTestId('login-countdown')).toHaveText(/^\d+:\d{2}$/)
  await expect(page.getByTestId('logins-table')).toContainText(invited.username)

  // One click hands the login to the identity-pool credentials lab.
  await result.getByTestId('login-lab').click()
  await expect(page).toHaveURL(/#\/identity-pools\/lab\?login=[0-9a-f-]{36}/)
  await page.getByTestId('app-nav').getByRole('link', { name: 'Test login' }).click()
  await page.getByTestId('logins-table').getByRole('button', { name: invited.username }).click()
  await result.getByTestId('inspect-id').click()
  const verdict = page.getByTestId('inspector-verdict')
  await expect(verdict).toContainText('Valid: signed by the pool’s key')
  await expect(page.getByTestId('check-signature')).toContainText('pass')
  await expect(page.getByTestId('check-issuer')).toContainText(`Issued by user pool ${seed.customersPoolId}`)
  await expect(page.getByTestId('check-audience')).toContainText(`Issued to app client ${seed.webClientId}`)
  await expect(page.getByTestId('claim-cognito:username')).toContainText(invited.username)
  await expect(page.getByTestId('claim-exp')).toContainText('Expires: after this time')
  const countdown = page.getByTestId('inspector-countdown')
  await expect(countdown).toContainText(/Expires in \d+:\d{2}/)
  await snap(page, 'token-inspector')

  const before = harness.ctx.logins.list()[0]
  const firstAccess = harness.ctx.logins.get(before?.loginId ?? '').tokens?.accessToken
  await page.getByTestId('inspector-refresh').click()
  await expect(page.getByText('New tokens received and inspected.')).toBeVisible()
  await expect(verdict).toContainText('Valid')
  const login = harness.ctx.logins.get(before?.loginId ?? '')
  expect(login.tokens?.accessToken).not.toBe(firstAccess)
  expect(login.history.at(-1)?.kind).toBe('refreshed')

  const idToken = login.tokens?.idToken ?? ''
  const [head, body, signature] = idToken.split('.')
  const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString()) as Record<string, unknown>
  const forged = Buffer.from(JSON.stringify({ ...claims, 'custom:plan': 'enterprise' })).toString('base64url')
  await page.getByTestId('mode-paste').click()
  await page.getByTestId('inspector-paste').locator('textarea').fill(`${head}.${forged}.${signature}`)
  await page.getByTestId('inspector-expect-pool').locator('input').fill(seed.customersPoolId)
  await page.getByTestId('inspector-inspect').click()
  await expect(verdict).toContainText('Not valid')
  await expect(page.getByTestId('check-signature')).toContainText(
    'The signature does not match: the token was changed after Cognito signed it'
  )
  await verdict.evaluate((el) => el.scrollIntoView({ block: 'start' }))
  await snap(page, 'token-tampered')

  // The new password is the one Cognito now holds: a plain password sign-in works with it.
  await harness.ok('testLogin', 'start', {
    poolId: seed.customersPoolId,
    clientId: seed.webClientId,
    flow: 'USER_PASSWORD_AUTH',
    username: invited.username,
    password: NEW_PASSWORD
  })
})

test('a wrong password is explained on the form', async ({ page, seed }) => {
  const user = seed.users.find((u) => u.status === 'CONFIRMED' && u.enabled)
  if (!user) throw new Error('the seed has no confirmed user')
  await chooseWebApp(page, seed)
  await submitSignIn(page, 'USER_PASSWORD_AUTH', user.username, `${DEMO_PASSWORD}x`)
  await expect(page.getByTestId('login-error')).toContainText('Cognito refused the username and password.')
})

test('pasted garbage and oversized text are explained, in Japanese too', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await page.getByTestId('app-nav').getByRole('link', { name: 'トークン検査' }).click()
  await page.getByTestId('mode-paste').click()
  const paste = page.getByTestId('inspector-paste').locator('textarea')
  await paste.fill('not.a-token.at all')
  await page.getByTestId('inspector-inspect').click()
  await expect(page.getByTestId('inspector-verdict')).toContainText('JWT ではありません')
  await expect(page.getByTestId('check-format')).toContainText('不合格')

  await paste.fill('x'.repeat(70_000))
  await expect(page.getByTestId('token-inspector-view')).toContainText('検査しませんでした')
  await expect(page.getByTestId('inspector-inspect')).toBeDisabled()
})
