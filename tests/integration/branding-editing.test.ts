import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  ResourceNotFoundException,
  type DescribeManagedLoginBrandingByClientCommandInput,
  type DescribeManagedLoginBrandingByClientCommandOutput,
  type ManagedLoginBrandingType,
  type UpdateManagedLoginBrandingCommandInput,
  type UpdateManagedLoginBrandingCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { MAX_ASSET_BYTES, type AssetCategory } from '@shared/branding-rules'
import { createHarness, type Harness } from '../support/harness'
import { clientSettings, plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

/**
 * Editing a client's branding style: settings, images picked in main, replaced and removed.
 * moto 5.2.1 has no managed login branding, so DescribeManagedLoginBrandingByClient and
 * UpdateManagedLoginBranding are answered inside the connection's client (SDK-typed, after the audit
 * observer), keeping one style as Cognito would. The pool and its client are moto's.
 */

const run = Date.now().toString(36)
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7)
])
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')
const dir = mkdtempSync(join(tmpdir(), 'branding-'))
const file = (name: string, body: Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, body)
  return path
}

let h: Harness
let poolId: string
let clientId: string
let style: ManagedLoginBrandingType
let sent: UpdateManagedLoginBrandingCommandInput[] = []
let stops: (() => void)[] = []

function startStyle(): void {
  style = {
    ManagedLoginBrandingId: 'brand-1',
    UseCognitoProvidedValues: false,
    Settings: { components: { pageBackground: { lightMode: { color: 'f5f5f5ff' } } } },
    Assets: [{ Category: 'PAGE_HEADER_LOGO', ColorMode: 'LIGHT', Extension: 'SVG', Bytes: SVG }]
  }
  sent = []
}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = h.ctx.connections.active().clients.idp
  stops = [
    answerOperation(
      idp,
      'DescribeManagedLoginBrandingByClientCommand',
      (input: DescribeManagedLoginBrandingByClientCommandInput) => {
        if (input.ClientId !== clientId)
          throw new ResourceNotFoundException({ message: 'No branding for this client.', $metadata: {} })
        return { ManagedLoginBranding: style } satisfies Omit<
          DescribeManagedLoginBrandingByClientCommandOutput,
          '$metadata'
        >
      }
    ),
    answerOperation(
      idp,
      'UpdateManagedLoginBrandingCommand',
      (input: UpdateManagedLoginBrandingCommandInput) => {
        sent.push(input)
        const { UserPoolId: _pool, ...rest } = input
        style = input.UseCognitoProvidedValues
          ? { ManagedLoginBrandingId: style.ManagedLoginBrandingId, UseCognitoProvidedValues: true }
          : { ...style, ...rest }
        return { ManagedLoginBranding: style } satisfies Omit<
          UpdateManagedLoginBrandingCommandOutput,
          '$metadata'
        >
      }
    )
  ]
  poolId = (await h.ok('pools', 'create', plainPool(`branding-${run}`))).id
  clientId = (await h.ok('appClients', 'create', { ...clientSettings('web'), poolId, generateSecret: false }))
    .clientId
})
beforeEach(startStyle)
afterAll(() => {
  for (const stop of stops) stop()
  return h?.dispose()
})

async function pick(category: AssetCategory, path: string) {
  h.ctx.openFile = async () => path
  return h.ok('domains', 'pickBrandingAsset', { poolId, category })
}

const edit = { brandingId: 'brand-1', useCognitoProvidedValues: false, put: [], remove: [] }

describe('picking an image', () => {
  it('refuses a file over Cognito’s size limit from its size, before anything is sent', async () => {
    const picked = await pick('PAGE_BACKGROUND', file('huge.png', Buffer.alloc(MAX_ASSET_BYTES + 1)))
    expect(picked).toEqual({
      name: 'huge.png',
      bytes: MAX_ASSET_BYTES + 1,
      problems: [{ code: 'assetTooLarge', bytes: MAX_ASSET_BYTES + 1, max: MAX_ASSET_BYTES }]
    })
    expect(sent).toEqual([])
  })

  it('refuses a type the category does not take, judged by the file’s bytes not its name', async () => {
    const picked = await pick('FAVICON_ICO', file('favicon.ico', PNG))
    expect(picked?.problems).toEqual([{ code: 'assetWrongType', extension: 'PNG', allowed: 'ICO' }])
    expect(picked?.fileId).toBeUndefined()
  })

  it('is null when the dialog is closed', async () => {
    h.ctx.openFile = async () => null
    expect(await h.ok('domains', 'pickBrandingAsset', { poolId, category: 'FORM_LOGO' })).toBeNull()
  })
})

