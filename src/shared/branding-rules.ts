import { fieldChanges, type FieldChange } from './change-preview'

/**
 * Rules for a managed login branding style (settings document and image assets), run by the editor
 * before review and by main before UpdateManagedLoginBranding. Reason codes with parameters; the
 * renderer words them. Values from the SDK's AssetType and Cognito's API reference.
 */

export const ASSET_CATEGORIES = [
  'PAGE_HEADER_LOGO',
  'PAGE_HEADER_BACKGROUND',
  'PAGE_FOOTER_LOGO',
  'PAGE_FOOTER_BACKGROUND',
  'PAGE_BACKGROUND',
  'FORM_LOGO',
  'FORM_BACKGROUND',
  'FAVICON_ICO',
  'FAVICON_SVG',
  'IDP_BUTTON_ICON',
  'EMAIL_GRAPHIC',
  'SMS_GRAPHIC',
  'AUTH_APP_GRAPHIC',
  'PASSWORD_GRAPHIC',
  'PASSKEY_GRAPHIC'
] as const
export type AssetCategory = (typeof ASSET_CATEGORIES)[number]

export const ASSET_COLOR_MODES = ['LIGHT', 'DARK', 'DYNAMIC'] as const
export type AssetColorMode = (typeof ASSET_COLOR_MODES)[number]

export type AssetExtension = 'ICO' | 'JPEG' | 'PNG' | 'SVG' | 'WEBP'

/** Cognito caps an asset's base64 text at 1,000,000 characters: 750,000 bytes of file. */
export const MAX_ASSET_BYTES = 750_000
/** A style holds at most 40 assets. */
export const MAX_ASSETS = 40
/** Create/UpdateManagedLoginBranding refuse a request over 2 MB (settings and base64 assets). */
export const MAX_REQUEST_BYTES = 2_000_000

/** Where a picked image goes: a managed login asset category, or the classic hosted UI's logo. */
export const IMAGE_SLOTS = [...ASSET_CATEGORIES, 'CLASSIC_LOGO'] as const
export type ImageSlot = (typeof IMAGE_SLOTS)[number]

/**
 * The classic hosted UI's logo: Cognito's guide caps it at 100 KB (130 KB once base64-encoded, inside
 * SetUICustomization's 135 KB request).
 */
export const MAX_CLASSIC_LOGO_BYTES = 100_000

/** The file types Cognito takes for a slot: a favicon has its own type, the classic logo PNG or JPEG. */
export function allowedExtensions(slot: ImageSlot): readonly AssetExtension[] {
  if (slot === 'FAVICON_ICO') return ['ICO']
  if (slot === 'FAVICON_SVG') return ['SVG']
  if (slot === 'CLASSIC_LOGO') return ['PNG', 'JPEG']
  return ['PNG', 'JPEG', 'SVG', 'WEBP']
}

const maxBytes = (slot: ImageSlot) => (slot === 'CLASSIC_LOGO' ? MAX_CLASSIC_LOGO_BYTES : MAX_ASSET_BYTES)

/** The file's type from its first bytes (a renamed file keeps its real type), or null. */
export function sniffExtension(bytes: Uint8Array): AssetExtension | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b)
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'PNG'
  if (starts(0xff, 0xd8, 0xff)) return 'JPEG'
  if (starts(0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP')
    return 'WEBP'
  if (starts(0x00, 0x00, 0x01, 0x00)) return 'ICO'
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).trimStart().toLowerCase()
  if (
    (head.startsWith('<?xml') || head.startsWith('<svg') || head.startsWith('<!--')) &&
    head.includes('<svg')
  )
    return 'SVG'
  return null
}

export type AssetProblem =
  | { code: 'assetEmpty' }
  | { code: 'assetTooLarge'; bytes: number; max: number }
  | { code: 'assetUnknownType' }
  | { code: 'assetWrongType'; extension: string; allowed: string }

