import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  ResourceNotFoundException,
  type CreateManagedLoginBrandingRequest,
  type CreateManagedLoginBrandingResponse,
  type DeleteManagedLoginBrandingRequest,
  type DescribeManagedLoginBrandingByClientRequest,
  type DescribeManagedLoginBrandingByClientResponse,
  type ManagedLoginBrandingType,
  type UpdateManagedLoginBrandingRequest,
  type UpdateManagedLoginBrandingResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { MAX_ASSET_BYTES } from '../../src/shared/branding-rules'
import type { Harness } from '../support/harness'
import { clientSettings, plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'
import { axeViolations } from './axe'
import { expect, goTo, snap, test } from './fixtures'

const run = Date.now().toString(36)
const dir = mkdtempSync(join(tmpdir(), 'e2e-branding-'))
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 1)
])

/**
 * moto 5.2.1 has no managed login branding: its operations are answered inside the connection's own
 * client (after the audit observer, so the audit scan sees the writes), SDK-typed, keeping each style
 * as Cognito would; the pool, client and domain are moto's. Returns what UpdateManagedLoginBranding got.
 */
function answerBranding(harness: Harness): { sent: UpdateManagedLoginBrandingRequest[]; stop: () => void } {
  const idp = harness.ctx.connections.active().clients.idp
  const styles = new Map<string, ManagedLoginBrandingType>()
  const sent: UpdateManagedLoginBrandingRequest[] = []
  const removers = [
    answerOperation<
      DescribeManagedLoginBrandingByClientRequest,
      DescribeManagedLoginBrandingByClientResponse
    >(idp, 'DescribeManagedLoginBrandingByClientCommand', (input) => {
      const style = styles.get(input.ClientId ?? '')
      if (!style) throw new ResourceNotFoundException({ message: 'No branding.', $metadata: {} })
      return { ManagedLoginBranding: style }
    }),
    answerOperation<CreateManagedLoginBrandingRequest, CreateManagedLoginBrandingResponse>(
      idp,
      'CreateManagedLoginBrandingCommand',
      (input) => {
        const style: ManagedLoginBrandingType = {
          ManagedLoginBrandingId: `brand-${run}-${styles.size}`,
          UseCognitoProvidedValues: false,
          Settings: { components: { form: { borderRadius: 8 } } },
          Assets: []
        }
        styles.set(input.ClientId ?? '', style)
        return { ManagedLoginBranding: style }
      }
    ),
    answerOperation<UpdateManagedLoginBrandingRequest, UpdateManagedLoginBrandingResponse>(
      idp,
      'UpdateManagedLoginBrandingCommand',
      (input) => {
        sent.push(input)
        const [clientId, style] =
          [...styles.entries()].find(([, s]) => s.ManagedLoginBrandingId === input.ManagedLoginBrandingId) ??
          []
        if (!clientId || !style) throw new ResourceNotFoundException({ message: 'No style.', $metadata: {} })
        const { UserPoolId: _pool, ...rest } = input
        styles.set(clientId, { ...style, ...rest })
        return { ManagedLoginBranding: styles.get(clientId) }
      }
    ),
    // The SDK names no output type for DeleteManagedLoginBranding: Cognito answers an empty body.
    answerOperation<DeleteManagedLoginBrandingRequest, Record<string, never>>(
      idp,
      'DeleteManagedLoginBrandingCommand',
      (input) => {
        const [clientId] =
          [...styles.entries()].find(([, s]) => s.ManagedLoginBrandingId === input.ManagedLoginBrandingId) ??
          []
        if (!clientId) throw new ResourceNotFoundException({ message: 'No style.', $metadata: {} })
        styles.delete(clientId)
        return {}
      }
    )
  ]
  return { sent, stop: () => removers.forEach((remove) => remove()) }
}

/** A pool with a domain and a client that has a style; the domain tab open. */
async function openBranding(page: Page, harness: Harness, name: string): Promise<void> {
  const { id } = await harness.ok('pools', 'create', plainPool(name))
  const client = await harness.ok('appClients', 'create', {
    poolId: id,
    generateSecret: false,
    ...clientSettings('web')
  })
  await harness.ok('domains', 'create', {
    poolId: id,
    kind: 'prefix',
    domain: `brand-${name}`,
    managedLoginVersion: 2
  })
  await harness.ok('domains', 'createBranding', { poolId: id, clientId: client.clientId })
  await page.reload()
  await goTo(page, `#/pools/${id}/overview`)
  await page.getByTestId('tab-pool-domain').click()
  await expect(page.getByTestId('branding-edit-web')).toBeVisible()
}

