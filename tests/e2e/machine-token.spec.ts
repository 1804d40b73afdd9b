import {
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import type { Page } from '@playwright/test'
import { serveTokenEndpoint } from '../support/token-endpoint'
import { expect, snap, test } from './fixtures'
import { choosePoolClient } from './testLogin'

const SCOPES = ['orders-api/read', 'orders-api/write', 'orders-api/admin']

/** A pool with an API's scopes, a backend client allowed client_credentials and a client without a secret. */
async function machinePool(idp: CognitoIdentityProviderClient, name: string) {
  const pool = await idp.send(new CreateUserPoolCommand({ PoolName: name }))
  const poolId = pool.UserPool?.Id ?? ''
  await idp.send(
    new CreateResourceServerCommand({
      UserPoolId: poolId,
      Identifier: 'orders-api',
      Name: 'Orders API',
      Scopes: ['read', 'write', 'admin'].map((s) => ({ ScopeName: s, ScopeDescription: s }))
    })
  )
  const backend = await idp.send(
    new CreateUserPoolClientCommand({
      UserPoolId: poolId,
      ClientName: 'orders-backend',
      GenerateSecret: true,
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: SCOPES
    })
  )
  const browser = await idp.send(
    new CreateUserPoolClientCommand({ UserPoolId: poolId, ClientName: 'browser-app' })
  )
  return {
    poolId,
    clientId: backend.UserPoolClient?.ClientId ?? '',
    secret: backend.UserPoolClient?.ClientSecret ?? '',
    browserId: browser.UserPoolClient?.ClientId ?? ''
  }
}

const choose = (page: Page, pool: string, client: string) => choosePoolClient(page, 'machine', pool, client)

/**
 * moto 5.2.1 has no pool-domain /oauth2/token: the pool's custom domain names a local server that checks
 * the grant, the client's Basic authentication and the scopes, and signs with moto's key.
 */
test('a client-credentials token with two scopes from the token endpoint is verified in the inspector', async ({
  page,
  harness
}) => {
  const idp = harness.ctx.connections.active().clients.idp
  const name = `machine-${Date.now().toString(36)}`
  const app = await machinePool(idp, name)
  const endpoint = await serveTokenEndpoint({ ...app, allowedScopes: SCOPES })
  try {
    await page.getByTestId('app-nav').getByRole('link', { name: 'Machine tokens' }).click()
    // Without a domain only GetClientToken can work, and the screen says why the endpoint cannot.
    await choose(page, `${name} (${app.poolId})`, `orders-backend (${app.clientId})`)
    await page.getByTestId('machine-method-tokenEndpoint').click()
    await expect(page.getByTestId('machine-reason-noTokenEndpoint')).toContainText('The pool has no domain')
    await expect(page.getByTestId('machine-get')).toBeDisabled()

    // The pool gets a domain; the other client says why it cannot, and choosing the backend again reads it.
    await idp.send(new CreateUserPoolDomainCommand({ UserPoolId: app.poolId, Domain: endpoint.host }))
    await page.getByTestId('machine-client').click()
    await page.getByText(`browser-app (${app.browserId})`, { exact: true }).click()
    await expect(page.getByTestId('machine-reason-noSecret')).toContainText('has no secret')
    await page.getByTestId('machine-client').click()
    await page.getByText(`orders-backend (${app.clientId})`, { exact: true }).click()

    await page.getByTestId('machine-method-tokenEndpoint').click()
    await expect(page.getByTestId('machine-blocked')).toHaveCount(0)
    await page.getByTestId('machine-scope-orders-api/read').click()
    await page.getByTestId('machine-scope-orders-api/write').click()
    await page.getByTestId('machine-get').click()
    await expect(page.getByTestId('machine-token-scopes')).toHaveText('orders-api/read orders-api/write')

    expect(endpoint.requests).toHaveLength(1)
    const sent = endpoint.requests[0]
    expect(sent).toMatchObject({
      path: '/oauth2/token',
      grantType: 'client_credentials',
      clientId: app.clientId,
      secretMatched: true,
      scopes: ['orders-api/read', 'orders-api/write']
    })
    expect(sent?.body).not.toContain(app.secret)

    // The copied request names the secret as a placeholder only.
    await page.getByTestId('code-cli-machine').click()
    await expect(page.getByTestId('code-snippet')).toContainText('<CLIENT_SECRET>')
    await expect(page.getByTestId('code-snippet')).not.toContainText(app.secret)
    await snap(page, 'machine-token')

    await page.getByTestId('machine-inspect').click()
    await expect(page.getByTestId('check-scopes')).toContainText('orders-api/read orders-api/write')
    await expect(page.getByTestId('check-scopes')).toContainText('pass')
    await expect(page.getByTestId('check-signature')).toContainText('pass')
    await expect(page.getByTestId('check-audience')).toContainText('pass')
    await expect(page.getByTestId('inspector-verdict')).toContainText('Valid')
    await expect(page.getByTestId('claim-scope')).toContainText('orders-api/read orders-api/write')
    await snap(page, 'machine-token-inspected')

    // Back on the screen, the same client and token are still chosen.
    await page.getByTestId('app-nav').getByRole('link', { name: 'Machine tokens' }).click()
    await expect(page.getByTestId('machine-token-scopes')).toHaveText('orders-api/read orders-api/write')
  } finally {
    await endpoint.close()
  }
})

test('the machine token screen reads in Japanese and says why a client without a secret cannot', async ({
  page,
  harness
}) => {
  const idp = harness.ctx.connections.active().clients.idp
  const name = `machine-ja-${Date.now().toString(36)}`
  const app = await machinePool(idp, name)
  await harness.ok('settings', 'update', { language: 'ja' })
  await page.reload()
  await page.getByTestId('app-nav').getByRole('link', { name: 'マシントークン' }).click()
  await choose(page, `${name} (${app.poolId})`, `browser-app (${app.browserId})`)
  await expect(page.getByTestId('machine-reason-noSecret')).toContainText('シークレットがない')
  await expect(page.getByTestId('machine-reason-clientCredentialsMissing')).toContainText(
    'クライアント認証情報グラント'
  )
  await expect(page.getByTestId('machine-get')).toBeDisabled()
  await snap(page, 'machine-token-ja')
})
