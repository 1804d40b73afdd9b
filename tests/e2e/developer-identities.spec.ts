import type {
  LookupDeveloperIdentityCommandInput,
  LookupDeveloperIdentityCommandOutput,
  MergeDeveloperIdentitiesCommandInput,
  UnlinkDeveloperIdentityCommandInput
} from '@aws-sdk/client-cognito-identity'
import type { Page } from '@playwright/test'
import type { Harness } from '../support/harness'
import { identityPoolInput } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

async function developerPool(harness: Harness, name: string): Promise<string> {
  const { pool } = await harness.ok(
    'identityPools',
    'create',
    identityPoolInput(name, { developerProviderName: 'login.example.com' })
  )
  return pool.id
}

async function openDeveloperTab(page: Page, identityPoolId: string): Promise<void> {
  await goTo(page, `#/identity-pools/${identityPoolId}`)
  await page.getByTestId('tab-developer').click()
  await expect(page.getByTestId('developer-identities')).toBeVisible()
}

/**
 * moto 5.2.1 has GetOpenIdTokenForDeveloperIdentity but no LookupDeveloperIdentity, MergeDeveloperIdentities
 * or UnlinkDeveloperIdentity: those are answered in the client (SDK-typed, audited as real calls),
 * keeping which user ids share an identity.
 */
function answerLinks(harness: Harness) {
  const linked = new Map<string, string[]>()
  const sent = {
    merge: [] as MergeDeveloperIdentitiesCommandInput[],
    unlink: [] as UnlinkDeveloperIdentityCommandInput[]
  }
  const identity = harness.ctx.connections.active().clients.identity
  const stops = [
    answerOperation(
      identity,
      'LookupDeveloperIdentityCommand',
      (input: LookupDeveloperIdentityCommandInput) => {
        const id = input.IdentityId ?? ''
        return { IdentityId: id, DeveloperUserIdentifierList: linked.get(id) ?? [] } satisfies Omit<
          LookupDeveloperIdentityCommandOutput,
          '$metadata'
        >
      }
    ),
    answerOperation(
      identity,
      'MergeDeveloperIdentitiesCommand',
      (input: MergeDeveloperIdentitiesCommandInput) => {
        sent.merge.push(input)
        const id =
          [...linked].find(([, users]) => users.includes(input.DestinationUserIdentifier ?? ''))?.[0] ?? ''
        linked.set(id, [...(linked.get(id) ?? []), input.SourceUserIdentifier ?? ''])
        return { IdentityId: id }
      }
    ),
    answerOperation(
      identity,
      'UnlinkDeveloperIdentityCommand',
      (input: UnlinkDeveloperIdentityCommandInput) => {
        sent.unlink.push(input)
        const id = input.IdentityId ?? ''
        linked.set(
          id,
          (linked.get(id) ?? []).filter((u) => u !== input.DeveloperUserIdentifier)
        )
        return {}
      }
    )
  ]
  return { linked, sent, stop: () => stops.forEach((stop) => stop()) }
}

test('gets a back-end user’s identity and token, merges another user id into it and unlinks it again', async ({
  page,
  harness
}) => {
  const poolId = await developerPool(harness, `e2e_dev_${run}`)
  const links = answerLinks(harness)
  try {
    await openDeveloperTab(page, poolId)
    await expect(page.getByTestId('developer-identities')).toContainText('login.example.com')
    await page.getByTestId('developer-issue-user').locator('input').fill('alice')
    await page.getByTestId('developer-issue').click()
    const identityId = (await page.getByTestId('developer-issued-identity').textContent()) ?? ''
    expect(identityId).toMatch(/^[\w-]+:[0-9a-f-]+$/)
    // The token stays masked until asked for.
    await expect(page.getByTestId('developer-issued').getByTestId('secret-text')).toContainText('•')
    links.linked.set(identityId, ['alice'])

    await page.getByTestId('developer-merge-source').locator('input').fill('alice-legacy')
    await page.getByTestId('developer-merge-destination').locator('input').fill('alice')
    await page.getByTestId('developer-merge').click()
    await expect(page.getByRole('dialog')).toContainText('cannot be undone')
    await page.getByTestId('dialog-confirm').click()
    await expect(page.getByTestId('developer-user-alice-legacy')).toBeVisible()
    expect(links.sent.merge).toEqual([
      {
        IdentityPoolId: poolId,
        DeveloperProviderName: 'login.example.com',
        SourceUserIdentifier: 'alice-legacy',
        DestinationUserIdentifier: 'alice'
      }
    ])
    await snap(page, 'developer-identities')

    await page.getByTestId('developer-unlink-alice-legacy').click()
    await page.getByTestId('dialog-confirm').click()
    await expect(page.getByTestId('developer-user-alice-legacy')).toHaveCount(0)
    await expect(page.getByTestId('developer-user-alice')).toBeVisible()
    expect(links.sent.unlink).toEqual([
      {
        IdentityPoolId: poolId,
        IdentityId: identityId,
        DeveloperProviderName: 'login.example.com',
        DeveloperUserIdentifier: 'alice-legacy'
      }
    ])
  } finally {
    links.stop()
  }
})

test('the developer identities tab speaks Japanese, and says when the pool has no developer provider', async ({
  page,
  harness
}) => {
  const { pool } = await harness.ok('identityPools', 'create', {
    name: `e2e_nodev_${run}`,
    allowUnauthenticated: true,
    allowClassicFlow: false,
    userPools: [],
    social: {},
    oidcProviderArns: [],
    samlProviderArns: [],
    tags: {}
  })
  const poolId = await developerPool(harness, `e2e_dev_ja_${run}`)
  await harness.ok('settings', 'update', { language: 'ja' })
  // The window reads its language when it starts.
  await page.reload()
  await openDeveloperTab(page, pool.id)
  await expect(page.getByTestId('developer-no-provider')).toContainText('開発者プロバイダーがありません')
  await openDeveloperTab(page, poolId)
  await expect(page.getByTestId('developer-identities')).toContainText('ユーザー ID のトークンを取得')
  await snap(page, 'developer-identities-ja')
})
