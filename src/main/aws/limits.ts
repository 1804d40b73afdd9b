import type { LimiterState } from '@shared/events'
import { DEFAULT_QUOTAS, type QuotaCategory } from '@shared/quotas'
import type { EventSink } from '../events'
import type { CommandObserver } from './clients'
import type { RateLimiter } from './limiter'

const THROTTLE_WINDOW_MS = 60_000

interface Tracked {
  limiter: RateLimiter
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

  /** The observer for one connection's clients; applies the current quotas to its limiter. */
  observer(connectionId: string, limiter: RateLimiter): CommandObserver {
    let tracked = this.tracked.get(connectionId)
    if (tracked?.limiter !== limiter) {
      tracked = { limiter, throttles: [], timer: undefined, last: '' }
      this.tracked.set(connectionId, tracked)
      limiter.subscribe(() => this.schedule(connectionId))
      limiter.setQuotas(this.effective())
    }
    const current = tracked
    return {
      throttled: () => {
        current.throttles.push(this.now())
        this.schedule(connectionId)
      }
    }
  }

  effective(): Record<QuotaCategory, number> {
    return { ...DEFAULT_QUOTAS, ...this.overrides }
  }

  setQuotas(overrides: Partial<Record<QuotaCategory, number>>): void {
    this.overrides = { ...overrides }
    for (const { limiter } of this.tracked.values()) limiter.setQuotas(this.effective())
  }

  state(connectionId: string): LimiterState {
    const tracked = this.tracked.get(connectionId)
    if (!tracked) return { connectionId, waiting: {}, throttledRecently: 0 }
    const since = this.now() - THROTTLE_WINDOW_MS
    tracked.throttles = tracked.throttles.filter((t) => t > since)
    return {
      connectionId,
      waiting: tracked.limiter.snapshot().waiting,
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
