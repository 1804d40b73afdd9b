import type {
  CreateTermsRequest,
  CreateTermsResponse,
  DeleteTermsRequest,
  DescribeTermsRequest,
  DescribeTermsResponse,
  ListTermsResponse,
  TermsType,
  UpdateTermsRequest,
  UpdateTermsResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { clientSettings, plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'
import { axeViolations } from './axe'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/**
 * moto 5.2.1 has no terms documents: ListTerms, DescribeTerms and the writes are answered inside the
 * connection's client (after the audit observer, so the audit scan sees the writes), SDK-typed.
 */
test('adds a terms of use document refusing an http link, changes its link, then deletes it', async ({
  page,
  harness
}) => {
  const idp = harness.ctx.connections.active().clients.idp
  const docs: TermsType[] = []
  const stops = [
    answerOperation<object, ListTermsResponse>(idp, 'ListTermsCommand', () => ({
      Terms: docs.map((d) => ({
        TermsId: d.TermsId,
        TermsName: d.TermsName,
        Enforcement: 'NONE',
        CreationDate: new Date(),
        LastModifiedDate: new Date()
      }))
    })),
    answerOperation<DescribeTermsRequest, DescribeTermsResponse>(idp, 'DescribeTermsCommand', (input) => ({
      Terms: docs.find((d) => d.TermsId === input.TermsId)
    })),
    answerOperation<CreateTermsRequest, CreateTermsResponse>(idp, 'CreateTermsCommand', (input) => {
      const doc: TermsType = {
        ...input,
        TermsId: `terms-${docs.length}`,
        Links: input.Links ?? {},
        CreationDate: new Date(),
        LastModifiedDate: new Date()
      } as TermsType
      docs.push(doc)
      return { Terms: doc }
    }),
    answerOperation<UpdateTermsRequest, UpdateTermsResponse>(idp, 'UpdateTermsCommand', (input) => {
      const index = docs.findIndex((d) => d.TermsId === input.TermsId)
      const { UserPoolId: _pool, ...fields } = input
      docs[index] = { ...docs[index], ...fields, LastModifiedDate: new Date() } as TermsType
      return { Terms: docs[index] }
    }),
    // The SDK names no output type for DeleteTerms: Cognito answers an empty body.
    answerOperation<DeleteTermsRequest, Record<string, never>>(idp, 'DeleteTermsCommand', (input) => {
      docs.splice(
        docs.findIndex((d) => d.TermsId === input.TermsId),
        1
      )
      return {}
    })
  ]
  try {
    const name = `e2e-terms-${run}`
    const { id } = await harness.ok('pools', 'create', plainPool(name))
    await harness.ok('appClients', 'create', { poolId: id, generateSecret: false, ...clientSettings('web') })
    // By address: the pools list may not draw this pool's row among the many earlier tests leave.
    await goTo(page, `#/pools/${id}/overview`)
    await page.getByTestId('tab-pool-domain').click()
    await page.getByTestId('terms-add').click()
    const form = page.getByTestId('terms-form')
    // The accessibility scan's demo pool has no domain: the terms form is scanned here.
    expect(await axeViolations(page, 'terms form', '[role="dialog"]')).toEqual([])
    await form.getByTestId('terms-link-url').locator('input').fill('http://example.com/terms')
    await form.getByTestId('terms-review').click()
    await expect(form.getByTestId('terms-problem-linkInsecure')).toContainText('https://')
    await form.getByTestId('terms-link-url').locator('input').fill('https://example.com/terms')
    await form.getByTestId('terms-review').click()
    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-TermsName')).toContainText('terms-of-use')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(page.getByTestId('terms-links-terms-of-use')).toContainText('https://example.com/terms')
    await snap(page, 'terms')
    expect(await axeViolations(page, 'domain tab with a terms document')).toEqual([])
    expect(docs[0]?.Links).toEqual({ 'cognito:default': 'https://example.com/terms' })

    // A changed link is previewed old -> new, and UpdateTerms carries the new one.
    await page.getByTestId('terms-edit-terms-of-use').click()
    await form.getByTestId('terms-link-url').locator('input').fill('https://example.com/terms-v2')
    await form.getByTestId('terms-review').click()
    await expect(preview).toContainText('https://example.com/terms')
    await expect(preview).toContainText('https://example.com/terms-v2')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(page.getByTestId('terms-links-terms-of-use')).toContainText('https://example.com/terms-v2')
    expect(docs[0]?.Links).toEqual({ 'cognito:default': 'https://example.com/terms-v2' })

    // Deleting asks first; only the confirmed delete reaches Cognito.
    await page.getByTestId('terms-delete-terms-of-use').click()
    await page.getByTestId('dialog-confirm').click()
    await expect(page.getByTestId('terms-links-terms-of-use')).toBeHidden()
    expect(docs).toEqual([])
  } finally {
    stops.forEach((stop) => stop())
  }
})
