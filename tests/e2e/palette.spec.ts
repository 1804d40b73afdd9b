import type { Page } from '@playwright/test'
import { expect, goTo, snap, test } from './fixtures'

const PALETTE_CHORD = 'Control+K'

/** The option the palette's combobox points at, as a screen reader would find it. */
async function activeOption(page: Page): Promise<string | null> {
  const id = await page.getByTestId('palette-input').getAttribute('aria-activedescendant')
  return id ? page.locator(`#${id}`).getAttribute('data-testid') : null
}

test('the command palette opens a user by email in three keystrokes and Enter, and jumps to a pool and an app client', async ({
  page,
  harness,
  seed
}) => {
  const poolId = seed.customersPoolId
  // An email that shares nothing with the username: the user can only be found by email.
  const username = 'palette-target'
  await harness.ok('users', 'create', {
    poolId,
    username,
    attributes: { email: 'zq.palette@example.org' },
    emailVerified: true,
    sendInvitation: false,
    generatePassword: true
  })
  // The demo pool is shared by every spec (one counts its users): the user goes when the test ends.
  try {
    await expect(page.getByTestId('pools-table')).toContainText('demo-customers')

    // A pool, by part of its name.
    await page.keyboard.press(PALETTE_CHORD)
    const input = page.getByTestId('palette-input')
    await expect(input).toBeFocused()
    await expect(input).toHaveAttribute('role', 'combobox')
    await input.pressSequentially('demo-cu')
    await expect(page.getByTestId(`palette-pool-${poolId}`)).toHaveAttribute('aria-selected', 'true')
    expect(await activeOption(page)).toBe(`palette-pool-${poolId}`)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('command-palette')).toHaveCount(0)
    await expect(page.getByTestId('pool-name')).toBeFocused()

    // A user, by three letters of the email.
    await page.keyboard.press(PALETTE_CHORD)
    await expect(input).toBeFocused()
    for (const key of ['z', 'q', '.']) await page.keyboard.press(key)
    await expect(page.getByTestId(`palette-user-${username}`)).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByTestId(`palette-user-${username}`)).toContainText('zq.palette@example.org')
    await expect(page.getByTestId('palette-status')).toHaveText('1 result')
    await snap(page, 'command-palette')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('user-detail-name')).toHaveText(username)
    await expect(page.getByTestId('user-detail-name')).toBeFocused()

    // The screen's actions are in the palette, with their confirmation: nothing changes before it.
    await page.keyboard.press(PALETTE_CHORD)
    await input.pressSequentially('disable')
    await expect(page.getByTestId('palette-action-disable')).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('dialog-confirm')).toBeVisible()
    await page.keyboard.press('Escape')
    expect((await harness.ok('users', 'get', { poolId, username })).user.enabled).toBe(true)

    // An app client, reached with the arrow keys below the App clients tab that also matches.
    const client = `palette-client-${seed.webClientId}`
    await page.keyboard.press(PALETTE_CHORD)
    await input.pressSequentially('app')
    await expect(page.getByTestId(client)).toBeVisible()
    expect(await activeOption(page)).not.toBe(client)
    for (let i = 0; i < 30 && (await activeOption(page)) !== client; i++)
      await page.keyboard.press('ArrowDown')
    expect(await activeOption(page)).toBe(client)
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('client-detail')).toContainText('web-app')
  } finally {
    await harness.ok('users', 'delete', { poolId, username })
  }
})

test('? lists the shortcuts, n creates on the users screen, g then a letter goes to a screen; the palette in dark and Japanese', async ({
  page,
  harness,
  seed
}) => {
  // The app has started (its first screen is drawn) before the address changes under it.
  await expect(page.getByTestId('pools-table')).toContainText('demo-customers')
  await goTo(page, `#/pools/${seed.customersPoolId}/users`)
  await expect(page.getByTestId('users-count')).toContainText('user')
  await page.getByTestId('users-count').click()

  await page.keyboard.press('?')
  const help = page.getByTestId('shortcuts-help')
  await expect(help).toBeVisible()
  await expect(page.getByTestId('shortcuts-global')).toContainText('Ctrl')
  await expect(page.getByTestId('shortcuts-screen')).toContainText('Create user')
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)

  // A single key in a text field is text, not a shortcut.
  await page.keyboard.press('/')
  const search = page.locator('[data-search-box] input:visible')
  await expect(search).toBeFocused()
  await page.keyboard.type('n?')
  await expect(search).toHaveValue('n?')
  await expect(page.locator('[role="dialog"]')).toHaveCount(0)
  await page.getByTestId('users-count').click()
  await page.keyboard.press('n')
  await expect(page.locator('[role="dialog"]')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.locator('[role="dialog"]')).toHaveCount(0)

  await page.keyboard.press('g')
  await page.keyboard.press('a')
  await expect(page.getByTestId('audit-view')).toBeVisible()

  await harness.ok('settings', 'update', { theme: 'dark', language: 'ja' })
  await page.reload()
  await expect(page.getByTestId('audit-view')).toBeVisible()
  await page.keyboard.press(PALETTE_CHORD)
  await page.getByTestId('palette-input').pressSequentially('demo')
  await expect(page.getByTestId(`palette-pool-${seed.customersPoolId}`)).toContainText('ユーザープール')
  await expect(page.getByTestId('palette-status')).toContainText('件')
  await snap(page, 'command-palette-dark-ja')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('command-palette')).toHaveCount(0)
})
