import {
  AddCustomAttributesCommand,
  CreateGroupCommand,
  CreateIdentityProviderCommand,
  CreateResourceServerCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  CreateUserPoolDomainCommand,
  DeleteGroupCommand,
  DeleteIdentityProviderCommand,
  DeleteResourceServerCommand,
  DeleteUserPoolClientCommand,
  DeleteUserPoolDomainCommand,
  DescribeIdentityProviderCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolDomainCommand,
  GetUserPoolMfaConfigCommand,
  SetUserPoolMfaConfigCommand,
  UpdateGroupCommand,
  UpdateIdentityProviderCommand,
  UpdateResourceServerCommand,
  UpdateUserPoolClientCommand,
  UpdateUserPoolCommand,
  UpdateUserPoolDomainCommand,
  paginateListGroups,
  paginateListIdentityProviders,
  paginateListResourceServers,
  paginateListUserPoolClients,
  type CognitoIdentityProviderClient,
  type LogConfigurationType,
  type RiskConfigurationType,
  type SchemaAttributeType,
  type UserPoolType
} from '@aws-sdk/client-cognito-identity-provider'
import { AppError, type AppErrorShape } from '@shared/errors'
import type { Domain } from '@shared/contract'
import { SECRET_DETAIL_KEYS } from '@shared/identity-provider-rules'
import {
  parseSnapshot,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  planFingerprint,
  planSnapshot,
  resourcesOf,
  sectionsNotTaken,
  type BrandingSection,
  type BrandingStyle,
  type PlanStep,
  type PoolSnapshot,
  type ResourceKind,
  type SnapshotSection
} from '@shared/pool-snapshot'
import type { ApplyReport, StepOutcome } from '@shared/contract/snapshots'
import type { TermsSettings } from '@shared/contract/terms'
import {
  clientSessionRequest,
  poolSessionRequest,
  SSO_VALIDITY_MINUTES
} from '@shared/session-configuration-rules'
import { toAppError } from '../aws/errors'
import { DERIVED_DETAIL_KEYS } from './identityProviders'
import { brandingSectionOf, createBranding, deleteBranding, readBranding, updateBranding } from './domains'
import { getLogDelivery, logConfigurationsOf, logEntriesOf, setLogDelivery } from './logDelivery'
import { describeUserPool, optionalRead, updateRequestFrom } from './pools'
import { listReplicas } from './replicas'
import {
  clientSettingsOf,
  getClientSessionConfiguration,
  getPoolSessionConfiguration,
  poolSettingsOf,
  setClientSessionConfiguration,
  setPoolSessionConfiguration
} from './sessionConfiguration'
import { createTerms, deleteTerms, listTerms, updateTerms } from './terms'
import {
  deleteRiskConfiguration,
  getRiskConfiguration,
  riskSectionOf,
  setRiskConfiguration,
  settingsOf
} from './threatProtection'

/** Fields that identify or date a resource, or are derived by Cognito: never part of a snapshot. */
const NOT_CONFIGURATION = new Set([
  'Id',
  'Arn',
  'UserPoolId',
  'ClientId',
  'ClientSecret',
  'ClientSecretExpiresAt',
  'CreationDate',
  'LastModifiedDate',
  'Status',
  'EstimatedNumberOfUsers',
  'SmsConfigurationFailure',
  'EmailConfigurationFailure',
  'Domain',
  'CustomDomain',
  'SchemaAttributes',
  'Name',
  'MfaConfiguration',
  '$metadata',
  'AWSAccountId',
  'CloudFrontDistribution',
  'Version',
  'S3Bucket'
])

/** Plain JSON of an SDK answer: dates as ISO strings, undefined fields dropped. */
function toSection(
  value: object,
  keep: (key: string) => boolean = (k) => !NOT_CONFIGURATION.has(k)
): SnapshotSection {
  // Cognito leaves an unset text out and some endpoints answer "": both mean "not set".
  return JSON.parse(
    JSON.stringify(
      Object.fromEntries(Object.entries(value).filter(([k, v]) => v !== undefined && v !== '' && keep(k)))
    )
  ) as SnapshotSection
}