/** What is wrong with a file for a slot; checks the size first so a huge file is not sniffed. */
export function assetFileProblems(slot: ImageSlot, size: number, head?: Uint8Array): AssetProblem[] {
  if (size === 0) return [{ code: 'assetEmpty' }]
  const max = maxBytes(slot)
  if (size > max) return [{ code: 'assetTooLarge', bytes: size, max }]
  if (!head) return []
  const extension = sniffExtension(head)
  if (!extension) return [{ code: 'assetUnknownType' }]
  const allowed = allowedExtensions(slot)
  return allowed.includes(extension)
    ? []
    : [{ code: 'assetWrongType', extension, allowed: allowed.join(', ') }]
}

export type BrandingSettingsProblem =
  | { code: 'settingsJson'; detail: string }
  | { code: 'settingsNotObject' }
  | { code: 'styleTooLarge'; bytes: number; max: number }
  | { code: 'tooManyAssets'; count: number; max: number }

/** The settings document typed in the editor: a JSON object, or the reason it is not one. */
export function parseBrandingSettings(
  text: string
): { settings: Record<string, unknown> } | { problem: BrandingSettingsProblem } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return {
      problem: { code: 'settingsJson', detail: error instanceof Error ? error.message : String(error) }
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return { problem: { code: 'settingsNotObject' } }
  return { settings: value as Record<string, unknown> }
}

/** The size of a whole style as sent: its settings' JSON and each asset as base64. */
export function styleProblems(
  settingsJson: string,
  assetSizes: readonly number[]
): BrandingSettingsProblem[] {
  const problems: BrandingSettingsProblem[] = []
  if (assetSizes.length > MAX_ASSETS)
    problems.push({ code: 'tooManyAssets', count: assetSizes.length, max: MAX_ASSETS })
  const bytes =
    new TextEncoder().encode(settingsJson).byteLength +
    assetSizes.reduce((sum, size) => sum + Math.ceil(size / 3) * 4, 0)
  if (bytes > MAX_REQUEST_BYTES) problems.push({ code: 'styleTooLarge', bytes, max: MAX_REQUEST_BYTES })
  return problems
}

/** One asset slot of a style: a category in a colour mode. */
export const assetSlot = (a: { category: string; colorMode: string }) => `${a.category}.${a.colorMode}`

export interface AssetSummary {
  category: string
  colorMode: string
  extension: string
  bytes: number
}

/** An asset as the preview names it: its type and size, and the file it comes from when new. */
function assetText(a: AssetSummary & { name?: string }): string {
  const size = `${a.extension}, ${Math.ceil(a.bytes / 1024)} KB`
  return a.name ? `${a.name} (${size})` : size
}

/**
 * What an edit changes, old -> new: settings field by field, then each asset slot added, replaced or
 * removed. Resetting to Cognito's values shows every setting and asset going.
 */
export function brandingChanges(
  before: { settings: unknown; assets: readonly AssetSummary[]; useCognitoProvidedValues: boolean },
  after: {
    useCognitoProvidedValues: boolean
    settings?: unknown
    put: readonly (AssetSummary & { name: string })[]
    remove: readonly { category: string; colorMode: string }[]
  }
): FieldChange[] {
  if (after.useCognitoProvidedValues) {
    return [
      ...(before.useCognitoProvidedValues
        ? []
        : [{ field: 'UseCognitoProvidedValues', before: 'false', after: 'true' }]),
      ...fieldChanges({ Settings: before.settings }, {}),
      ...before.assets.map((a) => ({ field: `Assets.${assetSlot(a)}`, before: assetText(a), after: null }))
    ]
  }
  const changes = fieldChanges(
    { Settings: before.settings },
    { Settings: after.settings === undefined ? before.settings : after.settings }
  )
  const old = new Map(before.assets.map((a) => [assetSlot(a), a]))
  for (const a of after.put) {
    const previous = old.get(assetSlot(a))
    changes.push({
      field: `Assets.${assetSlot(a)}`,
      before: previous ? assetText(previous) : null,
      after: assetText(a)
    })
  }
  for (const slot of after.remove.map(assetSlot)) {
    const previous = old.get(slot)
    if (previous && !after.put.some((a) => assetSlot(a) === slot))
      changes.push({ field: `Assets.${slot}`, before: assetText(previous), after: null })
  }
  return changes
}
