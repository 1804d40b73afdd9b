import {
  CreateIdentityProviderCommand,
  DeleteIdentityProviderCommand,
  DescribeIdentityProviderCommand,
  GetIdentityProviderByIdentifierCommand,
  GetSigningCertificateCommand,
  UpdateIdentityProviderCommand,
  paginateListIdentityProviders,
  type CognitoIdentityProviderClient,
  type IdentityProviderType
} from '@aws-sdk/client-cognito-identity-provider'
import { X509Certificate } from 'node:crypto'
import { AppError, rulesBroken } from '@shared/errors'
import type {
  IdentityProviderDetail,
  IdentityProviderSummary,
  OidcDiscovery,
  ProviderSettings,
  SigningCertificate
} from '@shared/contract/identityProviders'
import type { FileSaveResult } from '@shared/contract/users'
import {
  SECRET_DETAIL_KEYS,
  isBlocking,
  providerProblems,
  type MappableAttribute
} from '@shared/identity-provider-rules'
import { setClientIdentityProviders } from './appClients'
import { fetchFailureOf, fetchJsonBounded, type FetchFailure } from './bounded-fetch'
import { describeUserPool } from './pools'
import type { SaveFileDialog } from '../context'
import { saveAs } from '../files/private-files'

/** Keys Cognito adds to ProviderDetails itself (read from metadata or discovery); never sent back. */
/** ProviderDetails keys Cognito fills in itself: never sent back, never part of a snapshot. */
export const DERIVED_DETAIL_KEYS: ReadonlySet<string> = new Set([
  'attributes_url_add_attributes',
  'ActiveEncryptionCertificate',
  'SLORedirectBindingURI',
  'SSORedirectBindingURI'
])

function summaryOf(p: IdentityProviderType): IdentityProviderSummary {
  const summary: IdentityProviderSummary = { name: p.ProviderName ?? '', type: p.ProviderType ?? '' }
  if (p.CreationDate) summary.creationDate = p.CreationDate.toISOString()
  if (p.LastModifiedDate) summary.lastModifiedDate = p.LastModifiedDate.toISOString()
  return summary
}

/** The secrets stay here: the detail names which are set, never their values. */
function detailOf(poolId: string, p: IdentityProviderType): IdentityProviderDetail {
  const details: Record<string, string> = {}
  const secretsSet: string[] = []
  for (const [key, value] of Object.entries(p.ProviderDetails ?? {})) {
    if ((SECRET_DETAIL_KEYS as readonly string[]).includes(key)) secretsSet.push(key)
    else details[key] = value
  }
  return {
    ...summaryOf(p),
    poolId,
    details,
    secretsSet,
    attributeMapping: p.AttributeMapping ?? {},
    idpIdentifiers: p.IdpIdentifiers ?? []
  }
}

