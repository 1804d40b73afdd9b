import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventName } from '@shared/events'
import { LimiterMonitor } from '../../src/main/aws/limits'
import { categoryOf, DEFAULT_QUOTAS, RateLimiter, TokenBucket } from '../../src/main/aws/limiter'

/** A clock that only moves when a caller sleeps: pacing is measured in fake milliseconds. */
function fakeClock() {
  let t = 0
  const sleeps: number[] = []
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms)
      t += ms
    },
    advance: (ms: number) => (t += ms),
    sleeps
  }
}

describe('TokenBucket', () => {
  it('lets the first call through at once and paces the rest at the rate', async () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(10, clock.now, clock.sleep)
    const times: number[] = []
    await Promise.all(Array.from({ length: 21 }, () => bucket.acquire().then(() => times.push(clock.now()))))
    expect(times[0]).toBe(0)
    // 21 calls at 10 per second: the last one goes out 2 seconds after the first.
    expect(times.at(-1)).toBeCloseTo(2000, 5)
    for (let i = 1; i < times.length; i++) expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeCloseTo(100, 5)
  })

  it('serves callers in arrival order', async () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(5, clock.now, clock.sleep)
    const order: number[] = []
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => bucket.acquire().then(() => order.push(n))))
    expect(order).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('refills while idle, but never beyond one second of calls', async () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(4, clock.now, clock.sleep)
    await bucket.acquire()
    clock.advance(60_000)
    const start = clock.now()
    await Promise.all(Array.from({ length: 6 }, () => bucket.acquire()))
    // Four saved up, then two more at 250 ms each.
    expect(clock.now() - start).toBeCloseTo(500, 5)
  })

  it('follows a new rate at once', async () => {
    const clock = fakeClock()
    const bucket = new TokenBucket(100, clock.now, clock.sleep)
    await bucket.acquire()
    bucket.setRate(2)
    const start = clock.now()
    await bucket.acquire()
    await bucket.acquire()
    expect(clock.now() - start).toBeCloseTo(1000, 5)
    expect(bucket.ratePerSecond).toBe(2)
  })

  it('gives up a wait when its signal aborts, and the next caller still gets its turn', async () => {
    const clock = fakeClock()
    const controller = new AbortController()
    let release: () => void = () => undefined
    const bucket = new TokenBucket(
      1,
      clock.now,
      (ms) =>
        new Promise<void>((resolve) => {
          release = () => {
            clock.advance(ms)
            resolve()
          }
        })
    )
    await bucket.acquire()
    const aborted = bucket.acquire(controller.signal)
    const next = bucket.acquire()
    await Promise.resolve()
    await Promise.resolve()
    controller.abort(new Error('cancelled by the person'))
    release()
    await expect(aborted).rejects.toThrow('cancelled by the person')
    await vi.waitFor(() => {
      release()
      return expect(next).resolves.toBeUndefined()
    })
    expect(bucket.waiting).toBe(0)
  })
})

describe('RateLimiter', () => {
  it('keeps one bucket per quota category, so a busy category does not hold up another', async () => {
    const clock = fakeClock()
    const limiter = new RateLimiter({ ...DEFAULT_QUOTAS, UserList: 1, UserRead: 1000 }, clock)
    await limiter.acquire('UserList')
    await limiter.acquire('UserRead')
    const before = clock.now()
    await limiter.acquire('UserRead')
    expect(clock.now() - before).toBeLessThan(2)
    await limiter.acquire('UserList')
    expect(clock.now() - before).toBeGreaterThanOrEqual(999)
  })

  it('reports waiting callers and tells subscribers when the count changes', async () => {
    const clock = fakeClock()
    const limiter = new RateLimiter({ ...DEFAULT_QUOTAS, UserUpdate: 2 }, clock)
    const listener = vi.fn()
    const off = limiter.subscribe(listener)
    const all = Promise.all([1, 2, 3].map(() => limiter.acquire('UserUpdate')))
    expect(limiter.snapshot().waiting).toEqual({ UserUpdate: 3 })
    await all
    expect(limiter.snapshot().waiting).toEqual({})
    expect(listener).toHaveBeenCalledTimes(6)
    off()
    await limiter.acquire('UserUpdate')
    expect(listener).toHaveBeenCalledTimes(6)
  })

  it('applies new quotas to existing and future buckets', () => {
    const limiter = new RateLimiter()
    limiter.bucket('UserList')
    limiter.setQuotas({ UserList: 7, GroupRead: 3 })
    expect(limiter.bucket('UserList').ratePerSecond).toBe(7)
    expect(limiter.bucket('GroupRead').ratePerSecond).toBe(3)
    expect(limiter.quota('UserRead')).toBe(DEFAULT_QUOTAS.UserRead)
  })

  it('maps commands to their published quota categories', () => {
    expect(categoryOf('ListUsersCommand')).toBe('UserList')
    expect(categoryOf('AdminCreateUserCommand')).toBe('UserCreation')
    expect(categoryOf('AdminDeleteUserCommand')).toBe('UserDeletion')
    expect(categoryOf('AdminAddUserToGroupCommand')).toBe('UserUpdate')
    expect(categoryOf('GetIdCommand')).toBe('IdentityId')
    expect(categoryOf('SomethingNewCommand')).toBe('Other')
  })

  it('counts the tag calls of identity pools against the identity quotas, not the user pools’', () => {
    expect(categoryOf('TagResourceCommand')).toBe('UserPoolUpdate')
    expect(categoryOf('TagResourceCommand', 'cognito-identity')).toBe('IdentityUpdate')
    expect(categoryOf('ListTagsForResourceCommand', 'cognito-identity')).toBe('IdentityRead')
    expect(categoryOf('DescribeIdentityPoolCommand', 'cognito-identity')).toBe('IdentityRead')
  })
})