/**
 * The attribute schema as a person configured it: every custom attribute, and the standard attributes
 * whose settings differ from Cognito's defaults (required, or not mutable).
 */
function configuredSchema(attributes: readonly SchemaAttributeType[]): SnapshotSection[] {
  return attributes
    .filter((a) => a.Name?.startsWith('custom:') || a.Required === true || a.Mutable === false)
    .map((a) =>
      toSection(
        a.Name?.startsWith('custom:')
          ? a
          : {
              Name: a.Name,
              AttributeDataType: a.AttributeDataType,
              Required: a.Required,
              Mutable: a.Mutable
            },
        () => true
      )
    )
    .sort((a, b) => String(a['Name']).localeCompare(String(b['Name'])))
}

function poolSection(pool: UserPoolType): SnapshotSection {
  return {
    PoolName: pool.Name ?? '',
    ...toSection(pool),
    Schema: configuredSchema(pool.SchemaAttributes ?? []) as SnapshotSection[keyof SnapshotSection]
  }
}

async function collect<P, T>(pages: AsyncIterable<P>, pick: (page: P) => T[] | undefined): Promise<T[]> {
  const items: T[] = []
  for await (const page of pages) items.push(...(pick(page) ?? []))
  return items
}

/** Reads a pool's whole configuration. A section the endpoint does not offer is listed, not fatal. */
export async function takeSnapshot(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  source: { region: string; reason?: string }
): Promise<PoolSnapshot> {
  const pool = await describeUserPool(idp, poolId)
  const unavailable: PoolSnapshot['unavailable'] = []
  const read = async <T>(section: string, operation: string, reader: () => Promise<T>, fallback: T) => {
    const result = await optionalRead(operation, reader)
    if (result.available) return result.value
    unavailable.push({ section, reason: result.reason })
    return fallback
  }
  const mfa = await read(
    'mfa',
    'GetUserPoolMfaConfig',
    async () =>
      toSection(
        await idp.send(new GetUserPoolMfaConfigCommand({ UserPoolId: poolId })),
        (k) => k !== '$metadata'
      ),
    { MfaConfiguration: pool.MfaConfiguration ?? 'OFF' }
  )
  const clientNames = new Map<string, string>()
  const appClients = await read(
    'appClients',
    'DescribeUserPoolClient',
    async () => {
      const listed = await collect(
        paginateListUserPoolClients({ client: idp }, { UserPoolId: poolId, MaxResults: 60 }),
        (page) => page.UserPoolClients
      )
      const described = []
      for (const { ClientId } of listed) {
        const { UserPoolClient } = await idp.send(
          new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId })
        )
        if (ClientId && UserPoolClient) clientNames.set(ClientId, UserPoolClient.ClientName ?? '')
        if (UserPoolClient)
          described.push({
            ...toSection(UserPoolClient),
            HasSecret: UserPoolClient.ClientSecret !== undefined
          })
      }
      return described
    },
    []
  )
  const threatProtection = await read(
    'threatProtection',
    'DescribeRiskConfiguration',
    async () => {
      const section = riskSectionOf((await getRiskConfiguration(idp, poolId)).settings)
      return section ? toSection(section, () => true) : null
    },
    undefined as SnapshotSection | null | undefined
  )
  // Without the clients, which clients have a style is unknown too: the section is then not taken.
  const branding = unavailable.some((u) => u.section === 'appClients')
    ? undefined
    : await read(
        'branding',
        'DescribeManagedLoginBrandingByClient',
        async () => {
          const styles: BrandingSection[] = []
          for (const [clientId, name] of clientNames) {
            const style = await readBranding(idp, poolId, clientId)
            if (style) styles.push(brandingSectionOf(name, style))
          }
          return styles
        },
        undefined as BrandingSection[] | undefined
      )
  const logDelivery = await read(
    'logDelivery',
    'GetLogDeliveryConfiguration',
    async () => {
      const { entries } = await getLogDelivery(idp, poolId)
      return entries.length > 0
        ? toSection({ LogConfigurations: logConfigurationsOf(entries) }, () => true)
        : null
    },
    undefined as SnapshotSection | null | undefined
  )
  // Both need the clients' names: without the clients they are not taken.
  const clientsRead = !unavailable.some((u) => u.section === 'appClients')
  const clientThreatProtection = clientsRead
    ? await read(
        'clientThreatProtection',
        'DescribeRiskConfiguration',
        async () => {
          const own: SnapshotSection[] = []
          for (const [clientId, name] of clientNames) {
            const config = await getRiskConfiguration(idp, poolId, clientId)
            // A client without its own configuration follows the pool's, which is its own section.
            if (config.appliesTo !== 'client') continue
            own.push(toSection({ ClientName: name, ...riskSectionOf(config.settings) }, () => true))
          }
          return own
        },
        undefined as SnapshotSection[] | undefined
      )
    : undefined
  const sessionConfiguration = await read(
    'sessionConfiguration',
    'GetUserPoolSessionConfiguration',
    async () =>
      toSection(poolSessionRequest((await getPoolSessionConfiguration(idp, poolId)).settings), () => true),
    undefined as SnapshotSection | undefined
  )
  // An endpoint without the pool's session configuration has no client one either: not asked again.
  const clientSessionConfiguration =
    clientsRead && sessionConfiguration !== undefined
      ? await read(
          'clientSessionConfiguration',
          'GetUserPoolClientSessionConfiguration',
          async () => {
            const own: SnapshotSection[] = []
            for (const [clientId, name] of clientNames) {
              const { settings } = await getClientSessionConfiguration(idp, { poolId, clientId })
              // A client at Cognito's default is left out, as a template leaves out a default.
              if (settings.ssoMaxValidityMinutes === SSO_VALIDITY_MINUTES.default) continue
              own.push(toSection({ ClientName: name, ...clientSessionRequest(settings) }, () => true))
            }
            return own
          },
          undefined as SnapshotSection[] | undefined
        )
      : undefined
  const terms = clientsRead
    ? await read(
        'terms',
        'ListTerms',
        async () =>
          (await listTerms(idp, poolId)).map((doc) =>
            toSection(
              {
                ClientName: clientNames.get(doc.clientId) ?? doc.clientId,
                TermsName: doc.name,
                Links: doc.links
              },
              () => true
            )
          ),
        undefined as SnapshotSection[] | undefined
      )
    : undefined
  const replicas = await read(
    'replicas',
    'ListUserPoolReplicas',
    async () =>
      (await listReplicas(idp, poolId)).replicas
        .filter((r) => r.role === 'SECONDARY')
        .map((r): SnapshotSection => ({ Region: r.region })),
    undefined as SnapshotSection[] | undefined
  )
  const groups = await read(
    'groups',
    'ListGroups',
    async () =>
      (await collect(paginateListGroups({ client: idp }, { UserPoolId: poolId }), (page) => page.Groups)).map(
        (g) => toSection(g)
      ),
    []
  )
  const identityProviders = await read(
    'identityProviders',
    'DescribeIdentityProvider',
    async () => {
      const listed = await collect(
        paginateListIdentityProviders({ client: idp }, { UserPoolId: poolId, MaxResults: 60 }),
        (page) => page.Providers
      )
      const described = []
      for (const { ProviderName } of listed) {
        const { IdentityProvider } = await idp.send(
          new DescribeIdentityProviderCommand({ UserPoolId: poolId, ProviderName })
        )
        if (!IdentityProvider) continue
        const details = Object.fromEntries(
          Object.entries(IdentityProvider.ProviderDetails ?? {}).filter(
            ([k]) => !(SECRET_DETAIL_KEYS as readonly string[]).includes(k) && !DERIVED_DETAIL_KEYS.has(k)
          )
        )
        described.push(toSection({ ...IdentityProvider, ProviderDetails: details }))
      }
      return described
    },
    []
  )
  const resourceServers = await read(
    'resourceServers',
    'ListResourceServers',
    async () =>
      (
        await collect(
          paginateListResourceServers({ client: idp }, { UserPoolId: poolId, MaxResults: 50 }),
          (page) => page.ResourceServers
        )
      ).map((r) => toSection(r)),
    []
  )
  const domainName = pool.CustomDomain ?? pool.Domain
  const domain = domainName
    ? await read(
        'domain',
        'DescribeUserPoolDomain',
        async () => {
          const { DomainDescription } = await idp.send(
            new DescribeUserPoolDomainCommand({ Domain: domainName })
          )
          return toSection(
            { Domain: domainName, ...DomainDescription },
            (k) => k === 'Domain' || !NOT_CONFIGURATION.has(k)
          )
        },
        { Domain: domainName }
      )
    : null
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    takenAt: new Date().toISOString(),
    source: {
      poolId,
      poolName: pool.Name ?? '',
      region: source.region,
      ...(source.reason ? { reason: source.reason } : {})
    },
    pool: poolSection(pool),
    mfa,
    appClients,
    groups,
    identityProviders,
    resourceServers,
    domain,
    ...(threatProtection === undefined ? {} : { threatProtection }),
    ...(branding === undefined ? {} : { branding }),
    ...(logDelivery === undefined ? {} : { logDelivery }),
    ...(clientThreatProtection === undefined ? {} : { clientThreatProtection }),
    ...(terms === undefined ? {} : { terms }),
    ...(replicas === undefined ? {} : { replicas }),
    ...(sessionConfiguration === undefined ? {} : { sessionConfiguration }),
    ...(clientSessionConfiguration === undefined ? {} : { clientSessionConfiguration }),
    unavailable
  }
}

