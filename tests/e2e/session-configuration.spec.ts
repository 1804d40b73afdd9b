import type {
  GetUserPoolClientSessionConfigurationCommandOutput,
  GetUserPoolSessionConfigurationCommandOutput,
  SetUserPoolSessionConfigurationCommandInput,
  SetUserPoolSessionConfigurationCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import type { Page } from '@playwright/test'
import { clientSettings, plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { answerOperation } from '../support/sdk-answers'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

const createPool = async (harness: Harness, name: string): Promise<string> =>
  (await harness.ok('pools', 'create', plainPool(name))).id

async function openSessions(page: Page, poolId: string): Promise<void> {
  await goTo(page, `#/pools/${poolId}/overview`)
  await page.getByTestId('tab-pool-session-configuration').click()
  await expect(page.getByTestId('pool-session-configuration')).toBeVisible()
}

test('says plainly that the endpoint does not offer session configuration', async ({ page, harness }) => {
  await openSessions(page, await createPool(harness, `e2e-sessions-none-${run}`))
  await expect(page.getByTestId('session-config-error')).toContainText('does not offer session configuration')
  await expect(page.getByTestId('session-config-review')).toBeDisabled()
})

test('refuses 0 sessions per user, then saves tracking and a limit after a preview', async ({
  page,
  harness
}) => {
  // moto 5.2.1 lacks the session-configuration operations: they are answered inside the connection's
  // client (SDK-typed, audited as real calls), keeping what was set so the screen reads it back.
  let stored: Omit<GetUserPoolSessionConfigurationCommandOutput, '$metadata'> = {
    UserSessionTracking: 'DISABLED',
    TokenSession: { MaxPerUser: 20 }
  }
  const sent: SetUserPoolSessionConfigurationCommandInput[] = []
  const idp = harness.ctx.connections.active().clients.idp
  const stops = [
    answerOperation(idp, 'GetUserPoolSessionConfigurationCommand', () => stored),
    answerOperation(
      idp,
      'SetUserPoolSessionConfigurationCommand',
      (input: SetUserPoolSessionConfigurationCommandInput) => {
        sent.push(input)
        stored = { ...input }
        return stored satisfies Omit<SetUserPoolSessionConfigurationCommandOutput, '$metadata'>
      }
    )
  ]
  try {
    const poolId = await createPool(harness, `e2e-sessions-${run}`)
    await openSessions(page, poolId)
    const limit = page.getByTestId('session-config-max-per-user').locator('input')
    await limit.fill('0')
    await limit.blur()
    await expect(page.getByTestId('session-config-pool')).toContainText('a whole number from 1 to 100')
    await expect(page.getByTestId('session-config-review')).toBeDisabled()
    await limit.fill('5')
    await limit.blur()
    await page.getByTestId('session-config-tracking').click()
    await page.getByTestId('session-config-review').click()

    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-UserSessionTracking')).toContainText('ENABLED')
    await expect(preview.getByTestId('change-TokenSession.MaxPerUser')).toContainText('5')
    await snap(page, 'session-configuration-preview')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(preview).toBeHidden()
    expect(sent).toEqual([
      { UserPoolId: poolId, UserSessionTracking: 'ENABLED', TokenSession: { MaxPerUser: 5 } }
    ])
    await expect(page.getByTestId('session-config-review')).toBeDisabled()
  } finally {
    for (const stop of stops) stop()
  }
})

test('an app client’s session reuse speaks Japanese', async ({ page, harness }) => {
  const idp = harness.ctx.connections.active().clients.idp
  // moto 5.2.1 lacks GetUserPoolClientSessionConfiguration: answered inside the client, SDK-typed.
  const stop = answerOperation(
    idp,
    'GetUserPoolClientSessionConfigurationCommand',
    () =>
      ({ SSOSession: { MaxValidityMinutes: 60 } }) satisfies Omit<
        GetUserPoolClientSessionConfigurationCommandOutput,
        '$metadata'
      >
  )
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    const poolId = await createPool(harness, `e2e-sessions-ja-${run}`)
    const { clientId } = await harness.ok('appClients', 'create', {
      poolId,
      generateSecret: false,
      ...clientSettings(`web-${run}`)
    })
    // The window reads its language when it starts.
    await page.reload()
    await openSessions(page, poolId)
    await expect(page.getByTestId('session-config-error')).toContainText('セッション設定')
    const scope = page.getByTestId('session-config-scope')
    await scope.click()
    await scope.locator('input').fill(`web-${run}`)
    await page.getByTestId(`option-${clientId}`).click()
    const minutes = page.getByTestId('session-config-sso-minutes').locator('input')
    await expect(minutes).toHaveValue('60')
    await minutes.fill('200000')
    await minutes.blur()
    await expect(page.getByTestId('session-config-client')).toContainText('0 から 129600 までの整数')
    await snap(page, 'session-configuration-ja')
  } finally {
    stop()
  }
})
