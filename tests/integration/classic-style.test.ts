import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type {
  GetUICustomizationCommandInput,
  GetUICustomizationCommandOutput,
  SetUICustomizationCommandInput,
  SetUICustomizationCommandOutput,
  UICustomizationType
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { MAX_CLASSIC_LOGO_BYTES } from '@shared/branding-rules'
import { createHarness, type Harness } from '../support/harness'
import { clientSettings, plainPool } from '../support/pool-input'
import { answerOperation } from '../support/sdk-answers'

/**
 * The classic hosted UI's style (logo and CSS) of a pool and of one client. moto 5.2.1 has neither
 * GetUICustomization nor SetUICustomization, so both are answered inside the connection's client
 * (SDK-typed, after the audit observer), keeping the styles as Cognito would: a client without its own
 * is answered with the pool's default. The pool and its client are moto's.
 */

const run = Date.now().toString(36)
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(300, 9)
])
const dir = mkdtempSync(join(tmpdir(), 'classic-style-'))
const file = (name: string, body: Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, body)
  return path
}

let h: Harness
let poolId: string
let clientId: string
let styles: Map<string, UICustomizationType>
let sent: SetUICustomizationCommandInput[]
let stops: (() => void)[] = []

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = h.ctx.connections.active().clients.idp
  stops = [
    answerOperation(idp, 'GetUICustomizationCommand', (input: GetUICustomizationCommandInput) => {
      const style = styles.get(input.ClientId ?? 'ALL') ?? styles.get('ALL')
      return {
        UICustomization: style ?? { UserPoolId: input.UserPoolId, ClientId: 'ALL' }
      } satisfies Omit<GetUICustomizationCommandOutput, '$metadata'>
    }),
    answerOperation(idp, 'SetUICustomizationCommand', (input: SetUICustomizationCommandInput) => {
      sent.push(input)
      const style: UICustomizationType = {
        UserPoolId: input.UserPoolId,
        ClientId: input.ClientId ?? 'ALL',
        CSS: input.CSS,
        ...(input.ImageFile ? { ImageUrl: `https://cdn.example.com/${input.ClientId}/logo.png` } : {}),
        LastModifiedDate: new Date()
      }
      styles.set(style.ClientId ?? 'ALL', style)
      return { UICustomization: style } satisfies Omit<SetUICustomizationCommandOutput, '$metadata'>
    })
  ]
  poolId = (await h.ok('pools', 'create', plainPool(`classic-${run}`))).id
  clientId = (await h.ok('appClients', 'create', { ...clientSettings('web'), poolId, generateSecret: false }))
    .clientId
})
beforeEach(() => {
  styles = new Map()
  sent = []
})
afterAll(() => {
  for (const stop of stops) stop()
  return h?.dispose()
})

async function pickLogo(path: string) {
  h.ctx.openFile = async () => path
  return h.ok('domains', 'pickBrandingAsset', { poolId, category: 'CLASSIC_LOGO' })
}

const CSS = '.banner-customizable { background-color: #0b3d91; }'

describe('the classic style', () => {
  it('is null before any is set, then the pool default is sent with its logo and read back', async () => {
    expect(await h.ok('domains', 'describeUiCustomization', { poolId, clientId: 'ALL' })).toEqual({
      style: null
    })
    const logo = await pickLogo(file('logo.png', PNG))
    expect(logo?.problems).toEqual([])
    const { style } = await h.ok('domains', 'setUiCustomization', {
      poolId,
      clientId: 'ALL',
      css: CSS,
      logoFileId: logo?.fileId ?? ''
    })
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ UserPoolId: poolId, ClientId: 'ALL', CSS })
    expect(Buffer.from(sent[0]?.ImageFile ?? []).equals(PNG)).toBe(true)
    expect(style).toMatchObject({ clientId: 'ALL', css: CSS, inherited: false })
    expect(style?.imageUrl).toContain('logo.png')
  })

  it('shows a client without its own style the pool default, marked inherited', async () => {
    await h.ok('domains', 'setUiCustomization', { poolId, clientId: 'ALL', css: CSS })
    const { style } = await h.ok('domains', 'describeUiCustomization', { poolId, clientId })
    expect(style).toMatchObject({ clientId: 'ALL', css: CSS, inherited: true })
    // Without a logo picked again, none is sent: Cognito replaces the style whole.
    expect(sent[0]?.ImageFile).toBeUndefined()
  })

  it('refuses a class Cognito does not take, @import, and a logo too large, sending nothing', async () => {
    const unknown = await h.call('domains', 'setUiCustomization', {
      poolId,
      clientId,
      css: '.my-header { color: red; }'
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(JSON.stringify(unknown)).toContain('cssUnknownClass')
    const imported = await h.call('domains', 'setUiCustomization', {
      poolId,
      clientId,
      css: '@import url(https://evil.example.com/x.css);'
    })
    expect(JSON.stringify(imported)).toContain('cssForbidden')
    const huge = await pickLogo(file('huge.png', Buffer.alloc(MAX_CLASSIC_LOGO_BYTES + 1)))
    expect(huge).toMatchObject({ problems: [{ code: 'assetTooLarge', max: MAX_CLASSIC_LOGO_BYTES }] })
    expect(huge?.fileId).toBeUndefined()
    const webp = await pickLogo(
      file(
        'logo.webp',
        Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBP'), Buffer.alloc(20)])
      )
    )
    expect(webp?.problems).toEqual([{ code: 'assetWrongType', extension: 'WEBP', allowed: 'PNG, JPEG' }])
    expect(sent).toEqual([])
  })

  it('is audited with the logo’s size, not its bytes', async () => {
    const logo = await pickLogo(file('audit.png', PNG))
    await h.ok('domains', 'setUiCustomization', {
      poolId,
      clientId,
      css: CSS,
      logoFileId: logo?.fileId ?? ''
    })
    const { entries } = await h.ok('audit', 'list', { operation: 'SetUICustomization' })
    const logged = JSON.stringify(entries[0]?.parameters)
    expect(logged).toContain(`(${PNG.byteLength} bytes)`)
    expect(logged).not.toContain(PNG.toString('base64').slice(0, 40))
  })
})
