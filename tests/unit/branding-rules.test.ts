import { describe, expect, it } from 'vitest'
import {
  assetFileProblems,
  brandingChanges,
  MAX_ASSET_BYTES,
  MAX_REQUEST_BYTES,
  parseBrandingSettings,
  sniffExtension,
  styleProblems
} from '@shared/branding-rules'

const bytes = (...b: number[]) => new Uint8Array([...b, ...new Array<number>(16).fill(0)])
const text = (s: string) => new TextEncoder().encode(s)

describe('sniffExtension', () => {
  it('names each type Cognito takes from its first bytes', () => {
    expect(sniffExtension(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('PNG')
    expect(sniffExtension(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('JPEG')
    expect(sniffExtension(text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('WEBP')
    expect(sniffExtension(bytes(0, 0, 1, 0, 1, 0))).toBe('ICO')
    expect(sniffExtension(text('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe(
      'SVG'
    )
  })

  it('knows no other type, even an XML file that is not an SVG', () => {
    expect(sniffExtension(text('GIF89a'))).toBeNull()
    expect(sniffExtension(text('<?xml version="1.0"?><html/>'))).toBeNull()
  })
})

describe('assetFileProblems', () => {
  it('refuses a file over the limit from its size alone, and accepts one at the limit', () => {
    expect(assetFileProblems('FORM_LOGO', MAX_ASSET_BYTES + 1)).toEqual([
      { code: 'assetTooLarge', bytes: MAX_ASSET_BYTES + 1, max: MAX_ASSET_BYTES }
    ])
    expect(assetFileProblems('FORM_LOGO', MAX_ASSET_BYTES)).toEqual([])
    expect(assetFileProblems('FORM_LOGO', 0)).toEqual([{ code: 'assetEmpty' }])
  })

  it('holds the favicons to their own types and the other places to images', () => {
    const svg = text('<svg/>')
    expect(assetFileProblems('FAVICON_SVG', svg.byteLength, svg)).toEqual([])
    expect(assetFileProblems('FAVICON_ICO', svg.byteLength, svg)).toEqual([
      { code: 'assetWrongType', extension: 'SVG', allowed: 'ICO' }
    ])
    const ico = bytes(0, 0, 1, 0)
    expect(assetFileProblems('PAGE_BACKGROUND', ico.byteLength, ico)).toEqual([
      { code: 'assetWrongType', extension: 'ICO', allowed: 'PNG, JPEG, SVG, WEBP' }
    ])
    expect(assetFileProblems('PAGE_BACKGROUND', 6, text('GIF89a'))).toEqual([{ code: 'assetUnknownType' }])
  })
})

describe('settings and the whole style', () => {
  it('takes a JSON object and words what else is wrong', () => {
    expect(parseBrandingSettings('{"components":{}}')).toEqual({ settings: { components: {} } })
    expect(parseBrandingSettings('[]')).toEqual({ problem: { code: 'settingsNotObject' } })
    expect(parseBrandingSettings('{oops')).toMatchObject({ problem: { code: 'settingsJson' } })
  })

  it('counts images as base64 against the 2 MB request and refuses a 41st image', () => {
    expect(styleProblems('{}', [MAX_ASSET_BYTES, MAX_ASSET_BYTES / 2])).toEqual([])
    expect(styleProblems('{}', [MAX_ASSET_BYTES, MAX_ASSET_BYTES, MAX_ASSET_BYTES])).toEqual([
      { code: 'styleTooLarge', bytes: 2 + 3 * 1_000_000, max: MAX_REQUEST_BYTES }
    ])
    expect(styleProblems('{}', new Array<number>(41).fill(10))).toEqual([
      { code: 'tooManyAssets', count: 41, max: 40 }
    ])
  })
})

describe('brandingChanges', () => {
  const before = {
    useCognitoProvidedValues: false,
    settings: { components: { form: { borderRadius: 8 } } },
    assets: [
      { category: 'PAGE_HEADER_LOGO', colorMode: 'LIGHT', extension: 'SVG', bytes: 2048 },
      { category: 'FORM_LOGO', colorMode: 'DARK', extension: 'PNG', bytes: 1000 }
    ]
  }

  it('lists settings changed, a slot replaced, one added and one removed', () => {
    const changes = brandingChanges(before, {
      useCognitoProvidedValues: false,
      settings: { components: { form: { borderRadius: 4 } } },
      put: [
        { category: 'PAGE_HEADER_LOGO', colorMode: 'LIGHT', extension: 'PNG', bytes: 4096, name: 'logo.png' },
        { category: 'PAGE_BACKGROUND', colorMode: 'DYNAMIC', extension: 'WEBP', bytes: 10, name: 'bg.webp' }
      ],
      remove: [{ category: 'FORM_LOGO', colorMode: 'DARK' }]
    })
    expect(changes).toEqual([
      { field: 'Settings.components.form.borderRadius', before: '8', after: '4' },
      { field: 'Assets.PAGE_HEADER_LOGO.LIGHT', before: 'SVG, 2 KB', after: 'logo.png (PNG, 4 KB)' },
      { field: 'Assets.PAGE_BACKGROUND.DYNAMIC', before: null, after: 'bg.webp (WEBP, 1 KB)' },
      { field: 'Assets.FORM_LOGO.DARK', before: 'PNG, 1 KB', after: null }
    ])
  })

  it('shows a reset dropping every setting and image', () => {
    const changes = brandingChanges(before, { useCognitoProvidedValues: true, put: [], remove: [] })
    expect(changes.map((c) => [c.field, c.after])).toEqual([
      ['UseCognitoProvidedValues', 'true'],
      ['Settings.components.form.borderRadius', null],
      ['Assets.PAGE_HEADER_LOGO.LIGHT', null],
      ['Assets.FORM_LOGO.DARK', null]
    ])
  })
})