/** A section without one field (e.g. the name of the resource, which is a separate parameter). */
function without(item: SnapshotSection, ...fields: string[]): SnapshotSection {
  return Object.fromEntries(Object.entries(item).filter(([k]) => !fields.includes(k)))
}

/** Custom attributes as AddCustomAttributes and CreateUserPool take them: named without the prefix. */
function schemaForCreate(schema: unknown): SchemaAttributeType[] {
  return ((schema as SchemaAttributeType[] | undefined) ?? []).map((a) => ({
    ...a,
    Name: a.Name?.replace(/^custom:/, '')
  }))
}

const itemOf = (snapshot: PoolSnapshot, step: PlanStep): SnapshotSection =>
  resourcesOf(snapshot, step.kind).get(step.name) ?? {}

type Sdk = never
/** The SDK's inputs are typed per command; a section is checked by Cognito, which answers in words. */
const asInput = (value: object): Sdk => value as Sdk

/** Sends what one plan step needs. `poolId` is the target pool's id. */
async function runStep(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  step: PlanStep,
  desired: PoolSnapshot,
  current: PoolSnapshot | null
): Promise<void> {
  const item = itemOf(desired, step)
  // What a deletion removes is named in the target's own snapshot.
  const named = step.action === 'delete' && current ? itemOf(current, step) : item
  const UserPoolId = poolId
  const clientName = step.kind === 'appClients' ? step.name : String(named['ClientName'] ?? step.name)
  const clientId = () =>
    clientIdByName(idp, poolId, clientName).then((ClientId) => {
      if (!ClientId) throw new AppError('NOT_FOUND', `The app client ${clientName} was not found.`)
      return ClientId
    })
  switch (step.kind) {
    case 'pool': {
      const customAdded = step.fields.filter((f) => f.startsWith('Schema.')).map((f) => f.slice(7))
      const settable = step.fields.filter((f) => !f.startsWith('Schema.'))
      if (settable.length > 0) {
        const request: Record<string, unknown> = { ...updateRequestFrom(await describeUserPool(idp, poolId)) }
        for (const field of settable) {
          if (item[field] === undefined) delete request[field]
          else request[field] = item[field]
        }
        await idp.send(new UpdateUserPoolCommand(asInput(request)))
      }
      if (customAdded.length > 0) {
        const schema = (item['Schema'] as unknown as SchemaAttributeType[]).filter((a) =>
          customAdded.includes(a.Name ?? '')
        )
        await idp.send(
          new AddCustomAttributesCommand({ UserPoolId, CustomAttributes: schemaForCreate(schema) })
        )
      }
      return
    }
    case 'mfa':
      await idp.send(new SetUserPoolMfaConfigCommand(asInput({ ...item, UserPoolId })))
      return
    case 'resourceServers': {
      const input = asInput({ ...item, UserPoolId })
      if (step.action === 'delete')
        await idp.send(new DeleteResourceServerCommand({ UserPoolId, Identifier: step.name }))
      else if (step.action === 'create') await idp.send(new CreateResourceServerCommand(input))
      else await idp.send(new UpdateResourceServerCommand(input))
      return
    }
    case 'identityProviders': {
      if (step.action === 'delete') {
        await idp.send(new DeleteIdentityProviderCommand({ UserPoolId, ProviderName: step.name }))
      } else if (step.action === 'create') {
        await idp.send(new CreateIdentityProviderCommand(asInput({ ...item, UserPoolId })))
      } else {
        // UpdateIdentityProvider replaces the details whole: the target keeps its own secrets.
        const { IdentityProvider } = await idp.send(
          new DescribeIdentityProviderCommand({ UserPoolId, ProviderName: step.name })
        )
        const stored = Object.fromEntries(
          Object.entries(IdentityProvider?.ProviderDetails ?? {}).filter(([k]) =>
            (SECRET_DETAIL_KEYS as readonly string[]).includes(k)
          )
        )
        await idp.send(
          new UpdateIdentityProviderCommand(
            asInput({
              ...without(item, 'ProviderType'),
              UserPoolId,
              ProviderDetails: { ...stored, ...(item['ProviderDetails'] as object) }
            })
          )
        )
      }
      return
    }
    case 'appClients': {
      if (step.action === 'delete') {
        await idp.send(new DeleteUserPoolClientCommand({ UserPoolId, ClientId: await clientId() }))
      } else if (step.action === 'create') {
        await idp.send(
          new CreateUserPoolClientCommand(
            asInput({ ...without(item, 'HasSecret'), GenerateSecret: item['HasSecret'] === true, UserPoolId })
          )
        )
      } else {
        await idp.send(
          new UpdateUserPoolClientCommand(
            asInput({ ...without(item, 'HasSecret'), UserPoolId, ClientId: await clientId() })
          )
        )
      }
      return
    }
    case 'threatProtection':
      if (step.action === 'delete') await deleteRiskConfiguration(idp, poolId)
      // Through the same checks as the threat protection screen (an SES identity in the pool's Region...).
      else await setRiskConfiguration(idp, { poolId, settings: settingsOf(item as RiskConfigurationType) })
      return
    case 'clientThreatProtection':
      if (step.action === 'delete') await deleteRiskConfiguration(idp, poolId, await clientId())
      else
        await setRiskConfiguration(idp, {
          poolId,
          clientId: await clientId(),
          settings: settingsOf(without(item, 'ClientName') as RiskConfigurationType)
        })
      return
    case 'logDelivery':
      // Cognito keeps one configuration per pool: removing it is setting no destinations.
      await setLogDelivery(
        idp,
        poolId,
        step.action === 'delete'
          ? []
          : logEntriesOf((item['LogConfigurations'] ?? []) as unknown as LogConfigurationType[])
      )
      return
    case 'sessionConfiguration':
      // Through the same checks as the sessions screen; Cognito always has one, so it is never deleted.
      await setPoolSessionConfiguration(idp, { poolId, settings: poolSettingsOf(item) })
      return
    case 'clientSessionConfiguration':
      // A client back at the default is left out of a snapshot: "deleting" its own setting is the default.
      await setClientSessionConfiguration(idp, {
        poolId,
        clientId: await clientId(),
        settings:
          step.action === 'delete'
            ? { ssoMaxValidityMinutes: SSO_VALIDITY_MINUTES.default }
            : clientSettingsOf(item)
      })
      return
    case 'terms': {
      const ClientId = await clientId()
      const settings: TermsSettings = {
        poolId,
        clientId: ClientId,
        name: String(named['TermsName']),
        links: Object.entries((item['Links'] ?? {}) as Record<string, string>).map(([language, url]) => ({
          language: language as TermsSettings['links'][number]['language'],
          url
        }))
      }
      if (step.action === 'create') {
        await createTerms(idp, settings)
        return
      }
      const existing = (await listTerms(idp, poolId)).find(
        (doc) => doc.clientId === ClientId && doc.name === settings.name
      )
      if (!existing) throw new AppError('NOT_FOUND', `The terms document ${step.name} was not found.`)
      if (step.action === 'delete') await deleteTerms(idp, poolId, existing.termsId)
      else await updateTerms(idp, { ...settings, termsId: existing.termsId })
      return
    }

    case 'branding': {
      const style = without(item, 'ClientName') as BrandingStyle
      if (step.action === 'create') {
        await createBranding(idp, poolId, await clientId(), style)
        return
      }
      const existing = await readBranding(idp, poolId, await clientId())
      const brandingId = existing?.ManagedLoginBrandingId
      if (!brandingId) throw new AppError('NOT_FOUND', `The app client ${clientName} has no branding style.`)
      if (step.action === 'delete') await deleteBranding(idp, poolId, brandingId)
      else await updateBranding(idp, poolId, brandingId, style)
      return
    }
    case 'groups': {
      if (step.action === 'delete')
        await idp.send(new DeleteGroupCommand({ UserPoolId, GroupName: step.name }))
      else if (step.action === 'create')
        await idp.send(new CreateGroupCommand(asInput({ ...item, UserPoolId })))
      else await idp.send(new UpdateGroupCommand(asInput({ ...item, UserPoolId })))
      return
    }
    case 'domain': {
      const Domain = String(step.action === 'delete' ? current?.domain?.['Domain'] : item['Domain'])
      if (step.action === 'delete') await idp.send(new DeleteUserPoolDomainCommand({ UserPoolId, Domain }))
      else if (step.action === 'create')
        await idp.send(new CreateUserPoolDomainCommand(asInput({ ...item, UserPoolId })))
      else await idp.send(new UpdateUserPoolDomainCommand(asInput({ ...item, UserPoolId })))
    }
  }
}

