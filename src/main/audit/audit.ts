import { randomUUID } from 'node:crypto'
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts'
import { poolOfArn } from '@shared/arns'
import type { AuditEntry } from '@shared/contract/audit'
import type { Connection } from '@shared/contract/connections'
import type { CommandObserver, ServiceName } from '../aws/clients'
import { isWriteCommand, operationName } from '../aws/commands'
import { toAppError } from '../aws/errors'
import { redact } from './redact'
import type { AuditLog } from './log'

interface Identity {
  callerArn?: string
  account?: string
}

/** Keys naming the resource a call is about, most specific first. */
const TARGET_KEYS = [
  'Username',
  'GroupName',
  'ClientId',
  'ClientName',
  'ProviderName',
  'IdentityId',
  'IdentityPoolName',
  'PoolName',
  'Domain',
  'RoleName',
  'ResourceArn',
  // Console channel requests (refusals before any AWS call).
  'username',
  'groupName',
  'clientId',
  'identityPoolId',
  'name'
]

function field(input: unknown, key: string): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined
  const value = (input as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : undefined
}

/** How long a record may wait for the caller's identity before it is written without it. */
const IDENTITY_WAIT_MS = 5_000

/**
 * Turns every mutating AWS call of a connection into an audit record, whichever feature made it
 * (screens, bulk jobs, the pool index), including calls that fail or are refused as read-only.
 */
export class AuditTrail {
  private queue: Promise<void> = Promise.resolve()
  private queued = 0
  /** Records that could not be written (disk full, folder not writable), shown on the audit screen. */
  unwritten = 0

  constructor(
    readonly log: AuditLog,
    private readonly now: () => Date = () => new Date()
  ) {}

  /**
   * The observer for one connection's clients. `sts` gives the connection's STS client, to learn the
   * caller's ARN once (on the connection's first call) and reuse it for every record.
   */
  observer(connection: Connection, sts: () => STSClient): CommandObserver {
    let identity: Identity | undefined
    let lookup: Promise<Identity> | undefined
    const started = new WeakMap<object, number>()
    const learn = (): Promise<Identity> => {
      // Sent on a later tick: the STS call passes through this observer too, and must find `lookup` set.
      lookup ??= Promise.resolve()
        .then(() => sts().send(new GetCallerIdentityCommand({})))
        .then(
          (who) => ({
            ...(who.Arn ? { callerArn: who.Arn } : {}),
            ...(who.Account ? { account: who.Account } : {})
          }),
          () => ({})
        )
        .then((found) => (identity = found))
      return lookup
    }
    return {
      before: (_service, commandName, input) => {
        void learn()
        if (isWriteCommand(commandName, input) && typeof input === 'object' && input !== null) {
          started.set(input, performance.now())
        }
      },
      after: (service, commandName, input, outcome) => {
        if (!isWriteCommand(commandName, input)) return
        const start = typeof input === 'object' && input !== null ? started.get(input) : undefined
        const entry = this.entry(connection, service, operationName(commandName), input, outcome)
        if (start !== undefined) entry.durationMs = Math.round(performance.now() - start)
        this.write(entry, () => identity ?? learn())
      }
    }
  }

  /** A write refused by the console before any AWS call (the connection is read-only). */
  refused(connection: Connection, channel: string, request: unknown, error: unknown): void {
    this.write(this.entry(connection, 'console', channel, request, { ok: false, error }), () => ({}))
  }

  /** Never throws into the AWS call it records: a failed write is counted and reported instead. */
  private append(entry: AuditEntry): void {
    try {
      this.log.append(entry)
    } catch (error) {
      this.unwritten++
      console.error('The audit log could not be written:', error instanceof Error ? error.message : error)
    }
  }

  /** Resolves once every record handed in so far is on disk. */
  flush(): Promise<void> {
    return this.queue
  }

  private entry(
    connection: Connection,
    service: ServiceName | 'console',
    operation: string,
    input: unknown,
    outcome: { ok: true; output?: unknown } | { ok: false; error: unknown }
  ): AuditEntry {
    // A pool created by this call is known only from its answer.
    const created = outcome.ok
      ? (field((outcome.output as { UserPool?: unknown } | undefined)?.UserPool, 'Id') ??
        field(outcome.output, 'IdentityPoolId'))
      : undefined
    const resourceArn = field(input, 'ResourceArn')
    const poolId =
      field(input, 'UserPoolId') ??
      field(input, 'IdentityPoolId') ??
      field(input, 'poolId') ??
      (resourceArn ? poolOfArn(resourceArn) : undefined) ??
      created
    const target = TARGET_KEYS.map((k) => field(input, k)).find((v) => v !== undefined)
    const entry: AuditEntry = {
      id: randomUUID(),
      time: this.now().toISOString(),
      connectionId: connection.id,
      connectionName: connection.name,
      profile: connection.source === 'environment' ? 'environment' : (connection.profile ?? 'default'),
      region: connection.region,
      service,
      operation,
      parameters: redact(input),
      result: outcome.ok ? 'ok' : 'error'
    }
    if (connection.endpoint) entry.endpoint = connection.endpoint
    if (poolId) entry.poolId = poolId
    if (target) entry.target = target
    if (!outcome.ok) {
      const shape = toAppError(outcome.error)
      entry.error = { code: shape.code, name: shape.name, message: shape.message }
      if (shape.code === 'NETWORK' || shape.code === 'TIMEOUT') entry.uncertain = true
    }
    return entry
  }

  /**
   * Appends at once when the caller's identity is known and nothing waits before it; otherwise the
   * record waits (at most a few seconds) for the identity, keeping the log in call order.
   */
  private write(entry: AuditEntry, identity: () => Identity | Promise<Identity>): void {
    const known = identity()
    if (!(known instanceof Promise) && this.queued === 0) {
      this.append({ ...entry, ...known })
      return
    }
    this.queued++
    const timeout = new Promise<Identity>((resolve) =>
      setTimeout(() => resolve({}), IDENTITY_WAIT_MS).unref()
    )
    this.queue = this.queue.then(async () => {
      try {
        this.append({ ...entry, ...(await Promise.race([Promise.resolve(known), timeout])) })
      } finally {
        this.queued--
      }
    })
  }
}