export async function listIdentityProviders(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<IdentityProviderSummary[]> {
  const providers: IdentityProviderSummary[] = []
  for await (const page of paginateListIdentityProviders(
    { client: idp, pageSize: 60 },
    { UserPoolId: poolId, MaxResults: 60 }
  )) {
    for (const p of page.Providers ?? []) providers.push(summaryOf(p))
  }
  return providers.sort((a, b) => a.name.localeCompare(b.name))
}

/** An OpenID Connect provider of a pool, as the token inspector needs it: whose tokens, for which client. */
export interface OidcProviderRef {
  name: string
  issuer: string
  clientId?: string
  /** Set when the provider was saved with its endpoints by hand rather than from discovery. */
  jwksUri?: string
}

/** The pool's OpenID Connect providers with their issuers (one Describe each: List omits the details). */
export async function oidcProvidersOf(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<OidcProviderRef[]> {
  const oidc = (await listIdentityProviders(idp, poolId)).filter((p) => p.type === 'OIDC')
  const refs: OidcProviderRef[] = []
  for (const { name } of oidc) {
    const d = (await describeRaw(idp, poolId, name)).ProviderDetails ?? {}
    if (!d.oidc_issuer) continue
    refs.push({
      name,
      issuer: d.oidc_issuer,
      ...(d.client_id ? { clientId: d.client_id } : {}),
      ...(d.jwks_uri ? { jwksUri: d.jwks_uri } : {})
    })
  }
  return refs
}

async function describeRaw(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  name: string
): Promise<IdentityProviderType> {
  const { IdentityProvider } = await idp.send(
    new DescribeIdentityProviderCommand({ UserPoolId: poolId, ProviderName: name })
  )
  if (!IdentityProvider)
    throw new AppError('NOT_FOUND', `Identity provider ${name} was not found in ${poolId}.`)
  return IdentityProvider
}

export async function describeIdentityProvider(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  name: string
): Promise<IdentityProviderDetail> {
  return detailOf(poolId, await describeRaw(idp, poolId, name))
}

export async function findIdentityProviderByIdentifier(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  identifier: string
): Promise<IdentityProviderDetail> {
  const { IdentityProvider } = await idp.send(
    new GetIdentityProviderByIdentifierCommand({ UserPoolId: poolId, IdpIdentifier: identifier })
  )
  if (!IdentityProvider)
    throw new AppError('NOT_FOUND', `No identity provider of ${poolId} has the identifier ${identifier}.`)
  return detailOf(poolId, IdentityProvider)
}

/**
 * Reads `ISSUER/.well-known/openid-configuration` as Cognito will when the provider is saved, so a
 * wrong issuer is caught before the call and the endpoints it yields can be shown.
 */
export async function discoverOidc(issuer: string, fetchImpl: typeof fetch = fetch): Promise<OidcDiscovery> {
  const base = issuer.replace(/\/+$/, '')
  const url = `${base}/.well-known/openid-configuration`
  const noDocument = (why: string, failure: FetchFailure | 'notDiscovery' | 'otherIssuer') =>
    new AppError('NOT_FOUND', `The issuer ${issuer} has no usable discovery document at ${url}: ${why}.`, {
      hint: 'Check the issuer URL (the iss claim of the provider’s ID tokens), or enter the authorize, token, user info and JWKS URLs by hand.',
      params: { url, failure }
    })
  let answer: unknown
  try {
    answer = await fetchJsonBounded(url, { fetchImpl })
  } catch (error) {
    const failure = fetchFailureOf(error)
    if (!failure || failure === 'unreachable' || failure === 'timeout') throw error
    throw noDocument(error instanceof Error ? error.message : String(error), failure)
  }
  if (typeof answer !== 'object' || answer === null)
    throw noDocument('the answer is not a JSON object', 'notJson')
  const doc = answer as Record<string, unknown>
  const str = (key: string) => (typeof doc[key] === 'string' ? (doc[key] as string) : undefined)
  const list = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]).map(String) : [])
  const [authorizationEndpoint, tokenEndpoint, jwksUri] = [
    str('authorization_endpoint'),
    str('token_endpoint'),
    str('jwks_uri')
  ]
  if (!authorizationEndpoint || !tokenEndpoint || !jwksUri)
    throw noDocument('it lacks authorization_endpoint, token_endpoint or jwks_uri', 'notDiscovery')
  // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched for.
  if (str('issuer')?.replace(/\/+$/, '') !== base)
    throw noDocument(`it names another issuer (${str('issuer') ?? 'none'})`, 'otherIssuer')
  const discovery: OidcDiscovery = {
    issuer: base,
    authorizationEndpoint,
    tokenEndpoint,
    jwksUri,
    scopesSupported: list('scopes_supported'),
    claimsSupported: list('claims_supported')
  }
  const userinfo = str('userinfo_endpoint')
  if (userinfo) discovery.userinfoEndpoint = userinfo
  return discovery
}

async function poolSchema(idp: CognitoIdentityProviderClient, poolId: string): Promise<MappableAttribute[]> {
  const pool = await describeUserPool(idp, poolId)
  return (pool.SchemaAttributes ?? []).map((a) => ({
    name: a.Name ?? '',
    required: a.Required ?? false,
    mutable: a.Mutable ?? true
  }))
}

/** The same rules the form runs; here they stop a request that skipped the form. */
async function enforceRules(
  idp: CognitoIdentityProviderClient,
  settings: ProviderSettings,
  existingSecrets: string[]
): Promise<void> {
  const problems = providerProblems(settings, await poolSchema(idp, settings.poolId), existingSecrets).filter(
    isBlocking
  )
  if (problems.length > 0) throw rulesBroken('identity provider', problems)
  const d = settings.details as Record<string, string | undefined>
  if (settings.type === 'OIDC' && !(d.authorize_url && d.token_url && d.jwks_uri))
    await discoverOidc(settings.details.oidc_issuer)
}

function definedDetails(details: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(details).filter((e): e is [string, string] => e[1] !== undefined))
}

export async function createIdentityProvider(
  idp: CognitoIdentityProviderClient,
  settings: ProviderSettings
): Promise<IdentityProviderDetail> {
  await enforceRules(idp, settings, [])
  const { IdentityProvider } = await idp.send(
    new CreateIdentityProviderCommand({
      UserPoolId: settings.poolId,
      ProviderName: settings.name,
      ProviderType: settings.type,
      ProviderDetails: definedDetails(settings.details),
      AttributeMapping: settings.attributeMapping,
      IdpIdentifiers: settings.idpIdentifiers
    })
  )
  if (!IdentityProvider) throw new AppError('INTERNAL', 'Cognito created the provider but did not return it.')
  return detailOf(settings.poolId, IdentityProvider)
}