/** A pool's app clients: id -> name. */
export async function clientNamesOf(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<Map<string, string>> {
  const clients = await collect(
    paginateListUserPoolClients({ client: idp }, { UserPoolId: poolId, MaxResults: 60 }),
    (page) => page.UserPoolClients
  )
  return new Map(clients.map((c) => [c.ClientId ?? '', c.ClientName ?? '']))
}

async function clientIdByName(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  name: string
): Promise<string | undefined> {
  return [...(await clientNamesOf(idp, poolId))].find(([, clientName]) => clientName === name)?.[0]
}

/** The plan for applying `desired` to a pool (its current snapshot) or to a new pool (null). */
export function planFor(
  desired: PoolSnapshot,
  current: PoolSnapshot | null
): { steps: PlanStep[]; fingerprint: string; notTaken: ResourceKind[] } {
  const steps = planSnapshot(desired, current)
  return {
    steps,
    fingerprint: planFingerprint(steps),
    notTaken: sectionsNotTaken(desired, ...(current ? [current] : []))
  }
}

/**
 * Applies a confirmed plan: refused when the target changed since the plan was shown; then each step in
 * order, stopping at the first failure with what was done and what was not.
 */
export async function applySnapshot(
  idp: CognitoIdentityProviderClient,
  request: {
    desired: PoolSnapshot
    /** An existing pool, or the name of a new pool to create. */
    target: { poolId: string } | { newPoolName: string }
    fingerprint: string
    region: string
  },
  /** Keeps the target's configuration as it was before anything is sent. */
  keep: (before: PoolSnapshot) => Promise<unknown>
): Promise<ApplyReport> {
  const current =
    'poolId' in request.target
      ? await takeSnapshot(idp, request.target.poolId, { region: request.region, reason: 'snapshots:apply' })
      : null
  const { steps, fingerprint } = planFor(request.desired, current)
  if (fingerprint !== request.fingerprint) {
    throw new AppError(
      'PRECONDITION',
      'The target pool changed since the plan was made, so nothing was applied.',
      {
        hint: 'Make the plan again, check it, and apply the new one.'
      }
    )
  }
  if (current) await keep(current)
  const runnable = steps.filter((s) => s.action !== 'blocked')
  const outcomes: StepOutcome[] = steps
    .filter((s) => s.action === 'blocked')
    .map((step) => ({ step, result: 'blocked' as const }))
  let poolId = 'poolId' in request.target ? request.target.poolId : ''
  let failure: AppErrorShape | undefined
  for (const step of runnable) {
    if (failure) {
      outcomes.push({ step, result: 'notRun' })
      continue
    }
    try {
      if (step.kind === 'pool' && step.action === 'create') {
        const created = await idp.send(
          new CreateUserPoolCommand(
            asInput({
              ...request.desired.pool,
              PoolName:
                'newPoolName' in request.target
                  ? request.target.newPoolName
                  : request.desired.pool['PoolName'],
              Schema: schemaForCreate(request.desired.pool['Schema'])
            })
          )
        )
        poolId = created.UserPool?.Id ?? ''
      } else {
        await runStep(idp, poolId, step, request.desired, current)
      }
      outcomes.push({ step, result: 'done' })
    } catch (error) {
      failure = toAppError(error)
      outcomes.push({ step, result: 'failed', error: failure })
    }
  }
  return { poolId, outcomes, complete: failure === undefined }
}

/** Reads a snapshot from a file's text, refusing what is not one with a reason code the window words. */
export function snapshotFromDocument(text: string): PoolSnapshot {
  const parsed = parseSnapshot(text)
  if ('snapshot' in parsed) return parsed.snapshot
  throw new AppError(
    'VALIDATION',
    `This file is not a pool snapshot this version can read (${parsed.problem}).`,
    {
      hint: 'Choose a JSON file saved from a pool’s Snapshots tab.',
      params: { problem: parsed.problem, ...(parsed.detail ? { detail: parsed.detail } : {}) }
    }
  )
}

/** Domains whose commands change users or sessions, not a pool's configuration. */
const NOT_CONFIGURATION_DOMAINS: ReadonlySet<Domain> = new Set<Domain>([
  'users',
  'jobs',
  'importJobs',
  'sessions',
  'authFactors',
  'linkedIdentities',
  'signInCheck',
  'testLogin',
  'selfService',
  'credentialsLab',
  'tokens',
  'identityPools',
  // An apply keeps the target's snapshot itself, from the read its plan check makes.
  'snapshots'
])

/** The pool a configuration change is about, when the console should keep a snapshot before it. */
export function poolChangedBy(domain: Domain, request: unknown): string | undefined {
  if (NOT_CONFIGURATION_DOMAINS.has(domain)) return undefined
  const poolId = (request as { poolId?: unknown } | null)?.poolId
  return typeof poolId === 'string' ? poolId : undefined
}
