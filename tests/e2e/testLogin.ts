import type { Page } from '@playwright/test'
import type { PasswordFlow } from '@shared/contract/testLogin'
import type { DemoSeed } from '../../scripts/seed'

/** Chooses a pool and an app client in a lab screen's picker (`login` or `machine`), by their labels. */
export async function choosePoolClient(
  page: Page,
  picker: string,
  pool: string,
  client: string
): Promise<void> {
  // Typing narrows the list: earlier tests leave many pools, and the list draws only what is in view.
  await page.getByTestId(`${picker}-pool`).click()
  await page.keyboard.type(pool.split(' ')[0] ?? pool)
  await page.getByText(pool, { exact: true }).click()
  await page.getByTestId(`${picker}-client`).click()
  await page.getByText(client, { exact: true }).click()
}

/** Opens Test login and chooses the demo customers pool and its `web-app` client, as a person would. */
export async function chooseWebApp(page: Page, seed: DemoSeed): Promise<void> {
  await page.getByTestId('app-nav').getByRole('link', { name: 'Test login' }).click()
  await choosePoolClient(
    page,
    'login',
    `demo-customers (${seed.customersPoolId})`,
    `web-app (${seed.webClientId})`
  )
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
