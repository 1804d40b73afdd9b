import { z } from 'zod'
import { command, query } from './define'
import { clientIdSchema, strict, text, userPoolIdSchema } from '../schemas'
import type { ProviderType } from '../identity-provider-rules'
import type { FileSaveResult } from './users'

export interface IdentityProviderSummary {
  name: string
  type: ProviderType | string
  creationDate?: string
  lastModifiedDate?: string
}

/** A provider as the screens show it: ProviderDetails without its secrets, and which secrets are set. */
export interface IdentityProviderDetail extends IdentityProviderSummary {
  poolId: string
  details: Record<string, string>
  /** Secret fields the provider holds (`client_secret`, `private_key`); their values stay in main. */
  secretsSet: string[]
  attributeMapping: Record<string, string>
  idpIdentifiers: string[]
}

/** An OpenID provider's discovery document, as far as Cognito uses it. */
export interface OidcDiscovery {
  issuer: string
  authorizationEndpoint: string
  tokenEndpoint: string
  userinfoEndpoint?: string
  jwksUri: string
  scopesSupported: string[]
  claimsSupported: string[]
}

/** https for anything reachable; http only for a loopback address (a local test provider). */
export const providerUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => URL.canParse(value), 'Enter a full URL such as https://idp.example.com/metadata.')
  .refine((value) => {
    const url = URL.canParse(value) ? new URL(value) : undefined
    return (
      !url ||
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    )
  }, 'Use an https:// URL (http:// only for localhost).')

const secret = text(131072, 1).optional()
const scopes = text(2048).optional()
const flag = z.enum(['true', 'false']).optional()

/** ProviderDetails per type, with Cognito's own key names; a secret left out keeps the stored one. */
const detailsByType = {
  SAML: strict({
    MetadataURL: providerUrlSchema.optional(),
    MetadataFile: text(131072, 1).optional(),
    IDPSignout: flag,
    IDPInit: flag,
    EncryptedResponses: flag,
    RequestSigningAlgorithm: z.enum(['rsa-sha256']).optional()
  }),
  OIDC: strict({
    client_id: text(256, 1),
    client_secret: secret,
    attributes_request_method: z.enum(['GET', 'POST']),
    oidc_issuer: providerUrlSchema,
    authorize_scopes: text(2048, 1),
    authorize_url: providerUrlSchema.optional(),
    token_url: providerUrlSchema.optional(),
    attributes_url: providerUrlSchema.optional(),
    jwks_uri: providerUrlSchema.optional()
  }),
  Google: strict({ client_id: text(256, 1), client_secret: secret, authorize_scopes: scopes }),
  Facebook: strict({
    client_id: text(256, 1),
    client_secret: secret,
    authorize_scopes: scopes,
    api_version: text(16).optional()
  }),
  LoginWithAmazon: strict({ client_id: text(256, 1), client_secret: secret, authorize_scopes: scopes }),
  SignInWithApple: strict({
    client_id: text(256, 1),
    team_id: text(64, 1),
    key_id: text(64, 1),
    private_key: secret,
    authorize_scopes: scopes
  })
}

const common = {
  poolId: userPoolIdSchema,
  name: text(32, 1),
  attributeMapping: z.record(text(128, 1), text(128)).refine((m) => Object.keys(m).length <= 100),
  idpIdentifiers: z.array(text(40, 1)).max(50)
}

export const providerSettingsSchema = z.discriminatedUnion('type', [
  strict({ ...common, type: z.literal('SAML'), details: detailsByType.SAML }),
  strict({ ...common, type: z.literal('OIDC'), details: detailsByType.OIDC }),
  strict({ ...common, type: z.literal('Google'), details: detailsByType.Google }),
  strict({ ...common, type: z.literal('Facebook'), details: detailsByType.Facebook }),
  strict({ ...common, type: z.literal('LoginWithAmazon'), details: detailsByType.LoginWithAmazon }),
  strict({ ...common, type: z.literal('SignInWithApple'), details: detailsByType.SignInWithApple })
])
export type ProviderSettings = z.infer<typeof providerSettingsSchema>

/** The certificate Cognito signs (and decrypts) SAML messages with, for the identity provider's side. */
export interface SigningCertificate {
  pem: string
  subject?: string
  validFrom?: string
  validTo?: string
  /** SHA-256 fingerprint, as an identity provider's console shows it. */
  fingerprint?: string
}

const providerRef = strict({ poolId: userPoolIdSchema, name: text(32, 1) })

export const identityProvidersContract = {
  /** Every provider of a pool (ListIdentityProviders, all pages), by name. */
  list: query(strict({ poolId: userPoolIdSchema })).returns<{ providers: IdentityProviderSummary[] }>(),
  describe: query(providerRef).returns<IdentityProviderDetail>(),
  /** The provider an IdP identifier (e.g. an email domain) routes to (GetIdentityProviderByIdentifier). */
  findByIdentifier: query(
    strict({ poolId: userPoolIdSchema, identifier: text(40, 1) })
  ).returns<IdentityProviderDetail>(),
  /** Reads an OpenID issuer's discovery document, so the form can show what Cognito will use. */
  discover: query(strict({ issuer: providerUrlSchema })).returns<OidcDiscovery>(),
  create: command(providerSettingsSchema).returns<IdentityProviderDetail>(),
  /** Replaces the settings; details the form does not show and secrets left out are kept. */
  update: command(providerSettingsSchema).returns<IdentityProviderDetail>(),
  delete: command(providerRef).returns<{ deleted: true }>(),
  /** The pool's SAML signing certificate (GetSigningCertificate), as PEM with its dates. */
  signingCertificate: query(strict({ poolId: userPoolIdSchema })).returns<SigningCertificate>(),
  /** Asks where to save the signing certificate, and writes it there as a .crt (PEM) file. */
  saveSigningCertificate: query(strict({ poolId: userPoolIdSchema })).returns<FileSaveResult>(),
  /** Offers (or stops offering) the provider on an app client's sign-in, keeping its other settings. */
  setOnClient: command(
    strict({ poolId: userPoolIdSchema, name: text(32, 1), clientId: clientIdSchema, enabled: z.boolean() })
  ).returns<{ clientId: string; supportedIdentityProviders: string[] }>()
}
