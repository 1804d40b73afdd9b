import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  DescribeIdentityProviderCommand,
  type GetSigningCertificateRequest,
  type GetSigningCertificateResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { SAML_METADATA, serveOidcIssuer } from '../support/oidc-issuer'
import { clientSettings, plainPool } from '../support/pool-input'
import type { Harness } from '../support/harness'
import { answerOperation } from '../support/sdk-answers'
import { SIGNING_CERTIFICATE_BODY, SIGNING_CERTIFICATE_SHA256 } from '../support/signing-certificate'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)

/** A pool that requires email, with one app client, opened on its Identity providers tab. */
async function openProvidersTab(page: Page, harness: Harness, name: string): Promise<string> {
  const { id } = await harness.ok('pools', 'create', { ...plainPool(name), requiredAttributes: ['email'] })
  await harness.ok('appClients', 'create', { poolId: id, generateSecret: false, ...clientSettings('web') })
  await page.reload()
  await goTo(page, `#/pools/${id}/overview`)
  await page.getByTestId('tab-pool-identity-providers').click()
  await expect(page.getByTestId('pool-identity-providers')).toBeVisible()
  return id
}

async function mapAttribute(page: Page, index: number, attribute: string, claim: string): Promise<void> {
  await page.getByTestId('mapping-add').click()
  await page.getByTestId(`mapping-attribute-${index}`).click()
  await page.keyboard.type(attribute)
  await page.keyboard.press('Enter')
  await page.getByTestId(`mapping-claim-${index}`).locator('input').fill(claim)
}

test('configures a SAML and an OIDC provider with mappings, and offers one on an app client', async ({
  page,
  harness
}) => {
  const oidc = await serveOidcIssuer()
  try {
    const poolId = await openProvidersTab(page, harness, `e2e-idps-${run}`)

    // SAML from pasted metadata; the pool's required email must be mapped before it can be sent.
    await page.getByTestId('idp-create').click()
    const form = page.getByTestId('idp-form')
    await form.getByTestId('idp-name').locator('input').fill('Corp')
    await form.getByTestId('idp-saml-source-file').click()
    await form.getByTestId('idp-metadata-file').locator('textarea').fill('<html>not metadata</html>')
    await form.getByTestId('idp-review').click()
    await expect(form.getByTestId('idp-problem-samlNoEntityDescriptor')).toBeVisible()
    await expect(form.getByTestId('idp-problem-mappingRequiredMissing')).toContainText(
      'The pool requires email'
    )
    await form.getByTestId('idp-metadata-file').locator('textarea').fill(SAML_METADATA)
    await mapAttribute(page, 0, 'email', 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress')
    await form.getByTestId('idp-flag-signout').click()
    await expect(form.getByTestId('idp-problems')).toHaveCount(0)
    await form.getByTestId('idp-review').click()
    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-attributeMapping.email')).toContainText('emailaddress')
    await expect(preview.getByTestId('change-details.IDPSignout')).toContainText('true')
    await snap(page, 'identity-provider-preview')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(page.getByTestId('idp-detail')).toContainText('IDPSignout')
    await expect(page.getByTestId('idp-table')).toContainText('Corp')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('idp-detail')).toHaveCount(0)

    // OIDC: the issuer's discovery document is read and shown; the secret goes to main only.
    await page.getByTestId('idp-create').click()
    await form.getByTestId('idp-type-OIDC').click()
    await form.getByTestId('idp-name').locator('input').fill('Okta')
    await form.getByTestId('idp-issuer').locator('input').fill(`${oidc.origin}/nowhere`)
    await form.getByTestId('idp-discover').click()
    await expect(form.getByTestId('idp-discovery-error')).toContainText('has no usable discovery document')
    await form.getByTestId('idp-issuer').locator('input').fill(oidc.issuer)
    await form.getByTestId('idp-discover').click()
    await expect(form.getByTestId('idp-discovery')).toContainText(`${oidc.issuer}/token`)
    await form.getByTestId('idp-client_id').locator('input').fill('okta-client')
    await form.getByTestId('idp-client_secret').locator('input').fill('okta-secret-value')
    await mapAttribute(page, 0, 'email', 'email')
    await mapAttribute(page, 1, 'name', 'name')
    await form.getByTestId('idp-review').click()
    await expect(preview.getByTestId('change-details.client_secret')).toContainText('new secret, not shown')
    await expect(preview).not.toContainText('okta-secret-value')
    await preview.getByTestId('change-preview-confirm').click()
    const detail = page.getByTestId('idp-detail')
    await expect(detail).toContainText('client_secret: Set (not shown)')
    await expect(detail).not.toContainText('okta-secret-value')

    // Offer Okta on the client, through the same preview.
    await detail.getByTestId('idp-client-web').click()
    await expect(preview.getByTestId('change-SupportedIdentityProviders')).toContainText('COGNITO, Okta')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(detail.getByTestId('idp-client-web')).toHaveAttribute('aria-checked', 'true')
    await snap(page, 'identity-provider-detail')

    const { clients } = await harness.ok('appClients', 'list', { poolId })
    expect(clients[0]?.supportedIdentityProviders).toEqual(['COGNITO', 'Okta'])
    const { IdentityProvider } = await harness.ctx.connections
      .active()
      .clients.idp.send(new DescribeIdentityProviderCommand({ UserPoolId: poolId, ProviderName: 'Okta' }))
    expect(IdentityProvider?.ProviderDetails).toMatchObject({
      client_secret: 'okta-secret-value',
      oidc_issuer: oidc.issuer
    })
    expect(IdentityProvider?.AttributeMapping).toEqual({ email: 'email', name: 'name' })
  } finally {
    await oidc.close()
  }
})

