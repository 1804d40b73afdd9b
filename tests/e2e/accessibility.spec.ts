import type { Language, Theme } from '@shared/contract/settings'
import { A11Y_SCREENS } from './a11y-screens'
import { axeViolations } from './axe'
import { expect, goTo, test } from './fixtures'

const VARIANTS: { theme: Theme; language: Language }[] = [
  { theme: 'light', language: 'en' },
  { theme: 'dark', language: 'en' },
  { theme: 'light', language: 'ja' },
  { theme: 'dark', language: 'ja' }
]

for (const { theme, language } of VARIANTS) {
  test(`every screen and dialog passes axe-core's WCAG 2.1 AA rules in the ${theme} theme in ${language}`, async ({
    page,
    harness,
    seed
  }) => {
    test.setTimeout(240_000)
    await harness.ok('settings', 'update', { theme, language })
    await page.reload()
    const problems: string[] = []
    for (const screen of A11Y_SCREENS) {
      await goTo(page, screen.hash(seed))
      await expect(page.getByTestId(screen.ready).first()).toBeVisible()
      // A loading table is drawn dimmed: measure it once its rows are in.
      await expect(page.locator('.n-data-table .n-spin-body')).toHaveCount(0)
      problems.push(...(await axeViolations(page, screen.name)))
      for (const dialog of screen.dialogs ?? []) {
        if ('press' in dialog) await page.keyboard.press(dialog.press)
        else await page.getByTestId(dialog.open).click()
        await expect(page.locator('[role="dialog"]').first()).toBeVisible()
        problems.push(...(await axeViolations(page, `${screen.name} › ${dialog.name}`, '[role="dialog"]')))
        await page.keyboard.press('Escape')
        await expect(page.locator('[role="dialog"]')).toHaveCount(0)
      }
    }
    expect(problems).toEqual([])
  })
}