describe('LimiterMonitor', () => {
  afterEach(() => vi.useRealTimers())

  it('emits limiter:state at most once per interval, with waiting calls and recent throttles', async () => {
    vi.useFakeTimers()
    const emitted: { event: EventName; payload: unknown }[] = []
    const monitor = new LimiterMonitor(
      { emit: (event, payload) => emitted.push({ event, payload }) },
      {},
      { intervalMs: 250, now: () => Date.now() }
    )
    // A limiter whose waits end only when the test says so.
    let t = 0
    const pending: (() => void)[] = []
    const held = new RateLimiter(
      { ...DEFAULT_QUOTAS },
      { now: () => t, sleep: () => new Promise<void>((resolve) => pending.push(resolve)) }
    )
    const release = () => {
      t += 10_000
      pending.splice(0).forEach((resolve) => resolve())
    }
    const observer = monitor.observer('c1', held)
    monitor.observer('c2', new RateLimiter())

    await held.acquire('UserList')
    const waiting = [held.acquire('UserList'), held.acquire('UserList')]
    for (let i = 0; i < 10; i++) observer.throttled?.('cognito-idp', 'ListUsersCommand')
    expect(emitted).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(250)
    expect(emitted).toEqual([
      {
        event: 'limiter:state',
        payload: { connectionId: 'c1', waiting: { UserList: 2 }, throttledRecently: 10 }
      }
    ])
    await vi.advanceTimersByTimeAsync(1000)
    // Nothing changed: nothing more is sent, however many checks ran.
    expect(emitted).toHaveLength(1)
    release()
    await Promise.all(waiting)
    await vi.advanceTimersByTimeAsync(61_000)
    const last = emitted.at(-1)?.payload
    expect(last).toEqual({ connectionId: 'c1', waiting: {}, throttledRecently: 0 })
    expect(emitted.length).toBeLessThanOrEqual(4)
    monitor.dispose()
  })

  it('applies quota settings to every connection limiter, now and when one is added later', () => {
    const monitor = new LimiterMonitor({ emit: () => undefined }, { UserList: 5 })
    const a = new RateLimiter()
    monitor.observer('a', a)
    expect(a.quota('UserList')).toBe(5)
    monitor.setQuotas({ UserRead: 9 })
    expect(a.quota('UserList')).toBe(DEFAULT_QUOTAS.UserList)
    expect(a.quota('UserRead')).toBe(9)
    const b = new RateLimiter()
    monitor.observer('b', b)
    expect(b.quota('UserRead')).toBe(9)
    expect(monitor.effective().UserRead).toBe(9)
  })

  it('sums the waiting calls of one connection’s limiters in several Regions, and sets quotas on each', async () => {
    vi.useFakeTimers()
    const emitted: unknown[] = []
    const monitor = new LimiterMonitor({ emit: (_e, payload) => emitted.push(payload) }, { UserList: 7 })
    const pending: (() => void)[] = []
    const held = () =>
      new RateLimiter(
        { ...DEFAULT_QUOTAS },
        { now: () => 0, sleep: () => new Promise<void>((resolve) => pending.push(resolve)) }
      )
    const home = held()
    const west = held()
    monitor.observer('c1', home)
    monitor.observer('c1', west)
    // The same limiter seen again (new clients after a save) is not counted twice.
    monitor.observer('c1', home)
    expect(west.quota('UserList')).toBe(7)
    await Promise.all([home.acquire('UserList'), west.acquire('UserList')])
    void home.acquire('UserList')
    void west.acquire('UserList')
    await vi.advanceTimersByTimeAsync(250)
    expect(emitted.at(-1)).toEqual({
      connectionId: 'c1',
      waiting: { UserList: 2 },
      throttledRecently: 0
    })
    monitor.dispose()
  })
})
