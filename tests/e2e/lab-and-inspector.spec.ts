import { DEMO_PASSWORD } from '../../scripts/seed'
import { startFaultProxy } from '../support/fault-proxy'
import { providerKeys, serveOidcIssuer } from '../support/oidc-issuer'
import { plainPool } from '../support/pool-input'
import { expect, goTo, snap, test, TEST_PROFILE, TEST_REGION } from './fixtures'
import { chooseWebApp, submitSignIn } from './testLogin'

test('credentials lab: a second run replaces the steps, the pool survives a sign-in, and a refusal says no call was made', async ({
  page,
  seed
}) => {
  const user = seed.users.find((u) => u.status === 'CONFIRMED' && u.enabled)?.username ?? ''
  const poolLabel = `demo_identities (${seed.identityPoolId})`

  // The identity pool is chosen first, then the person leaves to sign a user in.
  await page.getByTestId('app-nav').getByRole('link', { name: 'Identity pools' }).click()
  await page.getByTestId('open-lab').click()
  const lab = page.getByTestId('credentials-lab-view')
  await lab.getByTestId('lab-pool').click()
  await page.getByText(poolLabel).click()
  await chooseWebApp(page, seed)
  await submitSignIn(page, 'USER_PASSWORD_AUTH', user, DEMO_PASSWORD)
  await page.getByTestId('login-result').getByTestId('login-lab').click()
  await expect(lab.getByTestId('lab-pool')).toContainText(poolLabel)

  // First run: as the test login, so GetId carries a Logins map.
  await lab.getByTestId('lab-run').click()
  const steps = lab.getByTestId('lab-steps')
  await expect(steps.getByTestId('lab-step-GetCallerIdentity')).toBeVisible()
  const getId = steps.getByTestId('lab-step-GetId')
  await getId.getByRole('button', { name: 'Request' }).click()
  await expect(getId).toContainText(`cognito-idp.${TEST_REGION}.amazonaws.com/${seed.customersPoolId}`)
  const firstIdentity = await lab.getByTestId('lab-identity-id').textContent()

  // Second run: as a guest, in the basic flow, with no role to assume (moto cannot tell the pool's).
  await lab.getByTestId('lab-source-guest').click()
  await lab.getByTestId('lab-flow-basic').click()
  await lab.getByTestId('lab-run').click()
  await expect(lab.getByTestId('lab-failure')).toContainText('The basic flow needs a role to assume')
  await expect(steps.getByTestId('lab-step-GetCallerIdentity')).toHaveCount(0)
  await expect(steps.getByTestId('lab-step-GetCredentialsForIdentity')).toHaveCount(0)
  await getId.getByRole('button', { name: 'Request' }).click()
  await expect(getId).toContainText(seed.identityPoolId)
  await expect(getId).not.toContainText('cognito-idp.')
  await expect(lab.getByTestId('lab-credentials')).toHaveCount(0)
  expect(firstIdentity).toContain(`${TEST_REGION}:`)

  // A provider the pool does not list: the hint does not claim the key came from the pool, and the
  // refusal, decided before any call, says so, naming the provider once.
  await lab.getByTestId('lab-flow-enhanced').click()
  await lab.getByTestId('lab-source-token').click()
  await lab.getByTestId('lab-provider').click()
  await page.getByText('Google', { exact: true }).click()
  await expect(lab.getByTestId('lab-provider-key').locator('input')).toHaveValue('accounts.google.com')
  await expect(lab).toContainText('the identity pool does not list this provider')
  await expect(lab).not.toContainText('Filled in from the identity pool’s providers')
  await lab.getByTestId('lab-token').locator('textarea').fill('google-id-token')
  await lab.getByTestId('lab-run').click()
  const failure = lab.getByTestId('lab-failure')
  await expect(failure).toContainText('does not accept logins from accounts.google.com')
  expect(((await failure.textContent()) ?? '').split('accounts.google.com').length - 1).toBe(1)
  await expect(steps.getByTestId('lab-no-call')).toHaveText(
    'No call was made: the console stopped before sending anything to the identity pool.'
  )
  await snap(page, 'credentials-lab-refused')
})

