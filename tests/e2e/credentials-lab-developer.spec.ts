import type {
  GetOpenIdTokenForDeveloperIdentityCommandInput,
  GetOpenIdTokenForDeveloperIdentityCommandOutput
} from '@aws-sdk/client-cognito-identity'
import type { Page } from '@playwright/test'
import type { Harness } from '../support/harness'
import { identityPoolInput } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)
const PROVIDER = 'login.example.com'

async function developerPool(harness: Harness, name: string): Promise<string> {
  const { pool } = await harness.ok(
    'identityPools',
    'create',
    identityPoolInput(name, { developerProviderName: PROVIDER })
  )
  return pool.id
}

async function openDeveloperSource(page: Page, identityPoolId: string): Promise<void> {
  await goTo(page, `#/identity-pools/lab?pool=${encodeURIComponent(identityPoolId)}&source=developer`)
  await expect(page.getByTestId('lab-developer-provider')).toHaveText(PROVIDER)
}

test('credentials lab: a back-end user id signs in through the developer provider, its token’s claims shown', async ({
  page,
  harness
}) => {
  const poolId = await developerPool(harness, `e2e_devlab_${run}`)
  const identityId = 'us-east-1:1111aaaa-2222-bbbb-3333-cccc4444dddd'
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url')
  const now = Math.floor(Date.now() / 1000)
  const claims = {
    iss: 'https://cognito-identity.amazonaws.com',
    sub: identityId,
    aud: poolId,
    amr: ['authenticated', PROVIDER, `${PROVIDER}:${poolId}:alice`],
    iat: now,
    exp: now + 3600
  }
  // moto 5.2.1 issues an opaque random id, where Cognito issues a JWT: the call is answered in the
  // client (SDK-typed, still audited) so the screen's claims can be checked.
  const sent: GetOpenIdTokenForDeveloperIdentityCommandInput[] = []
  const stop = answerOperation(
    harness.ctx.connections.active().clients.identity,
    'GetOpenIdTokenForDeveloperIdentityCommand',
    (input: GetOpenIdTokenForDeveloperIdentityCommandInput) => {
      sent.push(input)
      return {
        IdentityId: identityId,
        Token: `${b64({ alg: 'RS512' })}.${b64(claims)}.${'s'.repeat(86)}`
      } satisfies Omit<GetOpenIdTokenForDeveloperIdentityCommandOutput, '$metadata'>
    }
  )
  try {
    await openDeveloperSource(page, poolId)
    const lab = page.getByTestId('credentials-lab-view')
    // Nothing typed: the form says what to enter and sends nothing.
    await lab.getByTestId('lab-run').click()
    await expect(lab).toContainText('Enter the back-end user id to sign in as.')
    await lab.getByTestId('lab-developer-user').locator('input').fill('alice')
    await lab.getByTestId('lab-developer-duration').locator('input').fill('90000')
    await expect(lab).toContainText('Enter a whole number of seconds from 1 to 86400')
    await lab.getByTestId('lab-developer-duration').locator('input').fill('3600')
    await expect(lab.getByTestId('lab-logins')).toContainText(`"${PROVIDER}": "alice"`)
    await lab.getByTestId('lab-run').click()

    const token = lab.getByTestId('lab-openid-token')
    await expect(token.getByTestId('lab-openid-sub')).toHaveText(identityId)
    await expect(token.getByTestId('lab-openid-amr')).toContainText(`${PROVIDER}:${poolId}:alice`)
    await expect(lab.getByTestId('lab-credentials')).toBeVisible()
    await expect(lab.getByTestId('lab-step-GetCallerIdentity')).toBeVisible()
    expect(sent).toEqual([{ IdentityPoolId: poolId, Logins: { [PROVIDER]: 'alice' }, TokenDuration: 3600 }])
    await token.scrollIntoViewIfNeeded()
    await snap(page, 'credentials-lab-developer')
  } finally {
    stop()
  }
})

test('credentials lab in Japanese: the developer source’s rules and moto’s opaque token are worded', async ({
  page,
  harness
}) => {
  const poolId = await developerPool(harness, `e2e_devlab_ja_${run}`)
  await harness.ok('settings', 'update', { language: 'ja' })
  // The window reads its language when it starts.
  await page.reload()
  await openDeveloperSource(page, poolId)
  const lab = page.getByTestId('credentials-lab-view')
  await lab.getByTestId('lab-developer-user').locator('input').fill('bob')
  await lab
    .getByTestId('lab-developer-identity')
    .locator('input')
    .fill('eu-west-1:0000aaaa-1111-bbbb-2222-cccc3333dddd')
  await expect(lab).toContainText('この ID は eu-west-1 のものですが')
  await lab.getByTestId('lab-developer-identity').locator('input').fill('')
  await lab.getByTestId('lab-run').click()
  await expect(lab.getByTestId('lab-openid-opaque')).toContainText('JSON Web Token ではない')
  await expect(lab.getByTestId('lab-credentials')).toBeVisible()
  await lab.getByTestId('lab-openid-token').scrollIntoViewIfNeeded()
  await snap(page, 'credentials-lab-developer-ja')
})
