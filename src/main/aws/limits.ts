import {
  GetProvisionedLimitCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import type { AccountQuotas, QuotaSettings } from '@shared/contract/limits'
import type { LimiterState } from '@shared/events'
import {
  ACCOUNT_QUOTA_CATEGORIES,
  DEFAULT_QUOTAS,
  QUOTA_CATEGORIES,
  type QuotaCategory
} from '@shared/quotas'
import type { EventSink } from '../events'
import type { CommandObserver } from './clients'
import { toAppError } from './errors'
import type { RateLimiter } from './limiter'

const THROTTLE_WINDOW_MS = 60_000

/**
 * Asks the account for its provisioned limit of each user-pool category, one call at a time (they
 * share the "Other" quota). A category Cognito does not know keeps its default; a refusal or an
 * endpoint without the operation ends the read with its reason, since every other call would fail alike.
 */
export async function readAccountQuotas(
  idp: CognitoIdentityProviderClient,
  now: () => Date = () => new Date()
): Promise<AccountQuotas> {
  const values: Partial<Record<QuotaCategory, number>> = {}
  const notOffered: QuotaCategory[] = []
  for (const category of ACCOUNT_QUOTA_CATEGORIES) {
    try {
      const { Limit } = await idp.send(
        new GetProvisionedLimitCommand({
          LimitDefinition: { LimitClass: 'API_CATEGORY', Attributes: { Category: category } }
        })
      )
      if (Limit?.ProvisionedLimitValue !== undefined && Limit.ProvisionedLimitValue > 0)
        values[category] = Limit.ProvisionedLimitValue
      else notOffered.push(category)
    } catch (error) {
      const shape = toAppError(error)
      if (shape.code === 'INVALID_PARAMETER' || shape.code === 'NOT_FOUND') {
        notOffered.push(category)
        continue
      }
      const reason =
        shape.code === 'UNSUPPORTED_OPERATION'
          ? 'This endpoint does not implement GetProvisionedLimit.'
          : `GetProvisionedLimit: ${shape.message}`
      return { state: 'unavailable', reason }
    }
  }
  return { state: 'read', values, notOffered, readAt: now().toISOString() }
}

/** Calls waiting per quota category, summed over a connection's limiters. */
function waitingOf(limiters: Iterable<RateLimiter>): Partial<Record<QuotaCategory, number>> {
  const waiting: Partial<Record<QuotaCategory, number>> = {}
  for (const limiter of limiters)
    for (const [category, n] of Object.entries(limiter.snapshot().waiting) as [QuotaCategory, number][])
      waiting[category] = (waiting[category] ?? 0) + n
  return waiting
}

interface Tracked {
  /** The connection's limiters: its own Region's and those of Regions searched across. */
  limiters: Set<RateLimiter>
  throttles: number[]
  timer: ReturnType<typeof setTimeout> | undefined
  last: string
}

export interface LimiterMonitorOptions {
  /** Shortest gap between two `limiter:state` events of one connection. */
  intervalMs?: number
  now?: () => number
}

/**
 * Applies the person's quota settings to every connection's rate limiter and tells the renderer,
 * at most a few times a second, when calls are held back or AWS answered with throttles.
 */
export class LimiterMonitor {
  private readonly tracked = new Map<string, Tracked>()
  /** Each connection's provisioned limits, once read, with the Region they were read in. */
  private readonly account = new Map<string, { region: string; quotas: AccountQuotas }>()
  private readonly intervalMs: number
  private readonly now: () => number

  constructor(
    private readonly events: EventSink,
    private overrides: Partial<Record<QuotaCategory, number>> = {},
    options: LimiterMonitorOptions = {}
  ) {
    this.intervalMs = options.intervalMs ?? 250
    this.now = options.now ?? (() => performance.now())
  }

  /** The observer for one of a connection's clients; applies the current quotas to its limiter. */
  observer(connectionId: string, limiter: RateLimiter): CommandObserver {
    let tracked = this.tracked.get(connectionId)
    if (!tracked) {
      tracked = { limiters: new Set(), throttles: [], timer: undefined, last: '' }
      this.tracked.set(connectionId, tracked)
    }
    if (!tracked.limiters.has(limiter)) {
      tracked.limiters.add(limiter)
      limiter.subscribe(() => this.schedule(connectionId))
      // The account's limits read in the connection's Region stand in for the others it searches.
      limiter.setQuotas(this.effective(connectionId))
    }
    const current = tracked
    return {
      throttled: () => {
        current.throttles.push(this.now())
        this.schedule(connectionId)
      }
    }
  }

  /** The rates a connection's limiter uses: the override, else the account's limit, else the default. */
  effective(connectionId?: string): Record<QuotaCategory, number> {
    const account = connectionId ? this.account.get(connectionId)?.quotas : undefined
    return { ...DEFAULT_QUOTAS, ...(account?.state === 'read' ? account.values : {}), ...this.overrides }
  }

  setQuotas(overrides: Partial<Record<QuotaCategory, number>>): void {
    this.overrides = { ...overrides }
    this.apply()
  }

  /** Whether the limits were read for the connection in this Region (a Region has its own quotas). */
  hasAccountQuotas(connectionId: string, region: string): boolean {
    return this.account.get(connectionId)?.region === region
  }

  setAccountQuotas(connectionId: string, region: string, quotas: AccountQuotas): void {
    this.account.set(connectionId, { region, quotas })
    this.apply()
  }

  /** What Settings shows: defaults, overrides, the account's answer and the rate in force with its source. */
  settings(connectionId: string | undefined): QuotaSettings {
    const account: AccountQuotas = connectionId
      ? (this.account.get(connectionId)?.quotas ?? { state: 'unavailable', reason: 'Not read yet.' })
      : { state: 'noConnection' }
    const read = account.state === 'read' ? account.values : {}
    const inForce = Object.fromEntries(
      QUOTA_CATEGORIES.map((c) => {
        const override = this.overrides[c]
        if (override !== undefined) return [c, { value: override, source: 'override' }]
        const provisioned = read[c]
        if (provisioned !== undefined) return [c, { value: provisioned, source: 'account' }]
        return [c, { value: DEFAULT_QUOTAS[c], source: 'default' }]
      })
    ) as QuotaSettings['inForce']
    return { defaults: DEFAULT_QUOTAS, overrides: { ...this.overrides }, account, inForce }
  }

  private apply(): void {
    for (const [id, { limiters }] of this.tracked)
      for (const limiter of limiters) limiter.setQuotas(this.effective(id))
  }

  state(connectionId: string): LimiterState {
    const tracked = this.tracked.get(connectionId)
    if (!tracked) return { connectionId, waiting: {}, throttledRecently: 0 }
    const since = this.now() - THROTTLE_WINDOW_MS
    tracked.throttles = tracked.throttles.filter((t) => t > since)
    return {
      connectionId,
      waiting: waitingOf(tracked.limiters),
      throttledRecently: tracked.throttles.length
    }
  }

  private schedule(connectionId: string): void {
    const tracked = this.tracked.get(connectionId)
    if (!tracked || tracked.timer) return
    tracked.timer = setTimeout(() => {
      tracked.timer = undefined
      const state = this.state(connectionId)
      const key = JSON.stringify(state)
      if (key !== tracked.last) {
        tracked.last = key
        this.events.emit('limiter:state', state)
      }
      // Keep looking while anything is shown, so the indicator clears itself when the minute passes.
      if (Object.keys(state.waiting).length > 0 || state.throttledRecently > 0) this.schedule(connectionId)
    }, this.intervalMs)
    tracked.timer.unref?.()
  }

  dispose(): void {
    for (const tracked of this.tracked.values()) clearTimeout(tracked.timer)
  }
}