test('token inspector: OpenID standard claims explained in English and Japanese, and on to the lab', async ({
  page,
  seed,
  harness
}) => {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const claims = {
    sub: '7d1c0a52-0000-4000-8000-000000000001',
    iss: `https://cognito-idp.${TEST_REGION}.amazonaws.com/${seed.customersPoolId}`,
    aud: seed.webClientId,
    token_use: 'id',
    address: { formatted: '1-2-3 Chiyoda, Tokyo' },
    birthdate: '1990-04-01',
    zoneinfo: 'Asia/Tokyo',
    updated_at: now - 86_400,
    iat: now,
    exp: now + 3600
  }
  const token = `${b64({ alg: 'RS256', kid: 'k1' })}.${b64(claims)}.c2lnbmF0dXJl`

  await page.getByTestId('app-nav').getByRole('link', { name: 'Token inspector' }).click()
  await page.getByTestId('mode-paste').click()
  await page.getByTestId('inspector-paste').locator('textarea').fill(token)
  await page.getByTestId('inspector-inspect').click()
  await expect(page.getByTestId('claim-address')).toContainText(
    'OpenID standard claim: the user’s postal address'
  )
  await expect(page.getByTestId('claim-birthdate')).toContainText(
    'OpenID standard claim: the user’s birthday'
  )
  await expect(page.getByTestId('claim-zoneinfo')).toContainText('time zone')
  await expect(page.getByTestId('inspector-claims')).not.toContainText('Not a standard')

  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await page.getByTestId('app-nav').getByRole('link', { name: 'トークン検査' }).click()
  await page.getByTestId('mode-paste').click()
  await page.getByTestId('inspector-paste').locator('textarea').fill(token)
  await page.getByTestId('inspector-inspect').click()
  await expect(page.getByTestId('claim-address')).toContainText('OpenID 標準クレーム: ユーザーの住所')
  await snap(page, 'token-inspector-openid-ja')

  await page.getByTestId('inspector-to-lab').click()
  const lab = page.getByTestId('credentials-lab-view')
  await expect(lab.getByTestId('lab-token').locator('textarea')).toHaveValue(token)
})

test('connection test on an endpoint without STS says so and still shows Cognito answering, in Japanese too', async ({
  page,
  harness,
  moto
}) => {
  // A Cognito-only emulator (cognito-local) answers STS's query-protocol call with HTTP 400 JSON.
  const proxy = await startFaultProxy({ target: moto.endpoint, cognitoOnly: true })
  try {
    await harness.ok('connections', 'save', {
      name: 'Cognito only',
      source: 'profile',
      profile: TEST_PROFILE,
      region: TEST_REGION,
      endpoint: proxy.endpoint,
      readOnly: false,
      production: false
    })
    await page.reload()
    await page.getByTestId('app-nav').getByRole('link', { name: 'Settings' }).click()
    const card = page.getByTestId('connection-Cognito only')
    await card.getByTestId('test-connection').click()
    await expect(card.getByTestId('connection-test-identity')).toContainText('This endpoint has no STS')
    await expect(card.getByTestId('connection-test-result')).toContainText('Cognito answers')
    await expect(card.getByTestId('connection-test-result')).not.toContainText('XML')

    await harness.ok('settings', 'update', { language: 'ja' })
    await page.reload()
    await page.getByTestId('app-nav').getByRole('link', { name: '設定' }).click()
    await page.getByTestId('connection-Cognito only').getByTestId('test-connection').click()
    await expect(page.getByTestId('connection-test-identity')).toContainText('STS がありません')
  } finally {
    await proxy.close()
  }
})

