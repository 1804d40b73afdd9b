import { z } from 'zod'
import { command, query } from './define'
import { clientIdSchema, strict, text, userPoolIdSchema } from '../schemas'

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
  deleteBranding: command(strict({ poolId: userPoolIdSchema, brandingId: text(128, 1) })).returns<{
    deleted: true
  }>()
}
