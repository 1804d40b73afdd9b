import { randomUUID } from 'node:crypto'
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts'
import { ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider'
import type { Connection, ConnectionTestResult, ConnectionsState } from '@shared/contract/connections'
import type { connectionInputSchema } from '@shared/contract/connections'
import { ENDPOINT_URL_MESSAGES, endpointUrlProblem } from '@shared/endpoint-url'
import { AppError, type ErrorCode } from '@shared/errors'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { z } from 'zod'
import type { EventSink } from '../events'
import type { SettingsStore } from '../store/settings'
import {
  createAwsClients,
  destroyAwsClients,
  type AwsClients,
  type ClientSettings,
  type CommandObserver
} from './clients'
import { isWriteCommand } from './commands'
import { credentialsFor } from './credentials'
import { toAppError, type ErrorContext } from './errors'
import { RateLimiter } from './limiter'

export interface ActiveConnection {
  connection: Connection
  clients: AwsClients
  limiter: RateLimiter
}

export interface ConnectionManagerOptions {
  /** Extra observers per connection (audit log, throttle indicator), given its rate limiter. */
  observers?: (connection: Connection, limiter: RateLimiter) => CommandObserver[]
  /** Client tuning; tests use maxAttempts 1 so retries do not hide errors. */
  client?: Pick<ClientSettings, 'maxAttempts' | 'connectionTimeoutMs' | 'requestTimeoutMs'>
  /** How long an MFA prompt waits for the person. */
  mfaTimeoutMs?: number
}

/** How an endpoint without STS answers GetCallerIdentity (cognito-local: HTTP 400 JSON, not XML). */
const STS_ABSENT = new Set<ErrorCode>(['UNSUPPORTED_OPERATION', 'ENDPOINT'])
const CREDENTIAL_FAILURES = new Set<ErrorCode>([
  'CANCELLED',
  'CREDENTIALS_MISSING',
  'CREDENTIALS_EXPIRED',
  'SSO_LOGIN_REQUIRED'
])

export function readOnlyError(connection: Connection): AppError {
  return new AppError('READ_ONLY', `The connection “${connection.name}” is read-only: nothing was changed.`, {
    hint: 'Edit the connection in Settings and turn off read-only to make changes.',
    params: { connection: connection.name }
  })
}

function readOnlyGuard(connection: Connection): CommandObserver {
  return {
    before(_service, commandName, input) {
      if (connection.readOnly && isWriteCommand(commandName, input)) throw readOnlyError(connection)
    }
  }
}

/** Where the clients of a connection in a Region other than its own are kept. */
const regionalKey = (id: string, region: string): string => `${id}@${region}`

function combine(observers: CommandObserver[]): CommandObserver {
  return {
    before: (...args) => observers.forEach((o) => o.before?.(...args)),
    after: (...args) => observers.forEach((o) => o.after?.(...args)),
    throttled: (...args) => observers.forEach((o) => o.throttled?.(...args))
  }
}

/**
 * Saved connections (profile + region + endpoint, no secrets), the active one, and the SDK clients
 * built for each. Clients are created lazily and dropped whenever their connection changes.
 */
export class ConnectionManager {
  private readonly clients = new Map<string, AwsClients>()
  private readonly limiters = new Map<string, RateLimiter>()
  private readonly credentials = new Map<string, AwsCredentialIdentityProvider>()
  private readonly pendingMfa = new Map<
    string,
    { resolve: (code: string) => void; reject: (e: Error) => void }
  >()

  constructor(
    private readonly store: SettingsStore,
    private readonly events: EventSink,
    private readonly options: ConnectionManagerOptions = {}
  ) {}

  state(): ConnectionsState {
    const connections = this.store.get('connections')
    const activeId = this.store.get('activeConnectionId')
    return { connections, activeId: connections.some((c) => c.id === activeId) ? activeId : null }
  }

  get(id: string): Connection {
    const connection = this.store.get('connections').find((c) => c.id === id)
    if (!connection) {
      throw new AppError('NOT_FOUND', 'That connection no longer exists.', {
        hint: 'Choose another connection in Settings.'
      })
    }
    return connection
  }

  save(input: z.output<typeof connectionInputSchema>): Connection {
    const connections = this.store.get('connections')
    const id = input.id ?? randomUUID()
    const connection: Connection = { ...input, id }
    if (connection.source === 'environment') delete connection.profile
    const index = connections.findIndex((c) => c.id === id)
    if (input.id && index < 0) {
      throw new AppError('NOT_FOUND', 'That connection no longer exists.', { hint: 'Create it again.' })
    }
    const next =
      index >= 0 ? connections.map((c) => (c.id === id ? connection : c)) : [...connections, connection]
    this.store.set('connections', next)
    this.drop(id)
    if (this.store.get('activeConnectionId') === null) this.store.set('activeConnectionId', id)
    return connection
  }

  remove(id: string): ConnectionsState {
    this.get(id)
    this.store.set(
      'connections',
      this.store.get('connections').filter((c) => c.id !== id)
    )
    if (this.store.get('activeConnectionId') === id) this.store.set('activeConnectionId', null)
    this.drop(id)
    return this.state()
  }

  activate(id: string): ConnectionsState {
    this.get(id)
    this.store.set('activeConnectionId', id)
    return this.state()
  }

  /** The active connection with its clients; fails with a clear message when there is none. */
  active(): ActiveConnection {
    const { activeId } = this.state()
    if (!activeId) {
      throw new AppError('NO_CONNECTION', 'No connection is selected.', {
        hint: 'Add a connection in Settings (an AWS profile and a region), then choose it.'
      })
    }
    return this.open(activeId)
  }

  /** The active connection, or undefined: for checks that must not throw. */
  activeConnection(): Connection | undefined {
    const { activeId } = this.state()
    return activeId ? this.get(activeId) : undefined
  }

  open(id: string): ActiveConnection {
    return this.build(this.get(id), id)
  }

  /**
   * The connection's clients in another Region of the same account, for a search across Regions.
   * They have their own limiter, since quotas are per account and Region.
   */
  openRegion(id: string, region: string): ActiveConnection {
    const connection = this.get(id)
    if (region === connection.region) return this.open(id)
    return this.build({ ...connection, region }, regionalKey(id, region))
  }

  /** One credentials provider per connection, shared by its Regions: an MFA code is asked for once. */
  private credentialsOf(id: string): AwsCredentialIdentityProvider {
    let provider = this.credentials.get(id)
    if (!provider) {
      provider = credentialsFor(this.get(id), (profile, serial) => this.askMfa(profile, serial))
      this.credentials.set(id, provider)
    }
    return provider
  }

  private build(connection: Connection, key: string): ActiveConnection {
    // A connection saved before http was limited to this machine must not send signed requests in clear.
    const problem = connection.endpoint ? endpointUrlProblem(connection.endpoint) : null
    if (problem) {
      throw new AppError('VALIDATION', ENDPOINT_URL_MESSAGES[problem], {
        hint: 'Edit the connection in Settings and give it an https:// endpoint.',
        params: { problem }
      })
    }
    let limiter = this.limiters.get(key)
    if (!limiter) {
      limiter = new RateLimiter()
      this.limiters.set(key, limiter)
    }
    let clients = this.clients.get(key)
    if (!clients) {
      clients = createAwsClients({
        region: connection.region,
        ...(connection.endpoint ? { endpoint: connection.endpoint } : {}),
        credentials: this.credentialsOf(connection.id),
        limiter,
        observer: combine([
          readOnlyGuard(connection),
          ...(this.options.observers?.(connection, limiter) ?? [])
        ]),
        ...this.options.client
      })
      this.clients.set(key, clients)
    }
    return { connection, clients, limiter }
  }

  errorContext(connection: Connection | undefined = this.activeConnection()): ErrorContext {
    if (!connection) return {}
    const ctx: ErrorContext = { region: connection.region }
    if (connection.profile) ctx.profile = connection.profile
    if (connection.endpoint) ctx.endpoint = connection.endpoint
    return ctx
  }

  /** Who the connection is (STS GetCallerIdentity) and whether Cognito answers (ListUserPools). */
  async test(id?: string): Promise<ConnectionTestResult> {
    const { connection, clients } = id ? this.open(id) : this.active()
    const ctx = this.errorContext(connection)
    const result: ConnectionTestResult = {
      region: connection.region,
      identity: { ok: true },
      cognito: { ok: true, userPools: 0 }
    }
    if (connection.endpoint) result.endpoint = connection.endpoint
    try {
      const who = await clients.sts.send(new GetCallerIdentityCommand({}))
      if (who.Account) result.account = who.Account
      if (who.Arn) result.arn = who.Arn
    } catch (error) {
      result.identity = { ok: false, error: toAppError(error, ctx) }
    }
    // Without credentials the second call would fail the same way (or ask for the MFA code again);
    // a custom endpoint that let STS time out would hold the Cognito call just as long.
    if (
      'error' in result.identity &&
      (CREDENTIAL_FAILURES.has(result.identity.error.code) ||
        (connection.endpoint !== undefined && result.identity.error.code === 'TIMEOUT'))
    ) {
      result.cognito = { ok: false, error: result.identity.error }
      return result
    }
    try {
      const pools = await clients.idp.send(new ListUserPoolsCommand({ MaxResults: 60 }))
      result.cognito = { ok: true, userPools: pools.UserPools?.length ?? 0 }
    } catch (error) {
      result.cognito = { ok: false, error: toAppError(error, ctx) }
    }
    if (connection.endpoint && result.cognito.ok && 'error' in result.identity) {
      // An endpoint that answers Cognito but not STS is a Cognito-only emulator, not a fault.
      if (STS_ABSENT.has(result.identity.error.code)) result.identity = { ok: false, noSts: true }
    }
    return result
  }

  /** Asks the renderer for an MFA code and waits for `answerMfa`. */
  askMfa(profile: string, serialNumber: string): Promise<string> {
    const requestId = randomUUID()
    return new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pendingMfa.delete(requestId)
        reject(
          new AppError('CANCELLED', 'No MFA code was entered in time.', {
            hint: 'Test the connection again.'
          })
        )
      }, this.options.mfaTimeoutMs ?? 300_000)
      this.pendingMfa.set(requestId, {
        resolve: (code) => {
          clearTimeout(timer)
          resolve(code)
        },
        reject: (e) => {
          clearTimeout(timer)
          reject(e)
        }
      })
      this.events.emit('connections:mfaPrompt', { requestId, profile, serialNumber })
    })
  }

  answerMfa(requestId: string, code: string | null): void {
    const pending = this.pendingMfa.get(requestId)
    if (!pending) throw new AppError('NOT_FOUND', 'That MFA prompt has already ended.')
    this.pendingMfa.delete(requestId)
    if (code === null) pending.reject(new AppError('CANCELLED', 'The MFA prompt was cancelled.'))
    else pending.resolve(code)
  }

  /** Drops the connection's clients in every Region, so the next call builds them from the saved settings. */
  private drop(id: string): void {
    this.credentials.delete(id)
    for (const [key, clients] of this.clients) {
      if (key !== id && !key.startsWith(regionalKey(id, ''))) continue
      destroyAwsClients(clients)
      this.clients.delete(key)
    }
  }

  dispose(): void {
    for (const clients of this.clients.values()) destroyAwsClients(clients)
    this.clients.clear()
    this.credentials.clear()
  }
}