/**
 * UpdateIdentityProvider replaces ProviderDetails whole, so the new details start from the stored ones:
 * secrets left empty are kept, keys the form does not know are carried, keys Cognito derives are not sent.
 */
export async function updateIdentityProvider(
  idp: CognitoIdentityProviderClient,
  settings: ProviderSettings
): Promise<IdentityProviderDetail> {
  const current = await describeRaw(idp, settings.poolId, settings.name)
  if (current.ProviderType !== settings.type) {
    throw new AppError(
      'VALIDATION',
      `${settings.name} is a ${current.ProviderType} provider; its type cannot change.`,
      {
        hint: 'Create a new provider of the other type instead.'
      }
    )
  }
  const stored = current.ProviderDetails ?? {}
  await enforceRules(
    idp,
    settings,
    Object.keys(stored).filter((k) => (SECRET_DETAIL_KEYS as readonly string[]).includes(k))
  )
  const formKeys = new Set(Object.keys(settings.details))
  const carried = Object.fromEntries(
    Object.entries(stored).filter(
      ([key]) =>
        !DERIVED_DETAIL_KEYS.has(key) &&
        // A metadata source replaces the other one.
        !(settings.type === 'SAML' && ['MetadataURL', 'MetadataFile'].includes(key)) &&
        (!formKeys.has(key) || (SECRET_DETAIL_KEYS as readonly string[]).includes(key))
    )
  )
  const { IdentityProvider } = await idp.send(
    new UpdateIdentityProviderCommand({
      UserPoolId: settings.poolId,
      ProviderName: settings.name,
      ProviderDetails: { ...carried, ...definedDetails(settings.details) },
      AttributeMapping: settings.attributeMapping,
      IdpIdentifiers: settings.idpIdentifiers
    })
  )
  if (!IdentityProvider) throw new AppError('INTERNAL', 'Cognito updated the provider but did not return it.')
  return detailOf(settings.poolId, IdentityProvider)
}

export async function deleteIdentityProvider(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  name: string
): Promise<void> {
  await idp.send(new DeleteIdentityProviderCommand({ UserPoolId: poolId, ProviderName: name }))
}

/** Turns the provider on or off in a client's sign-in, after checking the provider exists. */
export async function setProviderOnClient(
  idp: CognitoIdentityProviderClient,
  request: { poolId: string; name: string; clientId: string; enabled: boolean }
): Promise<{ clientId: string; supportedIdentityProviders: string[] }> {
  if (request.enabled) await describeRaw(idp, request.poolId, request.name)
  const supportedIdentityProviders = await setClientIdentityProviders(
    idp,
    request.poolId,
    request.clientId,
    (current) => {
      const others = current.filter((p) => p !== request.name)
      return request.enabled ? [...others, request.name] : others
    }
  )
  return { clientId: request.clientId, supportedIdentityProviders }
}

/** Cognito answers the certificate's base64 body; identity providers take it as PEM. */
function pemOf(certificate: string): string {
  const body = certificate.trim()
  if (body.startsWith('-----BEGIN')) return `${body}\n`
  const lines = body.replace(/\s+/g, '').match(/.{1,64}/g) ?? []
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n')
}

export async function signingCertificate(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<SigningCertificate> {
  const { Certificate } = await idp.send(new GetSigningCertificateCommand({ UserPoolId: poolId }))
  if (!Certificate)
    throw new AppError('NOT_FOUND', 'Cognito returned no signing certificate for this pool.', {
      hint: 'Cognito issues a pool’s certificate itself: try again in a moment.'
    })
  const pem = pemOf(Certificate)
  try {
    const x509 = new X509Certificate(pem)
    return {
      pem,
      subject: x509.subject.replace(/\n/g, ', '),
      validFrom: new Date(x509.validFrom).toISOString(),
      validTo: new Date(x509.validTo).toISOString(),
      fingerprint: x509.fingerprint256
    }
  } catch {
    // Shown and saved as Cognito sent it, without dates, rather than not at all.
    return { pem }
  }
}

export async function saveSigningCertificate(
  idp: CognitoIdentityProviderClient,
  saveFile: SaveFileDialog | undefined,
  poolId: string
): Promise<FileSaveResult> {
  const { pem } = await signingCertificate(idp, poolId)
  return saveAs(saveFile, {
    defaultName: `${poolId}-signing.crt`,
    filters: [{ name: 'Certificate', extensions: ['crt', 'pem'] }],
    content: pem,
    count: 1
  })
}
