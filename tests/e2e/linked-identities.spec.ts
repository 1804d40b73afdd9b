import type { Harness } from '../support/harness'
import { federate, type ProviderIdentity } from '../support/federated-users'
import { plainPool } from '../support/pool-input'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** A pool with a Google provider, a native user and the federated user Google created for the same person. */
async function twinPool(harness: Harness): Promise<string> {
  const { id: poolId } = await harness.ok(
    'pools',
    'create',
    plainPool(`linked-${run}-${Math.random().toString(36).slice(2, 6)}`)
  )
  await harness.ok('identityProviders', 'create', {
    poolId,
    name: 'Google',
    type: 'Google',
    details: { client_id: 'g-client', client_secret: 'g-secret', authorize_scopes: 'openid email' },
    attributeMapping: { email: 'email' },
    idpIdentifiers: []
  })
  for (const username of ['ana', 'Google_111'])
    await harness.ok('users', 'create', {
      poolId,
      username,
      attributes: { email: 'ana@example.com' },
      emailVerified: true,
      sendInvitation: false,
      generatePassword: true
    })
  return poolId
}

// moto 5.2.1 has no federated sign-in and lacks AdminLinkProviderForUser: `federate` gives Google_111
// the status and identity Cognito would and answers the link inside the client (the audit log still sees it).
const twins = () => ({
  federated: { Google_111: { providerName: 'Google', userId: '111' } } as Record<string, ProviderIdentity>,
  linked: {} as Record<string, ProviderIdentity[]>
})

test('a federated twin shows on the native user’s page and one link, after its preview, joins them', async ({
  page,
  harness
}) => {
  const poolId = await twinPool(harness)
  const { stop, links } = federate(harness.ctx.connections.active().clients.idp, twins())
  try {
    await goTo(page, `#/pools/${poolId}/users/ana`)
    const card = page.getByTestId('user-linked-identities')
    await expect(card.getByTestId('linked-identities-none')).toBeVisible()
    await expect(card.getByTestId('duplicate-Google_111')).toContainText('The federated user of Google:111')
    await snap(page, 'user-federated-twin')
    await card.getByTestId('duplicate-link-Google_111').click()
    await expect(page.getByTestId('link-preview-warning')).toContainText('Google_111 is deleted first')
    await expect(page.getByTestId('change-ana.identities')).toContainText('Google:111')
    await page.getByTestId('change-preview-confirm').click()
    await expect(card.getByTestId('identity-Google')).toContainText('111')
    await expect(card.getByTestId('duplicates-none')).toBeVisible()
    expect(links).toHaveLength(1)
    const gone = await harness.call('users', 'get', { poolId, username: 'Google_111' })
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  } finally {
    stop()
  }
})

test('linking by hand checks the identity as it is typed, in Japanese', async ({ page, harness }) => {
  const poolId = await twinPool(harness)
  const state = twins()
  state.linked.ana = [{ providerName: 'Google', userId: '222' }]
  const { stop } = federate(harness.ctx.connections.active().clients.idp, state)
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    await page.reload()
    await goTo(page, `#/pools/${poolId}/users/ana`)
    const card = page.getByTestId('user-linked-identities')
    await expect(card).toContainText('フェデレーションアカウント')
    await card.getByTestId('link-provider').click()
    await page.locator('.n-base-select-option', { hasText: 'Google' }).click()
    await card.getByTestId('link-user-id').locator('input').fill('222')
    await expect(card.getByTestId('link-problem-alreadyLinked')).toContainText('すでにこのユーザーにリンク')
    await expect(card.getByTestId('link-submit')).toBeDisabled()
    await snap(page, 'user-federated-ja')
  } finally {
    stop()
  }
})
