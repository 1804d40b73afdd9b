import { expect, test, TEST_PROFILE } from './fixtures'

test('a list whose load failed shows the failure, never "this account has none"', async ({
  page,
  harness
}) => {
  const dead = await harness.ok('connections', 'save', {
    name: 'Dead endpoint',
    source: 'profile',
    profile: TEST_PROFILE,
    region: 'us-east-1',
    endpoint: 'http://127.0.0.1:9',
    readOnly: false,
    production: false
  })
  await harness.ok('connections', 'activate', { id: dead.id })
  await page.reload()
  await page.getByTestId('app-nav').getByRole('link', { name: 'Identity pools' }).click()
  const view = page.getByTestId('identity-pools-view')
  await expect(view).toContainText('Nothing answers at http://127.0.0.1:9')
  await expect(page.getByTestId('identity-pools-empty')).toHaveAttribute('data-state', 'failed')
  await expect(view).not.toContainText('no identity pools')

  await page.getByTestId('app-nav').getByRole('link', { name: 'User pools' }).click()
  await expect(page.getByTestId('pools-empty')).toHaveAttribute('data-state', 'failed')
  await expect(page.getByTestId('pools-view')).toContainText('Nothing answers at http://127.0.0.1:9')
})

test('forms show no component-library placeholder, in English and in Japanese', async ({ page }) => {
  const generic = /Please (Input|Select)|入力してください|選択してください/
  const placeholders = () =>
    page
      .locator('input, textarea')
      .evaluateAll((els) => els.map((e) => (e as unknown as { placeholder: string }).placeholder).join('|'))
  await page.getByTestId('open-pool-demo-customers').click()
  await page.getByTestId('tab-pool-users').click()
  await page.getByTestId('create-user').click()
  const form = page.getByTestId('create-user-dialog')
  await expect(form.getByTestId('create-username')).toBeVisible()
  expect(await placeholders()).not.toMatch(generic)
  await expect(form).not.toContainText(generic)
  await page.keyboard.press('Escape')

  await page.getByTestId('app-nav').getByRole('link', { name: 'Settings' }).click()
  await page.getByTestId('language-ja').click()
  await page.getByTestId('add-connection').click()
  const connection = page.getByTestId('connection-form')
  await expect(connection).toBeVisible()
  expect(await placeholders()).not.toMatch(generic)
  await expect(connection).not.toContainText(generic)
})

test('the Japanese sidebar title breaks between words, never inside one', async ({ page }) => {
  await page.getByTestId('app-nav').getByRole('link', { name: 'Settings' }).click()
  await page.getByTestId('language-ja').click()
  const brand = page.getByTestId('app-brand')
  await expect(brand).toHaveText('Cognito 管理コンソール')
  // The top of each character of the word 管理コンソール: one line means one value.
  const lines = await brand.evaluate((el) => {
    interface Rect {
      top: number
    }
    interface Page {
      createRange(): {
        setStart(n: unknown, o: number): void
        setEnd(n: unknown, o: number): void
        getBoundingClientRect(): Rect
      }
    }
    const doc = (globalThis as unknown as { document: Page }).document
    const node = el.firstChild
    const text = node?.textContent ?? ''
    const tops = new Set<number>()
    for (let i = text.indexOf('管'); i < text.length; i++) {
      const range = doc.createRange()
      range.setStart(node, i)
      range.setEnd(node, i + 1)
      tops.add(Math.round(range.getBoundingClientRect().top))
    }
    return tops.size
  })
  expect(lines).toBe(1)
})
