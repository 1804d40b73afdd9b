import { isThrottle } from '../aws/clients'

export interface BackoffOptions {
  signal?: AbortSignal | undefined
  /** Called on each throttled attempt, before waiting. */
  onThrottle?: () => void
  /** Attempts including the first (default 10). */
  attempts?: number
  baseMs?: number
  maxMs?: number
}

/** A sleep that ends early (rejecting) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason as Error)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/**
 * Runs `call`, retrying TooManyRequestsException with exponential back-off and full jitter. The
 * connection's limiter already paces each attempt; this only covers the throttles that get through
 * anyway (another client on the same account, a lower quota than configured).
 */
export async function withBackoff<T>(call: () => Promise<T>, options: BackoffOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 10
  const base = options.baseMs ?? 100
  const max = options.maxMs ?? 5_000
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (!isThrottle(error) || attempt >= attempts) throw error
      options.onThrottle?.()
      await sleep(Math.random() * Math.min(max, base * 2 ** attempt), options.signal)
    }
  }
}