test('the identity providers tab speaks Japanese', async ({ page, harness }) => {
  await harness.ok('settings', 'update', { language: 'ja' })
  await openProvidersTab(page, harness, `e2e-idps-ja-${run}`)
  await expect(page.getByTestId('pool-tabs')).toContainText('ID プロバイダー')
  await page.getByTestId('idp-create').click()
  const form = page.getByTestId('idp-form')
  await form.getByTestId('idp-review').click()
  await expect(form.getByTestId('idp-problem-mappingRequiredMissing')).toContainText(
    'プールは email を必須としています'
  )
  await expect(form.getByTestId('idp-problem-samlSource')).toContainText('どちらか一方')
  await snap(page, 'identity-providers-ja')
})

/** moto 5.2.1 has no GetSigningCertificate: answered in the connection's client with a real certificate. */
test('shows the pool’s SAML signing certificate with its fingerprint, and saves it as a .crt', async ({
  page,
  harness
}) => {
  const stop = answerOperation<GetSigningCertificateRequest, GetSigningCertificateResponse>(
    harness.ctx.connections.active().clients.idp,
    'GetSigningCertificateCommand',
    () => ({ Certificate: SIGNING_CERTIFICATE_BODY })
  )
  try {
    const poolId = await openProvidersTab(page, harness, `e2e-idp-cert-${run}`)
    await page.getByTestId('idp-certificate-open').click()
    const dialog = page.getByTestId('idp-certificate')
    await expect(dialog.getByTestId('idp-certificate-details')).toContainText(SIGNING_CERTIFICATE_SHA256)
    await expect(dialog.getByTestId('idp-certificate-details')).toContainText('CN=cognito-test-signing')
    await expect(dialog.getByTestId('idp-certificate-pem')).toContainText('-----BEGIN CERTIFICATE-----')
    await snap(page, 'idp-signing-certificate')
    const dir = mkdtempSync(join(tmpdir(), 'e2e-cert-'))
    harness.ctx.saveFile = async ({ defaultName }) => join(dir, defaultName)
    await dialog.getByTestId('idp-certificate-save').click()
    await expect(page.getByText('Signing certificate saved to')).toBeVisible()
    expect(readFileSync(join(dir, `${poolId}-signing.crt`), 'utf8')).toContain('-----END CERTIFICATE-----')
  } finally {
    stop()
  }
})
