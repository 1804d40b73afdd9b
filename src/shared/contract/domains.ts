import { z } from 'zod'
import { command, query } from './define'
import { clientIdSchema, strict, text, userPoolIdSchema } from '../schemas'
import {
  ASSET_CATEGORIES,
  ASSET_COLOR_MODES,
  IMAGE_SLOTS,
  MAX_ASSETS,
  MAX_REQUEST_BYTES,
  type AssetProblem
} from '../branding-rules'
import { MAX_CLASSIC_CSS_CHARACTERS } from '../classic-branding-rules'

/** A user pool's domain as the screens show it; `domain` is null when the pool has none. */
export interface DomainDetail {
  poolId: string
  domain: string | null
  kind?: 'prefix' | 'custom'
  status?: string
  /** The host a custom domain's DNS CNAME (or alias) record points to. */
  cloudFrontTarget?: string
  certificateArn?: string
  /** 1: the classic hosted UI; 2: managed login with branding. */
  managedLoginVersion?: number
  /** Where the sign-in pages are served: https://prefix.auth.REGION.amazoncognito.com or https://custom. */
  baseUrl?: string
}

/** A client's managed login branding style: Cognito's defaults or its own settings and assets. */
export interface BrandingDetail {
  brandingId: string
  useCognitoProvidedValues: boolean
  /** The settings document (colours, layout, fonts) as Cognito returns it. */
  settings: unknown
  assets: { category: string; colorMode: string; extension: string; bytes: number }[]
  lastModifiedDate?: string
}

/** An image file chosen for a style, read and checked in main; `fileId` only when it has no problems. */
export interface PickedBrandingAsset {
  fileId?: string
  name: string
  bytes: number
  extension?: string
  problems: AssetProblem[]
}

/**
 * The classic hosted UI's style for one scope: `ALL` (the pool's default) or an app client. A client
 * without its own style shows the default's, with `inherited` set.
 */
export interface ClassicStyle {
  clientId: string
  css: string
  /** Where Cognito serves the logo; absent when the style has none. */
  imageUrl?: string
  inherited: boolean
  lastModifiedDate?: string
}

/** `ALL` (every client without its own style) or one app client. */
const classicScope = z.union([z.literal('ALL'), clientIdSchema])

/** A classic style as SetUICustomization takes it: CSS and logo together, a logo left out is removed. */
export const classicStyleSchema = strict({
  poolId: userPoolIdSchema,
  clientId: classicScope,
  css: text(MAX_CLASSIC_CSS_CHARACTERS),
  /** A logo picked with pickBrandingAsset for CLASSIC_LOGO. */
  logoFileId: text(64, 1).optional()
})
export type ClassicStyleSettings = z.infer<typeof classicStyleSchema>

const assetSlotSchema = strict({ category: z.enum(ASSET_CATEGORIES), colorMode: z.enum(ASSET_COLOR_MODES) })

/** An edit of a style: back to Cognito's values, or new settings and assets put in or taken out. */
export const brandingEditSchema = strict({
  poolId: userPoolIdSchema,
  clientId: clientIdSchema,
  brandingId: text(128, 1),
  useCognitoProvidedValues: z.boolean(),
  /** The settings document as JSON text; left out keeps the current settings. */
  settings: text(MAX_REQUEST_BYTES).optional(),
  put: z.array(assetSlotSchema.extend({ fileId: text(64, 1) })).max(MAX_ASSETS),
  remove: z.array(assetSlotSchema).max(MAX_ASSETS)
})
export type BrandingEdit = z.infer<typeof brandingEditSchema>

const managedLoginVersion = z.union([z.literal(1), z.literal(2)])

/** Shapes only: prefix, FQDN and certificate rules are in domain-rules and run in main. */
export const domainSettingsSchema = strict({
  poolId: userPoolIdSchema,
  kind: z.enum(['prefix', 'custom']),
  domain: text(253, 1),
  certificateArn: text(2048).optional(),
  managedLoginVersion
})
export type DomainSettings = z.infer<typeof domainSettingsSchema>

const poolRef = strict({ poolId: userPoolIdSchema })
const clientRef = strict({ poolId: userPoolIdSchema, clientId: clientIdSchema })

export const domainsContract = {
  /** The pool's domain (DescribeUserPool, then DescribeUserPoolDomain). */
  describe: query(poolRef).returns<DomainDetail>(),
  create: command(domainSettingsSchema).returns<DomainDetail>(),
  /** Changes the managed login version and, for a custom domain, its certificate. */
  update: command(domainSettingsSchema).returns<DomainDetail>(),
  delete: command(strict({ poolId: userPoolIdSchema, domain: text(253, 1) })).returns<{ deleted: true }>(),
  /** The branding style of a client's managed login pages, or null when it has none. */
  describeBranding: query(clientRef).returns<{ branding: BrandingDetail | null }>(),
  /** Gives a client a branding style with Cognito's default look, as the AWS console does. */
  createBranding: command(clientRef).returns<{ branding: BrandingDetail }>(),
  /** Opens a file dialog in main and checks the chosen image against the category's type and size. */
  pickBrandingAsset: query(
    strict({ poolId: userPoolIdSchema, category: z.enum(IMAGE_SLOTS) })
  ).returns<PickedBrandingAsset | null>(),
  /** Changes a style's settings and assets (UpdateManagedLoginBranding with the merged asset list). */
  updateBranding: command(brandingEditSchema).returns<{ branding: BrandingDetail }>(),
  deleteBranding: command(strict({ poolId: userPoolIdSchema, brandingId: text(128, 1) })).returns<{
    deleted: true
  }>(),
  /** The classic hosted UI's style of a scope (GetUICustomization), or null when it has none. */
  describeUiCustomization: query(strict({ poolId: userPoolIdSchema, clientId: classicScope })).returns<{
    style: ClassicStyle | null
  }>(),
  /** Replaces a scope's classic style (SetUICustomization): CSS and logo are sent together. */
  setUiCustomization: command(classicStyleSchema).returns<{ style: ClassicStyle | null }>()
}
