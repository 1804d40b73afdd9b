import { DEMO_PASSWORD, DEMO_TEMP_PASSWORD } from '../../scripts/seed'
import type { Page } from '@playwright/test'
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

  // The sign-in handed its pool and client over as the inspector's expectations, and back again.
  await expect(page.getByTestId('inspector-expect-pool').locator('input')).toHaveValue(seed.customersPoolId)
  await expect(page.getByTestId('inspector-expect-client').locator('input')).toHaveValue(seed.webClientId)
  await page.getByTestId('inspector-to-login').click()
  await expect(page.getByTestId('login-pool')).toContainText(`demo-customers (${seed.customersPoolId})`)
  await expect(page.getByTestId('login-client')).toContainText(`web-app (${seed.webClientId})`)
  await expect(page.getByTestId('login-capabilities')).toBeVisible()
  await expect(result).toContainText(`Signed in as ${invited.username}`)
  await result.getByTestId('inspect-id').click()
  await expect(verdict).toContainText('Valid')

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

  await paste.fill('')
  await pasteText(page, 'x'.repeat(1_000_000))
  await expect(page.getByTestId('token-inspector-view')).toContainText('1,000,000 文字')
  await expect(page.getByTestId('token-inspector-view')).toContainText('貼り付けませんでした')
  await expect(paste).toHaveValue('')
})

/** The page's globals a paste needs (the tests' tsconfig has no DOM types). */
interface PasteGlobals {
  DataTransfer: new () => { setData(type: string, value: string): void }
  ClipboardEvent: new (type: string, init: object) => Event
}

/** A paste as the browser delivers it: a paste event carrying the text on its clipboardData. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page
    .getByTestId('inspector-paste')
    .locator('textarea')
    .evaluate((box, value) => {
      const w = globalThis as unknown as PasteGlobals
      const data = new w.DataTransfer()
      data.setData('text/plain', value)
      const event = new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      // A script's paste event inserts nothing: when the page lets it through, insert as the browser would.
      const area = box as unknown as { setRangeText(text: string): void }
      if (box.dispatchEvent(event)) area.setRangeText(value)
      box.dispatchEvent(new Event('input', { bubbles: true }))
    }, text)
}

test('an oversized paste never reaches the box, and a token of 2,500 claims shows its first 100', async ({
  page
}) => {
  await page.getByTestId('app-nav').getByRole('link', { name: 'Token inspector' }).click()
  await page.getByTestId('mode-paste').click()
  const paste = page.getByTestId('inspector-paste').locator('textarea')
  await pasteText(page, 'x'.repeat(5 * 1024 * 1024))
  await expect(page.getByTestId('token-inspector-view')).toContainText(
    'The pasted text is 5,242,880 characters, longer than any Cognito token (at most 65,536); nothing was pasted.'
  )
  await expect(paste).toHaveValue('')
  // The box stays a few lines high whatever it holds.
  const height = (await paste.boundingBox())?.height ?? 0
  await pasteText(page, 'y'.repeat(60_000))
  await expect(paste).toHaveValue('y'.repeat(60_000))
  expect((await paste.boundingBox())?.height ?? 0).toBeLessThan(Math.max(height, 60) * 2)

  // An unsigned token (it fails verification, but decodes) with 2,500 short claims, under 64 KB.
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url')
  const claims = Object.fromEntries(Array.from({ length: 2_500 }, (_, i) => [`c${i}`, i]))
  await paste.fill(`${b64({ alg: 'RS256', kid: 'k' })}.${b64(claims)}.${b64('sig')}`)
  await page.getByTestId('inspector-inspect').click()
  const rows = page.getByTestId('inspector-claims').locator('tbody tr')
  await expect(rows).toHaveCount(100)
  await expect(page.getByTestId('claim-c99')).toBeVisible()
  await page.getByTestId('inspector-all-claims').click()
  await expect(rows).toHaveCount(2_500)
  await expect(page.getByTestId('claim-c2499')).toBeAttached()
})
