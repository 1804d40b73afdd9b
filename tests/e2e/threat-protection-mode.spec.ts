import type { Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'
import { expect, goTo, test } from './fixtures'

const run = Date.now().toString(36)

async function poolOnPlan(harness: Harness, name: string, tier: 'ESSENTIALS' | 'PLUS'): Promise<string> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await harness.ok('pools', 'update', {
    poolId: id,
    signInPolicy: { tier, allowedFirstAuthFactors: ['PASSWORD'], webAuthnUserVerification: 'preferred' }
  })
  return id
}

test('turns threat protection to audit only after a preview, and refuses it on the Essentials plan', async ({
  page,
  harness
}) => {
  const plus = await poolOnPlan(harness, `e2e-tp-mode-${run}`, 'PLUS')
  await goTo(page, `#/pools/${plus}/threat-protection`)
  await expect(page.getByTestId('threat-plan-mode')).toHaveText('Off')
  await expect(page.getByTestId('threat-mode-review')).toBeDisabled()
  await page.getByTestId('threat-mode-AUDIT').click()
  await page.getByTestId('threat-mode-review').click()
  const preview = page.getByTestId('change-preview')
  await expect(preview.getByTestId('change-UserPoolAddOns.AdvancedSecurityMode')).toContainText('AUDIT')
  await preview.getByTestId('change-preview-confirm').click()
  await expect(preview).toBeHidden()
  await expect(page.getByTestId('threat-plan-mode')).toHaveText('Audit only')
  expect((await harness.ok('pools', 'describe', { poolId: plus })).threatProtection.mode).toBe('AUDIT')

  const essentials = await poolOnPlan(harness, `e2e-tp-mode-ess-${run}`, 'ESSENTIALS')
  await goTo(page, `#/pools/${essentials}/threat-protection`)
  await expect(page.getByTestId('threat-plan-tier')).toContainText('Essentials')
  await page.getByTestId('threat-mode-ENFORCED').click()
  await expect(page.getByTestId('threat-mode-field')).toContainText('needs the Plus feature plan')
  await expect(page.getByTestId('threat-mode-review')).toBeDisabled()
})