describe('saving an edit', () => {
  it('replaces one slot, keeps the others with their bytes, and sends the new settings', async () => {
    const background = await pick('PAGE_BACKGROUND', file('bg.png', PNG))
    const logo = await pick('PAGE_HEADER_LOGO', file('logo.png', PNG))
    const settings = { components: { pageBackground: { lightMode: { color: '000000ff' } } } }
    const { branding } = await h.ok('domains', 'updateBranding', {
      ...edit,
      poolId,
      clientId,
      settings: JSON.stringify(settings),
      put: [
        { category: 'PAGE_BACKGROUND', colorMode: 'DYNAMIC', fileId: background?.fileId ?? '' },
        { category: 'PAGE_HEADER_LOGO', colorMode: 'LIGHT', fileId: logo?.fileId ?? '' }
      ]
    })
    expect(sent).toHaveLength(1)
    expect(sent[0]?.Settings).toEqual(settings)
    expect(sent[0]?.UseCognitoProvidedValues).toBe(false)
    expect(
      sent[0]?.Assets?.map((a) => [
        a.Category,
        a.ColorMode,
        a.Extension,
        Buffer.from(a.Bytes ?? []).equals(PNG)
      ])
    ).toEqual([
      ['PAGE_BACKGROUND', 'DYNAMIC', 'PNG', true],
      ['PAGE_HEADER_LOGO', 'LIGHT', 'PNG', true]
    ])
    expect(branding.assets).toHaveLength(2)
  })

  it('removes an image and keeps the current settings when none are given', async () => {
    await h.ok('domains', 'updateBranding', {
      ...edit,
      poolId,
      clientId,
      remove: [{ category: 'PAGE_HEADER_LOGO', colorMode: 'LIGHT' }]
    })
    expect(sent[0]?.Assets).toEqual([])
    expect(sent[0]?.Settings).toEqual({
      components: { pageBackground: { lightMode: { color: 'f5f5f5ff' } } }
    })
  })

  it('keeps an image the other colour mode of the same place', async () => {
    const dark = await pick('PAGE_HEADER_LOGO', file('dark.png', PNG))
    await h.ok('domains', 'updateBranding', {
      ...edit,
      poolId,
      clientId,
      put: [{ category: 'PAGE_HEADER_LOGO', colorMode: 'DARK', fileId: dark?.fileId ?? '' }]
    })
    expect(sent[0]?.Assets?.map((a) => `${a.Category}.${a.ColorMode}.${a.Extension}`)).toEqual([
      'PAGE_HEADER_LOGO.LIGHT.SVG',
      'PAGE_HEADER_LOGO.DARK.PNG'
    ])
  })

  it('goes back to Cognito’s defaults with nothing else in the request', async () => {
    const { branding } = await h.ok('domains', 'updateBranding', {
      ...edit,
      poolId,
      clientId,
      useCognitoProvidedValues: true
    })
    expect(sent).toEqual([
      { UserPoolId: poolId, ManagedLoginBrandingId: 'brand-1', UseCognitoProvidedValues: true }
    ])
    expect(branding).toMatchObject({ useCognitoProvidedValues: true, assets: [] })
  })

  it('refuses settings that are not a JSON object, and a file id it does not hold, sending nothing', async () => {
    const bad = await h.call('domains', 'updateBranding', { ...edit, poolId, clientId, settings: '[1, 2]' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(JSON.stringify(bad)).toContain('settingsNotObject')
    const stale = await h.call('domains', 'updateBranding', {
      ...edit,
      poolId,
      clientId,
      put: [{ category: 'FORM_LOGO', colorMode: 'LIGHT', fileId: 'not-held' }]
    })
    expect(stale).toMatchObject({ ok: false, error: { code: 'PRECONDITION' } })
    expect(sent).toEqual([])
  })

  it('writes the images’ sizes, not their bytes, to the audit log', async () => {
    const logo = await pick('FORM_LOGO', file('form.png', PNG))
    await h.ok('domains', 'updateBranding', {
      ...edit,
      poolId,
      clientId,
      put: [{ category: 'FORM_LOGO', colorMode: 'LIGHT', fileId: logo?.fileId ?? '' }]
    })
    const { entries } = await h.ok('audit', 'list', { operation: 'UpdateManagedLoginBranding' })
    const logged = JSON.stringify(entries[0]?.parameters)
    expect(logged).toContain(`(${PNG.byteLength} bytes)`)
    expect(logged).not.toContain(PNG.toString('base64').slice(0, 40))
  })
})
