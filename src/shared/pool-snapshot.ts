import { z } from 'zod'
import { REQUIRED_SECRETS, type ProviderType } from './identity-provider-rules'
import { regionSchema, text, userPoolIdSchema } from './schemas'

/**
 * A user pool's whole configuration as one document ("pools as code"). Each section keeps the AWS API's
 * own field names (the SDK's PascalCase), so a section is what Create/Update calls take and what
 * CloudFormation's properties are named after; nothing secret is ever in it.
 */

export const SNAPSHOT_FORMAT = 'cognito-console.pool-snapshot'
/**
 * 2 added threat protection and managed login branding; 3 added log delivery, per-client threat
 * protection, terms documents and replicas; 4 added session configuration (the pool's and each app
 * client's own). Files of earlier versions still load without them.
 */
export const SNAPSHOT_VERSION = 4

/** A snapshot file is read back from disk or a paste: every part of it has a ceiling. */
export const SNAPSHOT_MAX_BYTES = 5 * 1024 * 1024

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }
const jsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([
    text(65536),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue).max(2000),
    z.record(text(256), jsonValue)
  ])
)

/** One resource's settings: API field name -> value. */
const section = z.record(text(128), jsonValue)
export type SnapshotSection = Record<string, Json>

/** A branding style's picture: the image bytes as base64, so a style is copied with its pictures. */
const brandingAsset = z.strictObject({
  Category: text(64),
  ColorMode: text(16),
  Extension: text(16),
  Bytes: text(SNAPSHOT_MAX_BYTES).optional(),
  ResourceId: text(256).optional()
})

/** One app client's managed login branding, named by the client it styles. */
const brandingSection = z.strictObject({
  ClientName: text(128),
  UseCognitoProvidedValues: z.boolean().optional(),
  Settings: jsonValue.optional(),
  Assets: z.array(brandingAsset).max(100).optional()
})

export type BrandingSection = z.output<typeof brandingSection>
/** What a branding style sets, whichever client it is for. */
export type BrandingStyle = Omit<BrandingSection, 'ClientName'>

export const poolSnapshotSchema = z.strictObject({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(SNAPSHOT_VERSION)]),
  takenAt: z.iso.datetime(),
  source: z.strictObject({
    poolId: userPoolIdSchema,
    poolName: text(128),
    region: regionSchema,
    /** Why the snapshot was taken: by hand, or before a change the console made. */
    reason: text(200).optional()
  }),
  pool: section,
  mfa: section,
  appClients: z.array(section).max(1000),
  groups: z.array(section).max(10000),
  identityProviders: z.array(section).max(300),
  resourceServers: z.array(section).max(100),
  domain: section.nullable(),
  /** The pool's risk configuration (SetRiskConfiguration's fields); null: none. Absent: not taken. */
  threatProtection: section.nullable().optional(),
  /** Absent: not taken (a version 1 file, or the endpoint did not answer). */
  branding: z.array(brandingSection).max(1000).optional(),
  /** SetLogDeliveryConfiguration's LogConfigurations; null: none. */
  logDelivery: section.nullable().optional(),
  /** Risk configurations of app clients that differ from the pool's, each named by its client. */
  clientThreatProtection: z.array(section).max(1000).optional(),
  /** Terms documents, each named by its client and its name. */
  terms: z.array(section).max(2000).optional(),
  /** The Regions the pool is replicated to: shown in a comparison, never applied. */
  replicas: z.array(section).max(50).optional(),
  /** SetUserPoolSessionConfiguration's fields: session tracking and sessions per user. */
  sessionConfiguration: section.optional(),
  /** App clients whose SSO session reuse differs from Cognito's default, each named by its client. */
  clientSessionConfiguration: z.array(section).max(1000).optional(),
  /** Sections the endpoint or the person's permissions did not let the console read. */
  unavailable: z.array(z.strictObject({ section: text(64), reason: text(1000) })).max(50)
})
export type PoolSnapshot = z.infer<typeof poolSnapshotSchema>

export type SnapshotProblem = 'tooLarge' | 'notJson' | 'notSnapshot' | 'newerVersion'

