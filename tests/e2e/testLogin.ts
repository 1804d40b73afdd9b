import type { Page } from '@playwright/test'
import type { PasswordFlow } from '@shared/contract/testLogin'
import type { DemoSeed } from '../../scripts/seed'

/** Opens Test login and chooses the demo customers pool and its `web-app` client, as a person would. */
export async function chooseWebApp(page: Page, seed: DemoSeed): Promise<void> {
  await page.getByTestId('app-nav').getByRole('link', { name: 'Test login' }).click()
  await page.getByTestId('login-pool').click()
  await page.getByText(`demo-customers (${seed.customersPoolId})`).click()
  await page.getByTestId('login-client').click()
  await page.getByText(`web-app (${seed.webClientId})`).click()
}

/** Picks the flow, types the username and password and presses Sign in. */
export async function submitSignIn(
  page: Page,
  flow: PasswordFlow,
  username: string,
  password: string
): Promise<void> {
  await page.getByTestId(`flow-${flow}`).click()
  await page.getByTestId('login-username').locator('input').fill(username)
  await page.getByTestId('login-password').locator('input').fill(password)
  await page.getByTestId('login-submit').click()
}
