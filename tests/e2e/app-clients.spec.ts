import { DescribeUserPoolClientCommand } from '@aws-sdk/client-cognito-identity-provider'
import type { Page } from '@playwright/test'
import { clientSettings, plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** A pool with a resource server and a client that sets every setting, opened on its clients tab. */
async function openFullClient(page: Page, harness: Harness, name: string) {
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(name))
  await harness.ok('resourceServers', 'create', {
    poolId,
    identifier: 'https://api.example.com',
    name: 'orders',
    scopes: [{ name: 'read', description: 'Read orders' }]
  })
  const client = await harness.ok('appClients', 'create', {
    poolId,
    generateSecret: false,
    ...clientSettings('web', {
      tokenValidity: {
        access: { value: 2, unit: 'hours' },
        id: { value: 90, unit: 'minutes' },
        refresh: { value: 12, unit: 'hours' }
      },
      readAttributes: ['email', 'name'],
      writeAttributes: ['name'],
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['code'],
      allowedOAuthScopes: ['openid', 'email', 'https://api.example.com/read'],
      callbackUrls: ['https://app.example.com/callback', 'http://localhost:5173/'],
      logoutUrls: ['https://app.example.com/bye'],
      defaultRedirectUri: 'https://app.example.com/callback',
      authSessionMinutes: 7,
      refreshTokenRotation: { enabled: true, retryGracePeriodSeconds: 20 },
      enablePropagateAdditionalUserContextData: true
    })
  })
  await page.reload()
  await goTo(page, `#/pools/${poolId}/overview`)
  await page.getByTestId('tab-pool-clients').click()
  await page.getByTestId('client-web').click()
  return { poolId, clientId: client.clientId }
}

test('edits one setting of a fully configured client: the preview shows only it and moto keeps the rest', async ({
  page,
  harness
}) => {
  const { poolId, clientId } = await openFullClient(page, harness, `e2e-client-full-${run}`)
  const describe = async () =>
    (
      await harness.ctx.connections
        .active()
        .clients.idp.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))
    ).UserPoolClient ?? {}
  const before = await describe()
  const detail = page.getByTestId('client-detail')
  await expect(detail.getByTestId('client-validity')).toContainText('Refresh token: 12 hours')

  await detail.getByTestId('client-edit').click()
  const form = page.getByTestId('client-form')
  // The form starts from the client's real values, not from defaults.
  await expect(form.getByTestId('client-auth-session').locator('input')).toHaveValue('7')
  await expect(form.getByTestId('client-validity-access').locator('input')).toHaveValue('2')
  await expect(form.getByTestId('client-validity-access-unit')).toContainText('hours')
  await expect(form.getByTestId('client-read-attributes')).toContainText('email')
  await expect(form.getByTestId('client-callbacks').locator('textarea')).toHaveValue(
    'https://app.example.com/callback\nhttp://localhost:5173/'
  )

  await form.getByTestId('client-validity-access').locator('input').fill('30')
  await form.getByTestId('client-validity-access-unit').click()
  await page.getByTestId('option-minutes').click()
  await form.getByTestId('client-save').click()
  const preview = page.getByTestId('change-preview')
  await expect(preview.getByTestId('change-tokenValidity.access.value')).toContainText('2')
  await expect(preview.getByTestId('change-tokenValidity.access.value')).toContainText('30')
  await expect(preview.getByTestId('change-tokenValidity.access.unit')).toContainText('minutes')
  await expect(preview.locator('tbody tr')).toHaveCount(2)
  await snap(page, 'app-client-preview')
  await preview.getByTestId('change-preview-confirm').click()
  await expect(detail.getByTestId('client-validity')).toContainText('Access token: 30 minutes')

  const after = await describe()
  expect(after).toMatchObject({ AccessTokenValidity: 30, TokenValidityUnits: { AccessToken: 'minutes' } })
  const rest = (c: typeof before) => {
    const { AccessTokenValidity: _v, TokenValidityUnits: _u, LastModifiedDate: _m, ...others } = c
    return { ...others, units: { ...c.TokenValidityUnits, AccessToken: undefined } }
  }
  expect(rest(after)).toEqual(rest(before))
})

test('the client form refuses broken settings with what to do, in Japanese', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await openFullClient(page, harness, `e2e-client-ja-${run}`)
  await page.getByTestId('client-detail').getByTestId('client-edit').click()
  const form = page.getByTestId('client-form')
  await form.getByTestId('client-callbacks').locator('textarea').fill('http://app.example.com/cb')
  await form.getByTestId('client-auth-session').locator('input').fill('30')
  await form.getByTestId('client-save').click()
  await expect(form.getByTestId('client-problem-urlInsecure')).toContainText(
    'http://app.example.com/cb は http:// です。https:// を使うか'
  )
  await expect(form.getByTestId('client-problem-authSessionRange')).toContainText('3〜15 分')
  await expect(form.getByTestId('client-problem-defaultRedirectNotCallback')).toBeVisible()
  await expect(page.getByTestId('change-preview')).toHaveCount(0)
  await snap(page, 'app-client-problems-ja')
})

test('a confidential client’s secrets: the current one revealed, and a plain word that the endpoint lacks the secrets API', async ({
  page,
  harness
}) => {
  const name = `e2e-client-secrets-${run}`
  const { id: poolId } = await harness.ok('pools', 'create', plainPool(name))
  const { clientId } = await harness.ok('appClients', 'create', {
    poolId,
    generateSecret: true,
    ...clientSettings('server')
  })
  const { secret } = await harness.ok('appClients', 'revealSecret', { poolId, clientId })
  const open = async () => {
    await page.reload()
    await goTo(page, `#/pools/${poolId}/overview`)
    await page.getByTestId('tab-pool-clients').click()
    await page.getByTestId('client-server').click()
    return page.getByTestId('client-detail').getByTestId('client-secrets')
  }

  let secrets = await open()
  // moto 5.2.1 answers ListUserPoolClientSecrets with an HTML 500: the card says so instead of "none".
  await expect(secrets.getByTestId('client-secrets-error')).toContainText(
    'This endpoint does not offer several client secrets'
  )
  await expect(secrets.getByTestId('client-secrets-empty')).toHaveAttribute('data-state', 'failed')
  await expect(secrets.getByTestId('client-secret-add')).toBeDisabled()
  await expect(secrets.getByTestId('client-rotate')).toBeDisabled()
  await expect(secrets).not.toContainText(secret)
  await secrets.getByTestId('client-reveal-secret').click()
  await secrets.getByTestId('secret-toggle').click()
  await expect(secrets.getByTestId('secret-text')).toContainText(secret)
  await snap(page, 'app-client-secrets')

  // Back to the pools list, where the reload in Japanese starts.
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('client-detail')).toHaveCount(0)
  await page.getByTestId('app-nav').getByRole('link', { name: 'User pools' }).click()
  await harness.ok('settings', 'update', { language: 'ja' })
  secrets = await open()
  await expect(secrets.getByTestId('client-secrets-error')).toContainText(
    'このエンドポイントは複数のクライアントシークレット'
  )
})
