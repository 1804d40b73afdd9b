import type {
  GetPrincipalTagAttributeMapCommandOutput,
  SetPrincipalTagAttributeMapCommandInput,
  SetPrincipalTagAttributeMapCommandOutput
} from '@aws-sdk/client-cognito-identity'
import type { Harness } from '../support/harness'
import { answerOperation } from '../support/sdk-answers'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** An identity pool federating one user pool; moto checks neither id, so none is created. */
async function abacPool(harness: Harness, name: string): Promise<{ id: string; provider: string }> {
  const userPoolId = `us-east-1_abac${run}`
  const { pool } = await harness.ok('identityPools', 'create', {
    name,
    allowUnauthenticated: false,
    allowClassicFlow: false,
    userPools: [{ userPoolId, clientId: 'a1b2c3d4e5f6g7h8i9j0k1l2m3', serverSideTokenCheck: false }],
    social: {},
    oidcProviderArns: [],
    samlProviderArns: [],
    tags: {}
  })
  return { id: pool.id, provider: `cognito-idp.us-east-1.amazonaws.com/${userPoolId}` }
}

/**
 * moto 5.2.1 has no GetPrincipalTagAttributeMap or SetPrincipalTagAttributeMap: they are answered in
 * the connection's client (SDK-typed, audited as real calls), keeping the map set so the screen reads it back.
 */
function answerMaps(harness: Harness) {
  let stored: Omit<GetPrincipalTagAttributeMapCommandOutput, '$metadata'> = { UseDefaults: true }
  const sent: SetPrincipalTagAttributeMapCommandInput[] = []
  const identity = harness.ctx.connections.active().clients.identity
  const stops = [
    answerOperation(identity, 'GetPrincipalTagAttributeMapCommand', () => stored),
    answerOperation(
      identity,
      'SetPrincipalTagAttributeMapCommand',
      (input: SetPrincipalTagAttributeMapCommandInput) => {
        sent.push(input)
        stored = { UseDefaults: input.UseDefaults, PrincipalTags: input.PrincipalTags ?? {} }
        return { ...input } satisfies Omit<SetPrincipalTagAttributeMapCommandOutput, '$metadata'>
      }
    )
  ]
  return { sent, stop: () => stops.forEach((stop) => stop()) }
}

test('replaces a provider’s default principal tags with a tag -> claim map after a preview', async ({
  page,
  harness
}) => {
  const pool = await abacPool(harness, `e2e_abac_${run}`)
  const maps = answerMaps(harness)
  try {
    await goTo(page, `#/identity-pools/${pool.id}/principal-tags`)
    await expect(page.getByTestId('principal-tags-provider')).toContainText(pool.provider)
    await expect(page.getByTestId('principal-tags-defaults-on')).toBeVisible()

    await page.getByTestId('principal-tags-edit').click()
    const form = page.getByTestId('principal-tags-form')
    await form.getByTestId('principal-tags-use-defaults').click()
    await form.getByTestId('principal-tags-add').click()
    await form.getByTestId('principal-tag-key-0').locator('input').fill('department')
    // A tag without its claim is refused in the form, saying what is missing.
    await form.getByTestId('principal-tags-review').click()
    await expect(form.getByTestId('principal-tags-problem-claimEmpty')).toContainText('department')
    await form.getByTestId('principal-tag-value-0').locator('input').fill('custom:dept')
    await form.getByTestId('principal-tags-review').click()

    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-useDefaults')).toContainText('true')
    await expect(preview.getByTestId('change-useDefaults')).toContainText('false')
    await expect(preview.getByTestId('change-tags.department')).toContainText('custom:dept')
    await snap(page, 'principal-tags-preview')
    expect(maps.sent).toEqual([])
    await preview.getByTestId('change-preview-confirm').click()

    await expect(page.getByTestId('principal-tags-row-department')).toContainText('custom:dept')
    expect(maps.sent).toEqual([
      {
        IdentityPoolId: pool.id,
        IdentityProviderName: pool.provider,
        UseDefaults: false,
        PrincipalTags: { department: 'custom:dept' }
      }
    ])
  } finally {
    maps.stop()
  }
})

test('the principal tags tab speaks Japanese, and says when the endpoint lacks the calls', async ({
  page,
  harness
}) => {
  const pool = await abacPool(harness, `e2e_abac_ja_${run}`)
  await harness.ok('settings', 'update', { language: 'ja' })
  // The window reads its language when it starts.
  await page.reload()
  await goTo(page, `#/identity-pools/${pool.id}/principal-tags`)
  await expect(page.getByTestId('principal-tags')).toContainText('属性ベースのアクセス制御')
  // Nothing answers for moto here: its refusal is worded as an operation the endpoint lacks.
  await expect(page.getByTestId('principal-tags-error')).toContainText('プリンシパルタグ')
  await snap(page, 'principal-tags-ja')
})