function pick(harness: Harness, name: string, body: Buffer): void {
  const path = join(dir, name)
  writeFileSync(path, body)
  harness.ctx.openFile = async () => path
}

test('edits a branding style: a setting and a logo, previewed old -> new, sent whole', async ({
  page,
  harness
}) => {
  const branding = answerBranding(harness)
  try {
    await openBranding(page, harness, `e2e-brand-${run}`)
    // The accessibility scan's demo pool has no domain: the branding section and editor are scanned here.
    expect(await axeViolations(page, 'domain tab with branding')).toEqual([])
    await page.getByTestId('branding-edit-web').click()
    const editor = page.getByTestId('branding-editor')
    expect(await axeViolations(page, 'branding editor', '[role="dialog"]')).toEqual([])

    // A file over Cognito's limit is refused from its size, before anything is sent.
    pick(harness, 'huge.png', Buffer.alloc(MAX_ASSET_BYTES + 1))
    await editor.getByTestId('branding-asset-pick').click()
    await expect(editor.getByTestId('branding-pick-problem-assetTooLarge')).toContainText('at most 750,000')

    pick(harness, 'logo.png', PNG)
    await editor.getByTestId('branding-asset-pick').click()
    await expect(editor.getByTestId('branding-new-PAGE_HEADER_LOGO.LIGHT')).toContainText('logo.png')

    const settings = editor.getByTestId('branding-settings').locator('textarea')
    await settings.fill('[]')
    await editor.getByTestId('branding-review').click()
    await expect(editor.getByTestId('branding-problem-settingsNotObject')).toBeVisible()
    await settings.fill('{ "components": { "form": { "borderRadius": 4 } } }')
    await editor.getByTestId('branding-review').click()

    const preview = page.getByTestId('change-preview')
    await expect(preview.getByTestId('change-Settings.components.form.borderRadius')).toContainText('8')
    await expect(preview.getByTestId('change-Assets.PAGE_HEADER_LOGO.LIGHT')).toContainText('logo.png (PNG')
    await snap(page, 'branding-editor-preview')
    await preview.getByTestId('change-preview-confirm').click()
    await expect(page.getByTestId('branding-style-web')).toContainText('1 image(s)')

    expect(branding.sent).toHaveLength(1)
    expect(branding.sent[0]?.Settings).toEqual({ components: { form: { borderRadius: 4 } } })
    expect(branding.sent[0]?.Assets?.map((a) => [a.Category, a.ColorMode, a.Extension])).toEqual([
      ['PAGE_HEADER_LOGO', 'LIGHT', 'PNG']
    ])
  } finally {
    branding.stop()
  }
})

test('the branding editor speaks Japanese', async ({ page, harness }) => {
  const branding = answerBranding(harness)
  try {
    await harness.ok('settings', 'update', { language: 'ja' })
    await openBranding(page, harness, `e2e-brand-ja-${run}`)
    await page.getByTestId('branding-edit-web').click()
    const editor = page.getByTestId('branding-editor')
    await expect(editor).toContainText('画像を選択')
    pick(harness, 'favicon.ico', PNG)
    await editor.getByTestId('branding-asset-category').click()
    await page.keyboard.type('ICO')
    await page.locator('.n-base-select-option', { hasText: 'ファビコン (ICO)' }).click()
    await editor.getByTestId('branding-asset-pick').click()
    await expect(editor.getByTestId('branding-pick-problem-assetWrongType')).toContainText(
      'ファイルは PNG です'
    )
    await snap(page, 'branding-editor-ja')
    expect(await axeViolations(page, 'branding editor (ja)', '[role="dialog"]')).toEqual([])
    expect(branding.sent).toEqual([])
  } finally {
    branding.stop()
  }
})

test('removing a branding style asks first: cancel keeps it, confirm removes it', async ({
  page,
  harness
}) => {
  const branding = answerBranding(harness)
  try {
    await openBranding(page, harness, `e2e-brand-rm-${run}`)
    await page.getByTestId('branding-delete-web').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toContainText('Remove the branding style of web')
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('branding-style-web')).toContainText('Custom settings')

    await page.getByTestId('branding-delete-web').click()
    await page.getByTestId('dialog-confirm').click()
    await expect(page.getByTestId('branding-style-web')).toContainText('None')
    await expect(page.getByTestId('branding-create-web')).toBeVisible()
  } finally {
    branding.stop()
  }
})
