import {
  CreateManagedLoginBrandingCommand,
  CreateUserPoolDomainCommand,
  DeleteManagedLoginBrandingCommand,
  DeleteUserPoolDomainCommand,
  DescribeManagedLoginBrandingByClientCommand,
  DescribeUserPoolDomainCommand,
  UpdateManagedLoginBrandingCommand,
  UpdateUserPoolDomainCommand,
  type AssetType,
  type CognitoIdentityProviderClient,
  type CreateManagedLoginBrandingRequest,
  type ManagedLoginBrandingType
} from '@aws-sdk/client-cognito-identity-provider'
import type { BrandingSection, BrandingStyle } from '@shared/pool-snapshot'
import { regionOfPool } from '@shared/arns'
import type { BrandingDetail, DomainDetail, DomainSettings } from '@shared/contract/domains'
import { domainProblems } from '@shared/domain-rules'
import { AppError, rulesBroken } from '@shared/errors'
import { toAppError } from '../aws/errors'
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
  if (!ManagedLoginBranding)
    throw new AppError('INTERNAL', 'Cognito created the branding style but did not return it.')
  return brandingOf(ManagedLoginBranding)
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
