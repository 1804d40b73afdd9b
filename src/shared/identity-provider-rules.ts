import { STANDARD_ATTRIBUTES } from './contract/pools'

/**
 * Rules for an identity provider's settings, run by the form as the person types and by main before
 * any call. Each returns reason codes with parameters; the renderer words them in en and ja.
 */

export const PROVIDER_TYPES = [
  'SAML',
  'OIDC',
  'Google',
  'Facebook',
  'LoginWithAmazon',
  'SignInWithApple'
] as const
export type ProviderType = (typeof PROVIDER_TYPES)[number]

/** Social providers are named after their type; Cognito refuses any other name for them. */
export const SOCIAL_TYPES: readonly ProviderType[] = [
  'Google',
  'Facebook',
  'LoginWithAmazon',
  'SignInWithApple'
]

/** ProviderDetails keys that hold secrets: written from main, never read back to the window. */
export const SECRET_DETAIL_KEYS = ['client_secret', 'private_key'] as const

/** Which secrets each type needs when it is created. */
export const REQUIRED_SECRETS: Record<ProviderType, readonly string[]> = {
  SAML: [],
  OIDC: ['client_secret'],
  Google: ['client_secret'],
  Facebook: ['client_secret'],
  LoginWithAmazon: ['client_secret'],
  SignInWithApple: ['private_key']
}

/** A pool attribute as the mapping rule needs it. */
export interface MappableAttribute {
  name: string
  required: boolean
  mutable: boolean
}

export type ProviderProblem =
  | { code: 'nameFormat' }
  | { code: 'nameReserved'; name: string }
  | { code: 'socialName'; type: string }
  | { code: 'identifierFormat'; identifier: string }
  | { code: 'identifierDuplicate'; identifier: string }
  | { code: 'samlSource' }
  | { code: 'samlNotXml' }
  | { code: 'samlNoEntityDescriptor' }
  | { code: 'samlNoIdpDescriptor' }
  | { code: 'secretMissing'; field: string }
  | { code: 'mappingUnknownAttribute'; attribute: string }
  | { code: 'mappingEmptyClaim'; attribute: string }
  | { code: 'mappingRequiredMissing'; attribute: string }
  | { code: 'mappingImmutable'; attribute: string }

/** Warnings inform; every other problem stops the save. */
const WARNING_CODES: readonly ProviderProblem['code'][] = ['mappingImmutable']

export function isBlocking(problem: ProviderProblem): boolean {
  return !WARNING_CODES.includes(problem.code)
}

const NAME = /^[^_\p{Z}][\p{L}\p{M}\p{S}\p{N}\p{P}][^_\p{Z}]+$/u
const RESERVED_NAMES = ['cognito', ...SOCIAL_TYPES.map((t) => t.toLowerCase())]
const IDENTIFIER = /^[\w\s+=.@-]{1,40}$/

export function providerNameProblems(type: ProviderType, name: string): ProviderProblem[] {
  if (SOCIAL_TYPES.includes(type)) return name === type ? [] : [{ code: 'socialName', type }]
  if (name.length > 32 || !NAME.test(name)) return [{ code: 'nameFormat' }]
  if (RESERVED_NAMES.includes(name.toLowerCase())) return [{ code: 'nameReserved', name }]
  return []
}

function identifierProblems(identifiers: readonly string[]): ProviderProblem[] {
  const problems: ProviderProblem[] = []
  const seen = new Set<string>()
  for (const identifier of identifiers) {
    if (!IDENTIFIER.test(identifier)) problems.push({ code: 'identifierFormat', identifier })
    else if (seen.has(identifier)) problems.push({ code: 'identifierDuplicate', identifier })
    seen.add(identifier)
  }
  return problems
}

/**
 * A light check of uploaded SAML metadata (no XML parser runs in every layer): an XML document whose
 * root is an EntityDescriptor that describes an IdP (IDPSSODescriptor), which is what Cognito reads.
 */
export function samlMetadataProblems(xml: string): ProviderProblem[] {
  const body = xml.trim().replace(/^\uFEFF/, '')
  if (!body.startsWith('<') || !body.endsWith('>')) return [{ code: 'samlNotXml' }]
  if (!/<(\w+:)?EntitiesDescriptor[\s/>]|<(\w+:)?EntityDescriptor[\s/>]/.test(body))
    return [{ code: 'samlNoEntityDescriptor' }]
  if (!/<(\w+:)?IDPSSODescriptor[\s/>]/.test(body)) return [{ code: 'samlNoIdpDescriptor' }]
  return []
}

/** Every pool has these, whether or not its schema lists them (an emulator may list only the required). */
export const ALWAYS_PRESENT_ATTRIBUTES: readonly string[] = [
  ...STANDARD_ATTRIBUTES,
  'email_verified',
  'phone_number_verified',
  'updated_at'
]

/** Pool attributes a provider cannot write: Cognito sets them itself. */
const UNMAPPABLE = new Set(['sub', 'identities'])

/**
 * The attribute mapping (pool attribute -> provider claim) against the pool's schema: each key is an
 * attribute the pool has (or `username`), every required attribute is mapped, and immutable ones are
 * flagged, since a federated user's later sign-in fails when the provider's value of one changes.
 */
export function attributeMappingProblems(
  mapping: Readonly<Record<string, string>>,
  schema: readonly MappableAttribute[]
): ProviderProblem[] {
  const byName = new Map<string, MappableAttribute>(
    ALWAYS_PRESENT_ATTRIBUTES.map((name) => [name, { name, required: false, mutable: true }])
  )
  for (const a of schema) byName.set(a.name, a)
  const problems: ProviderProblem[] = []
  for (const [attribute, claim] of Object.entries(mapping)) {
    const known = byName.get(attribute)
    if (attribute !== 'username' && (!known || UNMAPPABLE.has(attribute)))
      problems.push({ code: 'mappingUnknownAttribute', attribute })
    else if (!claim.trim()) problems.push({ code: 'mappingEmptyClaim', attribute })
    else if (known && !known.mutable) problems.push({ code: 'mappingImmutable', attribute })
  }
  for (const a of schema) {
    if (a.required && !UNMAPPABLE.has(a.name) && !(a.name in mapping))
      problems.push({ code: 'mappingRequiredMissing', attribute: a.name })
  }
  return problems
}

/** The settings of a provider as the form sends them. */
export interface ProviderInput {
  type: ProviderType
  name: string
  details: Readonly<Record<string, string | undefined>>
  attributeMapping: Readonly<Record<string, string>>
  idpIdentifiers: readonly string[]
}

/**
 * Every rule at once. `existingSecrets` lists the secrets the provider already has (on an edit an
 * empty secret field keeps the stored one); on create it is empty.
 */
export function providerProblems(
  input: ProviderInput,
  schema: readonly MappableAttribute[],
  existingSecrets: readonly string[] = []
): ProviderProblem[] {
  const problems = [
    ...providerNameProblems(input.type, input.name),
    ...identifierProblems(input.idpIdentifiers)
  ]
  if (input.type === 'SAML') {
    const { MetadataURL, MetadataFile } = input.details
    if (Boolean(MetadataURL) === Boolean(MetadataFile)) problems.push({ code: 'samlSource' })
    else if (MetadataFile) problems.push(...samlMetadataProblems(MetadataFile))
  }
  for (const field of REQUIRED_SECRETS[input.type]) {
    if (!input.details[field] && !existingSecrets.includes(field))
      problems.push({ code: 'secretMissing', field })
  }
  problems.push(...attributeMappingProblems(input.attributeMapping, schema))
  return problems
}
