import type { Page } from '@playwright/test'
import { allowPool, createFunction } from '../support/lambda-functions'
import { plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** A pool of this test's own (the worker's moto is shared) and a function it may not invoke yet. */
async function poolWithFunction(harness: Harness, name: string) {
  const poolId = (await harness.ok('pools', 'create', plainPool(name))).id
  const { iam, lambda } = harness.ctx.connections.active().clients
  const tokens = await createFunction(iam, lambda, `${name}-tokens`)
  return { poolId, tokens }
}

async function openTriggers(page: Page, poolId: string): Promise<void> {
  await expect(page.getByTestId('pools-view')).toBeVisible()
  await goTo(page, `#/pools/${poolId}/triggers`)
  await expect(page.getByTestId('triggers-table')).toBeVisible()
}

test('sets pre token generation picked from the account’s functions, shows the missing grant, and removes it', async ({
  page,
  harness
}) => {
  const { poolId, tokens } = await poolWithFunction(harness, `e2e-triggers-${run}`)
  await openTriggers(page, poolId)
  await expect(page.getByTestId('pool-tabs')).toContainText('Triggers')

  await page.getByTestId('trigger-set-preTokenGeneration').click()
  const form = page.getByTestId('trigger-form')
  await form.getByTestId('trigger-function').click()
  await page.keyboard.type(`e2e-triggers-${run}-tokens`)
  await page.locator('.n-base-select-option', { hasText: tokens }).click()
  await form.getByTestId('trigger-version').click()
  await page.locator('.n-base-select-option', { hasText: /^V2_0$/ }).click()
  await expect(form.getByTestId('trigger-preview')).toContainText(`(none) → ${tokens} (V2_0)`)
  await form.getByTestId('trigger-save').click()

  await expect(page.getByTestId('trigger-arn-preTokenGeneration')).toHaveText(tokens)
  await expect(page.getByTestId('trigger-permission-preTokenGeneration')).toHaveText('Missing')
  const [saved] = (await harness.ok('triggers', 'list', { poolId })).triggers
  expect(saved).toMatchObject({ kind: 'preTokenGeneration', functionArn: tokens, lambdaVersion: 'V2_0' })

  await page.getByTestId('trigger-statement-preTokenGeneration').click()
  await expect(page.getByTestId('trigger-permission-state')).toContainText('the trigger fails until')
  await expect(page.getByTestId('trigger-cli')).toContainText('--principal cognito-idp.amazonaws.com')
  await snap(page, 'pool-triggers-permission')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('trigger-permission')).toBeHidden()

  await snap(page, 'pool-triggers')

  await page.getByTestId('trigger-remove-preTokenGeneration').click()
  await page.getByTestId('trigger-remove-confirm').click()
  await expect(page.getByTestId('trigger-set-preTokenGeneration')).toHaveText('Set')
  expect((await harness.ok('triggers', 'list', { poolId })).triggers).toEqual([])
})

test('sets two triggers one after the other in the same dialog, each sent and shown', async ({
  page,
  harness
}) => {
  const { poolId, tokens } = await poolWithFunction(harness, `e2e-triggers-two-${run}`)
  const { iam, lambda } = harness.ctx.connections.active().clients
  const signup = await createFunction(iam, lambda, `e2e-triggers-two-${run}-signup`)
  await allowPool(lambda, signup, (await harness.ok('triggers', 'list', { poolId })).poolArn)
  await openTriggers(page, poolId)
  const form = page.getByTestId('trigger-form')

  await page.getByTestId('trigger-set-preSignUp').click()
  await form.getByTestId('trigger-function').click()
  await page.keyboard.type(`e2e-triggers-two-${run}-signup`)
  await page.locator('.n-base-select-option', { hasText: signup }).click()
  await expect(form.getByTestId('trigger-preview')).toContainText(`(none) → ${signup}`)
  await form.getByTestId('trigger-save').click()
  await expect(form).toBeHidden()
  await expect(page.getByTestId('trigger-permission-preSignUp')).toHaveText('Granted')

  // The same dialog opens again for another trigger: it must start from that trigger, and send.
  await page.getByTestId('trigger-set-preTokenGeneration').click()
  await expect(form.getByTestId('trigger-preview')).toContainText('(none) → (none)')
  await form.getByTestId('trigger-function').click()
  await page.keyboard.type(`e2e-triggers-two-${run}-tokens`)
  await page.locator('.n-base-select-option', { hasText: tokens }).click()
  await expect(form.getByTestId('trigger-preview')).toContainText(`(none) → ${tokens} (V1_0)`)
  await form.getByTestId('trigger-save').click()
  await expect(form).toBeHidden()
  await expect(page.getByTestId('trigger-arn-preTokenGeneration')).toHaveText(tokens)
  expect((await harness.ok('triggers', 'list', { poolId })).triggers.map((x) => x.kind).sort()).toEqual([
    'preSignUp',
    'preTokenGeneration'
  ])
})

test('a function in another Region is refused in the form, before anything is sent', async ({
  page,
  harness
}) => {
  const { poolId } = await poolWithFunction(harness, `e2e-triggers-region-${run}`)
  await openTriggers(page, poolId)
  await page.getByTestId('trigger-set-customMessage').click()
  const form = page.getByTestId('trigger-form')
  await form.getByTestId('trigger-function').click()
  await page.keyboard.type('arn:aws:lambda:eu-west-1:123456789012:function:messages')
  await page.keyboard.press('Enter')
  await expect(form).toContainText('This is in eu-west-1, the pool in us-east-1')
  await expect(form.getByTestId('trigger-save')).toBeDisabled()
  expect((await harness.ok('triggers', 'list', { poolId })).triggers).toEqual([])
})

test('the triggers tab speaks Japanese', async ({ page, harness }) => {
  const { poolId, tokens } = await poolWithFunction(harness, `e2e-triggers-ja-${run}`)
  await harness.ok('triggers', 'set', {
    poolId,
    kind: 'customEmailSender',
    functionArn: tokens,
    kmsKeyArn: `arn:aws:kms:us-east-1:123456789012:key/${run}`
  })
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await openTriggers(page, poolId)
  await expect(page.getByTestId('pool-tabs')).toContainText('トリガー')
  await expect(page.getByTestId('triggers-table')).toContainText('カスタムメール送信者')
  await expect(page.getByTestId('trigger-permission-customEmailSender')).toHaveText('未許可')
  await expect(page.getByTestId('trigger-kms-key-current')).toContainText('カスタム送信者の KMS キー')
  await snap(page, 'pool-triggers-ja')
})
