import type {
  ListTagsForResourceCommandOutput as IdentityListOutput,
  TagResourceCommandInput as IdentityTagInput,
  UntagResourceCommandInput as IdentityUntagInput
} from '@aws-sdk/client-cognito-identity'
import type {
  ListTagsForResourceCommandOutput,
  TagResourceCommandInput,
  UntagResourceCommandInput
} from '@aws-sdk/client-cognito-identity-provider'
import type { Page } from '@playwright/test'
import { identityPoolInput, plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { answerOperation } from '../support/sdk-answers'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/**
 * moto 5.2.1 has no tag operations: ListTagsForResource, TagResource and UntagResource are answered
 * inside the connection's client (SDK-typed, audited as real calls), keeping what was tagged so the
 * overview reads it back. The pool and every other call are moto's.
 */
function answerTags(harness: Harness, initial: Record<string, string>) {
  const stored = { ...initial }
  const sent: { tagged: TagResourceCommandInput[]; untagged: UntagResourceCommandInput[] } = {
    tagged: [],
    untagged: []
  }
  const idp = harness.ctx.connections.active().clients.idp
  const stops = [
    answerOperation(
      idp,
      'ListTagsForResourceCommand',
      () => ({ Tags: { ...stored } }) satisfies Omit<ListTagsForResourceCommandOutput, '$metadata'>
    ),
    answerOperation(idp, 'TagResourceCommand', (input: TagResourceCommandInput) => {
      sent.tagged.push(input)
      Object.assign(stored, input.Tags)
      return {}
    }),
    answerOperation(idp, 'UntagResourceCommand', (input: UntagResourceCommandInput) => {
      sent.untagged.push(input)
      for (const key of input.TagKeys ?? []) delete stored[key]
      return {}
    })
  ]
  return { sent, stop: () => stops.forEach((stop) => stop()) }
}

async function openTags(page: Page, harness: Harness, name: string): Promise<string> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  await page.reload()
  await goTo(page, `#/pools/${id}/overview`)
  await page.getByTestId('tab-pool-overview').click()
  await expect(page.getByTestId('section-tags')).toBeVisible()
  return id
}

test('changes, adds and removes pool tags through a preview', async ({ page, harness }) => {
  const tags = answerTags(harness, { team: 'identity', owner: 'ann' })
  try {
    await openTags(page, harness, `e2e-tags-${run}`)
    await expect(page.getByTestId('tag-owner')).toContainText('owner = ann')
    await page.getByTestId('tags-edit').click()
    const form = page.getByTestId('tags-form')
    await form.getByTestId('tag-value-0').locator('input').fill('platform')
    // Each row has remove and add buttons: remove the second row (owner), then add one after the first,
    // with a reserved key first: the form refuses it.
    const actions = form.getByTestId('tags-rows').locator('.n-dynamic-input-item__action button')
    await actions.nth(2).click()
    await actions.nth(1).click()
    await form.getByTestId('tag-key-1').locator('input').fill('aws:cost')
    await form.getByTestId('tag-value-1').locator('input').fill('42')
    await form.getByTestId('tags-review').click()
    await expect(form.getByTestId('tags-problem-keyReserved')).toContainText('belong to AWS')
    await form.getByTestId('tag-key-1').locator('input').fill('cost')
    await form.getByTestId('tags-review').click()

    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-team')).toContainText('identity')
    await expect(preview.getByTestId('change-team')).toContainText('platform')
    await expect(preview.getByTestId('change-cost')).toContainText('42')
    await expect(preview.getByTestId('change-owner')).toContainText('ann')
    await snap(page, 'pool-tags-preview')
    await preview.getByTestId('change-preview-confirm').click()

    await expect(page.getByTestId('tag-cost')).toContainText('cost = 42')
    await expect(page.getByTestId('tag-owner')).toHaveCount(0)
    expect(tags.sent.tagged.map((t) => t.Tags)).toEqual([{ team: 'platform', cost: '42' }])
    expect(tags.sent.untagged.map((t) => t.TagKeys)).toEqual([['owner']])
  } finally {
    tags.stop()
  }
})

test('the tags form speaks Japanese', async ({ page, harness }) => {
  const tags = answerTags(harness, {})
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    await openTags(page, harness, `e2e-tags-ja-${run}`)
    await page.getByTestId('tags-edit').click()
    const form = page.getByTestId('tags-form')
    await form.getByTestId('tags-add').click()
    await form.getByTestId('tag-value-0').locator('input').fill('値')
    await form.getByTestId('tags-review').click()
    await expect(form.getByTestId('tags-problem-keyEmpty')).toContainText('タグにはキーが必要です')
    await snap(page, 'pool-tags-ja')
  } finally {
    tags.stop()
  }
})

test('tags an identity pool from its overview through a preview, sent to cognito-identity', async ({
  page,
  harness
}) => {
  const { pool } = await harness.ok('identityPools', 'create', identityPoolInput(`e2e_idtags_${run}`))
  // moto 5.2.1 lacks cognito-identity's tag calls: answered in the identity client (SDK-typed, audited).
  const kept: Record<string, string> = {}
  const sent: { tagged: IdentityTagInput[]; untagged: IdentityUntagInput[] } = { tagged: [], untagged: [] }
  const identity = harness.ctx.connections.active().clients.identity
  const stops = [
    answerOperation(
      identity,
      'ListTagsForResourceCommand',
      () => ({ Tags: { ...kept } }) satisfies Omit<IdentityListOutput, '$metadata'>
    ),
    answerOperation(identity, 'TagResourceCommand', (input: IdentityTagInput) => {
      sent.tagged.push(input)
      Object.assign(kept, input.Tags)
      return {}
    }),
    answerOperation(identity, 'UntagResourceCommand', (input: IdentityUntagInput) => {
      sent.untagged.push(input)
      return {}
    })
  ]
  try {
    await goTo(page, `#/identity-pools/${pool.id}`)
    await page.getByTestId('identity-pool-tags').getByTestId('tags-edit').click()
    const form = page.getByTestId('tags-form')
    await form.getByTestId('tags-add').click()
    await form.getByTestId('tag-key-0').locator('input').fill('team')
    await form.getByTestId('tag-value-0').locator('input').fill('identity')
    await form.getByTestId('tags-review').click()
    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-team')).toContainText('identity')
    await preview.getByTestId('change-preview-confirm').click()

    await expect(page.getByTestId('identity-pool-tags').getByTestId('tag-team')).toContainText(
      'team: identity'
    )
    expect(sent.tagged).toEqual([
      {
        ResourceArn: `arn:aws:cognito-identity:us-east-1:123456789012:identitypool/${pool.id}`,
        Tags: { team: 'identity' }
      }
    ])
    expect(sent.untagged).toEqual([])
  } finally {
    stops.forEach((stop) => stop())
  }
})
