import { open, readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import {
  CreateManagedLoginBrandingCommand,
  CreateUserPoolDomainCommand,
  DeleteManagedLoginBrandingCommand,
  DeleteUserPoolDomainCommand,
  DescribeManagedLoginBrandingByClientCommand,
  DescribeUserPoolDomainCommand,
  GetUICustomizationCommand,
  SetUICustomizationCommand,
  UpdateManagedLoginBrandingCommand,
  UpdateUserPoolDomainCommand,
  type AssetType,
  type CognitoIdentityProviderClient,
  type CreateManagedLoginBrandingRequest,
  type ManagedLoginBrandingType,
  type UICustomizationType
} from '@aws-sdk/client-cognito-identity-provider'
import type { BrandingSection, BrandingStyle } from '@shared/pool-snapshot'
import { regionOfPool } from '@shared/arns'
import {
  allowedExtensions,
  assetFileProblems,
  assetSlot,
  parseBrandingSettings,
  sniffExtension,
  styleProblems,
  type ImageSlot
} from '@shared/branding-rules'
import { classicStyleProblems } from '@shared/classic-branding-rules'
import type {
  BrandingDetail,
  BrandingEdit,
  ClassicStyle,
  ClassicStyleSettings,
  DomainDetail,
  DomainSettings,
  PickedBrandingAsset
} from '@shared/contract/domains'
import { domainProblems } from '@shared/domain-rules'
import { AppError, rulesBroken } from '@shared/errors'
import { toAppError } from '../aws/errors'
import type { OpenFileDialog } from '../context'
import type { ImportFiles } from './import-files'
import { describeUserPool } from './pools'
import { hostedUiBaseUrl } from './testLogin'

export async function describeDomain(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<DomainDetail> {
  const pool = await describeUserPool(idp, poolId)
  const domain = pool.CustomDomain ?? pool.Domain
  if (!domain) return { poolId, domain: null }
  const { DomainDescription: d } = await idp.send(new DescribeUserPoolDomainCommand({ Domain: domain }))
  // A prefix has no dots; some endpoints report a custom domain under Domain, not CustomDomain.
  const detail: DomainDetail = { poolId, domain, kind: domain.includes('.') ? 'custom' : 'prefix' }
  const baseUrl = hostedUiBaseUrl(domain, regionOfPool(poolId))
  if (baseUrl) detail.baseUrl = baseUrl
  if (d?.Status) detail.status = d.Status
  if (d?.CloudFrontDistribution) detail.cloudFrontTarget = d.CloudFrontDistribution
  if (d?.CustomDomainConfig?.CertificateArn) detail.certificateArn = d.CustomDomainConfig.CertificateArn
  if (d?.ManagedLoginVersion) detail.managedLoginVersion = d.ManagedLoginVersion
  return detail
}

/** The parts both writes send, after the shared rules pass. */
function checked(settings: DomainSettings) {
  const problems = domainProblems(settings)
  if (problems.length > 0) throw rulesBroken('domain', problems)
  const certificateArn = settings.certificateArn?.trim()
  return {
    UserPoolId: settings.poolId,
    Domain: settings.domain.trim(),
    ManagedLoginVersion: settings.managedLoginVersion,
    ...(settings.kind === 'custom' && certificateArn
      ? { CustomDomainConfig: { CertificateArn: certificateArn } }
      : {})
  }
}

export async function createDomain(
  idp: CognitoIdentityProviderClient,
  settings: DomainSettings
): Promise<DomainDetail> {
  const pool = await describeUserPool(idp, settings.poolId)
  const existing = pool.CustomDomain ?? pool.Domain
  if (existing) {
    throw new AppError('PRECONDITION', `The pool already has the domain ${existing}.`, {
      hint: 'A pool has one domain: delete it first to use another.'
    })
  }
  await idp.send(new CreateUserPoolDomainCommand(checked(settings)))
  return describeDomain(idp, settings.poolId)
}

export async function updateDomain(
  idp: CognitoIdentityProviderClient,
  settings: DomainSettings
): Promise<DomainDetail> {
  await idp.send(new UpdateUserPoolDomainCommand(checked(settings)))
  return describeDomain(idp, settings.poolId)
}

export async function deleteDomain(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  domain: string
): Promise<void> {
  await idp.send(new DeleteUserPoolDomainCommand({ UserPoolId: poolId, Domain: domain }))
}

function brandingOf(b: ManagedLoginBrandingType): BrandingDetail {
  const detail: BrandingDetail = {
    brandingId: b.ManagedLoginBrandingId ?? '',
    useCognitoProvidedValues: b.UseCognitoProvidedValues ?? false,
    settings: b.Settings ?? null,
    // The image bytes stay here: the screen lists what is set, not the pictures.
    assets: (b.Assets ?? []).map((a) => ({
      category: a.Category ?? '',
      colorMode: a.ColorMode ?? '',
      extension: a.Extension ?? '',
      bytes: a.Bytes?.byteLength ?? 0
    }))
  }
  if (b.LastModifiedDate) detail.lastModifiedDate = b.LastModifiedDate.toISOString()
  return detail
}

/** A client's branding style as Cognito holds it, or null when the client has none. */
export async function readBranding(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<ManagedLoginBrandingType | null> {
  try {
    const { ManagedLoginBranding } = await idp.send(
      new DescribeManagedLoginBrandingByClientCommand({ UserPoolId: poolId, ClientId: clientId })
    )
    return ManagedLoginBranding ?? null
  } catch (error) {
    // Cognito answers ResourceNotFoundException for a client without a style.
    if (toAppError(error).code === 'NOT_FOUND') return null
    throw error
  }
}

export async function describeBranding(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<BrandingDetail | null> {
  const branding = await readBranding(idp, poolId, clientId)
  return branding ? brandingOf(branding) : null
}

/** A style as a pool snapshot keeps it: its settings and its pictures (base64), no ids or dates. */
export function brandingSectionOf(clientName: string, b: ManagedLoginBrandingType): BrandingSection {
  const section: BrandingSection = { ClientName: clientName }
  if (b.UseCognitoProvidedValues !== undefined) section.UseCognitoProvidedValues = b.UseCognitoProvidedValues
  if (b.Settings !== undefined)
    section.Settings = JSON.parse(JSON.stringify(b.Settings)) as BrandingSection['Settings']
  if (b.Assets?.length)
    section.Assets = b.Assets.map((a) => ({
      Category: a.Category ?? '',
      ColorMode: a.ColorMode ?? '',
      Extension: a.Extension ?? '',
      ...(a.Bytes ? { Bytes: Buffer.from(a.Bytes).toString('base64') } : {}),
      ...(a.ResourceId ? { ResourceId: a.ResourceId } : {})
    }))
  return section
}

/** A style as Create/UpdateManagedLoginBranding take it. */
function styleRequest(
  style: BrandingStyle
): Pick<CreateManagedLoginBrandingRequest, 'UseCognitoProvidedValues' | 'Settings' | 'Assets'> {
  return {
    ...(style.UseCognitoProvidedValues !== undefined
      ? { UseCognitoProvidedValues: style.UseCognitoProvidedValues }
      : {}),
    ...(style.Settings !== undefined ? { Settings: style.Settings } : {}),
    ...(style.Assets
      ? {
          Assets: style.Assets.map(({ Bytes, ...asset }) => ({
            ...(asset as Omit<AssetType, 'Bytes'>),
            ...(Bytes ? { Bytes: Buffer.from(Bytes, 'base64') } : {})
          }))
        }
      : {})
  }
}

/** Gives a client a branding style: Cognito's default look unless a style is given. */
export async function createBranding(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string,
  style: BrandingStyle = { UseCognitoProvidedValues: true }
): Promise<BrandingDetail> {
  const { ManagedLoginBranding } = await idp.send(
    new CreateManagedLoginBrandingCommand({ UserPoolId: poolId, ClientId: clientId, ...styleRequest(style) })
  )
  return returned(ManagedLoginBranding)
}

export async function updateBranding(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  brandingId: string,
  style: BrandingStyle
): Promise<void> {
  await idp.send(
    new UpdateManagedLoginBrandingCommand({
      UserPoolId: poolId,
      ManagedLoginBrandingId: brandingId,
      ...styleRequest(style)
    })
  )
}

export async function deleteBranding(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  brandingId: string
): Promise<void> {
  await idp.send(
    new DeleteManagedLoginBrandingCommand({ UserPoolId: poolId, ManagedLoginBrandingId: brandingId })
  )
}

const EXTENSION_NAMES: Record<string, string[]> = {
  ICO: ['ico'],
  JPEG: ['jpg', 'jpeg'],
  PNG: ['png'],
  SVG: ['svg'],
  WEBP: ['webp']
}

/**
 * Opens the file dialog in main and checks the chosen image for the category (size from the file
 * system before reading it, then its type from its first bytes). A file with no problems is held in
 * main for `editBranding`; null when the person cancels.
 */
export async function pickBrandingAsset(
  openFile: OpenFileDialog | undefined,
  files: ImportFiles,
  poolId: string,
  category: ImageSlot
): Promise<PickedBrandingAsset | null> {
  if (!openFile) throw new AppError('NOT_SUPPORTED', 'Opening files is not available here.')
  const extensions = allowedExtensions(category).flatMap((e) => EXTENSION_NAMES[e] ?? [])
  const path = await openFile({ filters: [{ name: 'Images', extensions }] })
  if (path === null) return null
  const name = basename(path)
  const { size } = await stat(path)
  const head = Buffer.alloc(Math.min(size, 1024))
  const tooLarge = assetFileProblems(category, size)
  if (tooLarge.length > 0) return { name, bytes: size, problems: tooLarge }
  const handle = await open(path, 'r')
  try {
    await handle.read(head, 0, head.byteLength, 0)
  } finally {
    await handle.close()
  }
  const problems = assetFileProblems(category, size, head)
  const extension = sniffExtension(head)
  return {
    ...(problems.length === 0 ? { fileId: files.hold(poolId, await readFile(path)) } : {}),
    name,
    bytes: size,
    ...(extension ? { extension } : {}),
    problems
  }
}

/**
 * Applies an edit to a client's style: back to Cognito's values, or the settings given (the current
 * ones otherwise) and the current assets with the edit's slots replaced or removed. Cognito takes the
 * asset list whole, so every kept asset is sent again with its bytes.
 */
export async function editBranding(
  idp: CognitoIdentityProviderClient,
  files: ImportFiles,
  edit: BrandingEdit
): Promise<BrandingDetail> {
  const request = { UserPoolId: edit.poolId, ManagedLoginBrandingId: edit.brandingId }
  if (edit.useCognitoProvidedValues) {
    const { ManagedLoginBranding } = await idp.send(
      new UpdateManagedLoginBrandingCommand({ ...request, UseCognitoProvidedValues: true })
    )
    return returned(ManagedLoginBranding)
  }
  const current = await readBranding(idp, edit.poolId, edit.clientId)
  if (current?.ManagedLoginBrandingId !== edit.brandingId)
    throw new AppError('PRECONDITION', 'This app client no longer has that branding style.', {
      hint: 'Refresh the domain tab and edit the style it shows now.'
    })
  let settings = current.Settings
  if (edit.settings !== undefined) {
    const parsed = parseBrandingSettings(edit.settings)
    if ('problem' in parsed) throw rulesBroken('branding', [parsed.problem])
    settings = parsed.settings as typeof settings
  }
  const changed = new Set([...edit.put, ...edit.remove].map(assetSlot))
  const kept: AssetType[] = (current.Assets ?? []).filter(
    (a) => !changed.has(assetSlot({ category: a.Category ?? '', colorMode: a.ColorMode ?? '' }))
  )
  const added: AssetType[] = edit.put.map((put) => {
    const body = files.get(put.fileId, edit.poolId)
    if (!body)
      throw new AppError('PRECONDITION', 'The image chosen for this style is no longer held.', {
        hint: 'Choose the file again, then review and save.'
      })
    const problems = assetFileProblems(put.category, body.byteLength, body.subarray(0, 1024))
    if (problems.length > 0) throw rulesBroken('branding', problems)
    return {
      Category: put.category,
      ColorMode: put.colorMode,
      Extension: sniffExtension(body) ?? undefined,
      Bytes: body
    }
  })
  const assets = [...kept, ...added]
  const tooBig = styleProblems(
    JSON.stringify(settings ?? {}),
    assets.map((a) => a.Bytes?.byteLength ?? 0)
  )
  if (tooBig.length > 0) throw rulesBroken('branding', tooBig)
  const { ManagedLoginBranding } = await idp.send(
    new UpdateManagedLoginBrandingCommand({
      ...request,
      UseCognitoProvidedValues: false,
      ...(settings !== undefined ? { Settings: settings } : {}),
      Assets: assets
    })
  )
  for (const put of edit.put) files.drop(put.fileId)
  return returned(ManagedLoginBranding)
}

function returned(branding: ManagedLoginBrandingType | undefined): BrandingDetail {
  if (!branding) throw new AppError('INTERNAL', 'Cognito saved the branding style but did not return it.')
  return brandingOf(branding)
}

function classicStyleOf(scope: string, c: UICustomizationType | undefined): ClassicStyle | null {
  if (!c || (!c.CSS && !c.ImageUrl)) return null
  const clientId = c.ClientId ?? scope
  return {
    clientId,
    css: c.CSS ?? '',
    ...(c.ImageUrl ? { imageUrl: c.ImageUrl } : {}),
    // A client without its own style is answered with the pool's default (ClientId ALL).
    inherited: scope !== 'ALL' && clientId === 'ALL',
    ...(c.LastModifiedDate ? { lastModifiedDate: c.LastModifiedDate.toISOString() } : {})
  }
}

export async function describeUiCustomization(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string
): Promise<ClassicStyle | null> {
  const { UICustomization } = await idp.send(
    new GetUICustomizationCommand({ UserPoolId: poolId, ClientId: clientId })
  )
  return classicStyleOf(clientId, UICustomization)
}

/**
 * Replaces a scope's classic style. Cognito takes the CSS and the logo together: a logo not picked
 * again is removed, as the form says before the review.
 */
export async function setUiCustomization(
  idp: CognitoIdentityProviderClient,
  files: ImportFiles,
  settings: ClassicStyleSettings
): Promise<ClassicStyle | null> {
  const logo = settings.logoFileId ? files.get(settings.logoFileId, settings.poolId) : undefined
  if (settings.logoFileId && !logo)
    throw new AppError('PRECONDITION', 'The logo chosen for this style is no longer held.', {
      hint: 'Choose the file again, then review and save.'
    })
  const problems = [
    ...(logo ? assetFileProblems('CLASSIC_LOGO', logo.byteLength, logo.subarray(0, 1024)) : []),
    ...classicStyleProblems(settings.css, logo?.byteLength ?? 0)
  ]
  if (problems.length > 0) throw rulesBroken('classicStyle', problems)
  const { UICustomization } = await idp.send(
    new SetUICustomizationCommand({
      UserPoolId: settings.poolId,
      ClientId: settings.clientId,
      CSS: settings.css,
      ...(logo ? { ImageFile: logo } : {})
    })
  )
  if (settings.logoFileId) files.drop(settings.logoFileId)
  return classicStyleOf(settings.clientId, UICustomization)
}