/** Reads a snapshot from a file's text, or says in a code why it is not one this version understands. */
export function parseSnapshot(
  raw: string
): { snapshot: PoolSnapshot } | { problem: SnapshotProblem; detail?: string } {
  if (raw.length > SNAPSHOT_MAX_BYTES) return { problem: 'tooLarge' }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { problem: 'notJson' }
  }
  const version = (value as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > SNAPSHOT_VERSION) return { problem: 'newerVersion' }
  let parsed: ReturnType<typeof poolSnapshotSchema.safeParse>
  try {
    parsed = poolSnapshotSchema.safeParse(value)
  } catch {
    // Nesting deep enough to exhaust the stack is no snapshot this console wrote.
    return { problem: 'notSnapshot', detail: 'nested too deeply' }
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return { problem: 'notSnapshot', detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` }
  }
  return { snapshot: parsed.data }
}

/** The resource families of a snapshot, in the order they are applied (what others refer to first). */
export const RESOURCE_KINDS = [
  'pool',
  'mfa',
  'resourceServers',
  'identityProviders',
  'threatProtection',
  'sessionConfiguration',
  'appClients',
  'clientThreatProtection',
  'clientSessionConfiguration',
  'branding',
  'terms',
  'groups',
  'logDelivery',
  // Last: a prefix domain is unique in its Region, so a clone's domain is the step most likely refused.
  'domain',
  // Read-only: listed so a comparison shows them; a plan never applies them.
  'replicas'
] as const
export type ResourceKind = (typeof RESOURCE_KINDS)[number]

/** The field that names a resource of a list family, the same in both pools (ids differ). */
export const RESOURCE_KEY = {
  appClients: 'ClientName',
  groups: 'GroupName',
  identityProviders: 'ProviderName',
  resourceServers: 'Identifier',
  branding: 'ClientName',
  clientThreatProtection: 'ClientName',
  clientSessionConfiguration: 'ClientName',
  replicas: 'Region'
} as const satisfies Record<string, string>

/** A terms document is named by its client and its name together: each client has its own. */
export const termsKey = (item: SnapshotSection): string =>
  `${String(item['ClientName'] ?? '')} / ${String(item['TermsName'] ?? '')}`

/**
 * Settings Cognito fixes when a resource is created: a difference in one of these needs a new resource
 * (for the pool: a new pool), not an update.
 */
export const CREATE_ONLY: Readonly<Record<ResourceKind, readonly string[]>> = {
  pool: ['UsernameAttributes', 'AliasAttributes', 'UsernameConfiguration'],
  mfa: [],
  resourceServers: [],
  identityProviders: ['ProviderType'],
  domain: ['Domain', 'CustomDomainConfig'],
  appClients: ['HasSecret'],
  groups: [],
  threatProtection: [],
  branding: [],
  clientThreatProtection: [],
  terms: [],
  logDelivery: [],
  replicas: [],
  sessionConfiguration: [],
  clientSessionConfiguration: []
}

/** Sections a snapshot may lack: an older version did not take them, or the endpoint did not answer. */
export const OPTIONAL_KINDS = [
  'threatProtection',
  'branding',
  'logDelivery',
  'clientThreatProtection',
  'terms',
  'replicas',
  'sessionConfiguration',
  'clientSessionConfiguration'
] as const satisfies readonly ResourceKind[]

/**
 * The sections one of the snapshots lacks (an optional one missing, or one the endpoint or the
 * person's permissions did not let the console read, kept empty): those are neither compared nor
 * applied, so an unread section never plans the deletion of what the target has.
 */
export function sectionsNotTaken(...snapshots: PoolSnapshot[]): ResourceKind[] {
  const optional: readonly ResourceKind[] = OPTIONAL_KINDS
  return RESOURCE_KINDS.filter((kind) =>
    snapshots.some(
      (s) =>
        (optional.includes(kind) && s[kind] === undefined) || s.unavailable.some((u) => u.section === kind)
    )
  )
}

/** Sets where order means nothing, written sorted so two pools compare equal. */
function normalise(value: Json): Json {
  if (Array.isArray(value)) {
    const items = value.map(normalise)
    return items
      .map((item) => [JSON.stringify(item), item] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, item]) => item)
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, normalise((value as Record<string, Json>)[key] as Json)])
    )
  }
  return value
}

const same = (a: Json | undefined, b: Json | undefined): boolean =>
  JSON.stringify(a === undefined ? null : normalise(a)) ===
  JSON.stringify(b === undefined ? null : normalise(b))

export interface FieldDifference {
  field: string
  left?: Json
  right?: Json
  /** Cognito cannot change it on an existing resource. */
  createOnly: boolean
  /** Custom attributes can be added to a pool but never removed or changed. */
  addOnly?: boolean
}

export interface ResourceDifference {
  kind: ResourceKind
  /** The resource's name (client name, group name...), empty for the pool, MFA and domain. */
  name: string
  /** Only in the left snapshot, only in the right, or in both with different settings. */
  change: 'onlyLeft' | 'onlyRight' | 'changed'
  fields: FieldDifference[]
}

function fieldDifferences(
  kind: ResourceKind,
  left: SnapshotSection,
  right: SnapshotSection
): FieldDifference[] {
  const names = [...new Set([...Object.keys(left), ...Object.keys(right)])].sort()
  return names.flatMap((field) => {
    const l = left[field]
    const r = right[field]
    if (field === 'Schema') return schemaDifferences(l, r)
    if (same(l, r)) return []
    return [
      {
        field,
        ...(l === undefined ? {} : { left: l }),
        ...(r === undefined ? {} : { right: r }),
        createOnly: CREATE_ONLY[kind].includes(field)
      }
    ]
  })
}

/** The pool's attribute schema, compared attribute by attribute. */
function schemaDifferences(left: Json | undefined, right: Json | undefined): FieldDifference[] {
  const byName = (value: Json | undefined) =>
    new Map(
      (Array.isArray(value) ? value : []).map(
        (a) => [String((a as Record<string, Json>)['Name']), a] as const
      )
    )
  const l = byName(left)
  const r = byName(right)
  const names = [...new Set([...l.keys(), ...r.keys()])].sort()
  return names.flatMap((name) => {
    const a = l.get(name)
    const b = r.get(name)
    if (same(a, b)) return []
    return [
      {
        field: `Schema.${name}`,
        ...(a === undefined ? {} : { left: a }),
        ...(b === undefined ? {} : { right: b }),
        // Adding a custom attribute is the one schema change Cognito allows.
        createOnly: !(a === undefined && name.startsWith('custom:')),
        addOnly: true
      }
    ]
  })
}

/** A family's resources by name (empty for the pool-wide ones: pool, MFA, domain...). */
export function resourcesOf(snapshot: PoolSnapshot, kind: ResourceKind): Map<string, SnapshotSection> {
  if (kind === 'pool' || kind === 'mfa') return new Map([['', snapshot[kind]]])
  if (
    kind === 'domain' ||
    kind === 'threatProtection' ||
    kind === 'logDelivery' ||
    kind === 'sessionConfiguration'
  ) {
    const item = snapshot[kind]
    return new Map(item ? [['', item]] : [])
  }
  if (kind === 'terms') return new Map((snapshot.terms ?? []).map((item) => [termsKey(item), item] as const))
  const key = RESOURCE_KEY[kind]
  // A branding section is a section whose fields are checked one by one.
  const items = (snapshot[kind] ?? []) as SnapshotSection[]
  return new Map(items.map((item) => [String(item[key] ?? ''), item] as const))
}

/** Every difference between two snapshots, by resource and field; ids and dates are never compared. */
export function diffSnapshots(left: PoolSnapshot, right: PoolSnapshot): ResourceDifference[] {
  const notTaken = sectionsNotTaken(left, right)
  return RESOURCE_KINDS.filter((kind) => !notTaken.includes(kind)).flatMap((kind) => {
    const l = resourcesOf(left, kind)
    const r = resourcesOf(right, kind)
    const names = [...new Set([...l.keys(), ...r.keys()])].sort()
    return names.flatMap((name): ResourceDifference[] => {
      const a = l.get(name)
      const b = r.get(name)
      if (!a) return [{ kind, name, change: 'onlyRight', fields: [] }]
      if (!b) return [{ kind, name, change: 'onlyLeft', fields: [] }]
      const fields = fieldDifferences(kind, a, b)
      return fields.length > 0 ? [{ kind, name, change: 'changed', fields }] : []
    })
  })
}

export type PlanAction = 'create' | 'update' | 'delete' | 'blocked'

export type BlockedReason = 'createOnly' | 'needsSecret' | 'schemaRemoval' | 'managedByService' | 'readOnly'

export interface PlanStep {
  kind: ResourceKind
  name: string
  action: PlanAction
  /** The fields this step sets (update) or that block it. */
  fields: string[]
  /** Why a step cannot be applied, as a code the window words. */
  blocked?: BlockedReason
}

/**
 * What applying `desired` to a pool now configured as `current` (null: a new pool) would do, step by step,
 * in apply order: what is created, updated, deleted, and what cannot be applied and why.
 */
export function planSnapshot(desired: PoolSnapshot, current: PoolSnapshot | null): PlanStep[] {
  if (!current) {
    return RESOURCE_KINDS.flatMap((kind) =>
      [...resourcesOf(desired, kind).entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, item]) => createStep(kind, name, item))
    )
  }
  const steps: PlanStep[] = []
  const deletions: PlanStep[] = []
  for (const difference of diffSnapshots(current, desired)) {
    const { kind, name } = difference
    if (kind === 'replicas') {
      steps.push(readOnlyStep(name))
    } else if (difference.change === 'onlyRight') {
      steps.push(createStep(kind, name, resourcesOf(desired, kind).get(name) ?? {}))
    } else if (difference.change === 'onlyLeft') {
      const item = resourcesOf(current, kind).get(name) ?? {}
      deletions.push(
        kind === 'pool' || kind === 'mfa'
          ? { kind, name, action: 'blocked', fields: [], blocked: 'createOnly' }
          : item['ManagedBy'] !== undefined
            ? { kind, name, action: 'blocked', fields: [], blocked: 'managedByService' }
            : { kind, name, action: 'delete', fields: [] }
      )
    } else {
      const removed = difference.fields.filter((f) => f.addOnly && f.right === undefined)
      const fixed = difference.fields.filter((f) => f.createOnly && !(f.addOnly && f.right === undefined))
      // A pool's name says which pool it is: making one pool like another keeps its own.
      const settable = difference.fields.filter(
        (f) => !f.createOnly && !(kind === 'pool' && f.field === 'PoolName')
      )
      if (settable.length > 0)
        steps.push({ kind, name, action: 'update', fields: settable.map((f) => f.field) })
      if (fixed.length > 0)
        steps.push({
          kind,
          name,
          action: 'blocked',
          fields: fixed.map((f) => f.field),
          blocked: 'createOnly'
        })
      if (removed.length > 0)
        steps.push({
          kind,
          name,
          action: 'blocked',
          fields: removed.map((f) => f.field),
          blocked: 'schemaRemoval'
        })
    }
  }
  // Clients go before the providers and resource servers they name.
  return [...deletions.reverse(), ...steps]
}

/** A replica is added or removed on the pool's Replicas tab, where its cost and Region are chosen. */
const readOnlyStep = (name: string): PlanStep => ({
  kind: 'replicas',
  name,
  action: 'blocked',
  fields: [],
  blocked: 'readOnly'
})

function createStep(kind: ResourceKind, name: string, item: SnapshotSection): PlanStep {
  if (kind === 'replicas') return readOnlyStep(name)
  // The snapshot never holds a provider's secret, and creating one of these types needs it.
  const secrets = REQUIRED_SECRETS[String(item['ProviderType']) as ProviderType] as
    readonly string[] | undefined
  if (kind === 'identityProviders' && (secrets?.length ?? 0) > 0)
    return { kind, name, action: 'blocked', fields: ['ProviderDetails'], blocked: 'needsSecret' }
  return { kind, name, action: 'create', fields: [] }
}

/** One line per step, stable: the apply call repeats it so a plan that changed since it was shown is refused. */
export function planFingerprint(steps: readonly PlanStep[]): string {
  return steps.map((s) => `${s.action}:${s.kind}:${s.name}:${s.fields.join(',')}`).join('\n')
}