test('token inspector: claims compared between the ID and the access token, then before and after a refresh, in Japanese too', async ({
  page,
  seed,
  harness
}) => {
  const user = seed.users.find((u) => u.status === 'CONFIRMED' && u.enabled)!
  const { loginId } = await harness.ok('testLogin', 'start', {
    poolId: seed.customersPoolId,
    clientId: seed.webClientId,
    flow: 'USER_PASSWORD_AUTH',
    username: user.username,
    password: DEMO_PASSWORD
  })
  await goTo(page, `#/tokens?login=${loginId}`)
  await expect(page.getByTestId('claim-token_use')).toContainText('id')
  await page.getByTestId('inspector-compare').click()
  await page.getByTestId('inspector-use').getByText('Access token').click()
  const diff = page.getByTestId('claim-diff')
  await expect(diff.getByTestId('diff-token_use')).toContainText('changed')
  await expect(diff.getByTestId('diff-token_use')).toContainText(/^token_use.*id.*access$/)
  await expect(diff.getByTestId('diff-email')).toContainText('removed')
  await expect(diff.getByTestId('diff-custom:tenant')).toContainText('customised')
  await expect(diff.getByTestId('diff-scope')).toContainText('added')
  await expect(diff.getByTestId('diff-sub')).toHaveCount(0)
  await diff.getByTestId('diff-show-same').click()
  await expect(diff.getByTestId('diff-sub')).toContainText('same')
  await snap(page, 'token-claim-diff')

  // Before and after a refresh: the same claims, new times.
  await page.getByTestId('inspector-compare').click()
  await page.getByTestId('inspector-refresh').click()
  await expect(diff.getByTestId('diff-summary')).toContainText('0 added, 0 removed')
  await expect(diff.getByTestId('diff-scope')).toContainText('same')

  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await goTo(page, `#/tokens?login=${loginId}`)
  await page.getByTestId('inspector-compare').click()
  await page.getByTestId('inspector-use').getByText('アクセストークン').click()
  await expect(diff.getByTestId('diff-summary')).toContainText(/^追加 \d+、削除 \d+、変更 \d+、同じ \d+。$/)
  await expect(diff.getByTestId('diff-email')).toContainText('削除')
  await diff.getByTestId('diff-clear').click()
  await expect(diff).toHaveCount(0)
})

test('token inspector: a token of a pool’s OpenID Connect provider verified with the provider’s keys, in Japanese too', async ({
  page,
  harness
}) => {
  const { jwks, signToken } = providerKeys()
  const oidc = await serveOidcIssuer(jwks)
  try {
    const poolId = (
      await harness.ok('pools', 'create', plainPool(`e2e-oidc-tokens-${Date.now().toString(36)}`))
    ).id
    await harness.ok('identityProviders', 'create', {
      poolId,
      name: 'Corp',
      type: 'OIDC',
      details: {
        client_id: 'corp-client',
        client_secret: 'corp-secret',
        attributes_request_method: 'GET',
        oidc_issuer: oidc.issuer,
        authorize_scopes: 'openid email'
      },
      attributeMapping: { username: 'sub' },
      idpIdentifiers: []
    })
    const now = Math.floor(Date.now() / 1000)
    const token = signToken('ES256', {
      iss: oidc.issuer,
      sub: 'employee-7',
      aud: 'corp-client',
      exp: now + 600
    })
    const inspect = async () => {
      await page.getByTestId('mode-paste').click()
      await page.getByTestId('inspector-paste').locator('textarea').fill(token)
      await page.getByTestId('inspector-expect-pool').locator('input').fill(poolId)
      await page.getByTestId('inspector-inspect').click()
    }

    await page.getByTestId('app-nav').getByRole('link', { name: 'Token inspector' }).click()
    await inspect()
    await expect(page.getByTestId('inspector-verdict')).toContainText(
      'Valid: signed by the key of identity provider Corp'
    )
    await expect(page.getByTestId('check-algorithm')).toContainText(
      'ES256, an algorithm the console verifies'
    )
    await expect(page.getByTestId('check-issuer')).toContainText(
      `OpenID Connect provider Corp of pool ${poolId}`
    )
    await expect(page.getByTestId('check-audience')).toContainText('corp-client')
    await snap(page, 'token-inspector-oidc-provider')

    await harness.ok('settings', 'update', { language: 'ja' })
    await page.reload()
    await page.getByTestId('app-nav').getByRole('link', { name: 'トークン検査' }).click()
    await inspect()
    await expect(page.getByTestId('inspector-verdict')).toContainText(
      'ID プロバイダー Corp の鍵で署名されており'
    )
  } finally {
    await harness.ok('settings', 'update', { language: 'en' })
    await oidc.close()
  }
})
