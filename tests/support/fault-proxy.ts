import {
  createServer,
  request as httpRequest,
  Agent,
  type IncomingMessage,
  type Server,
  type ServerResponse
} from 'node:http'
import type { Socket } from 'node:net'

/**
 * A loopback HTTP proxy in front of the emulator that behaves like Cognito under load: it adds
 * latency, answers TooManyRequestsException above a request rate (per quota bucket, as Cognito's
 * per-category quotas do), can throttle a random fraction of calls, and can go down or hang on demand.
 * moto itself never throttles and answers in a millisecond, so these behaviours are injected here.
 */
export interface FaultProxyOptions {
  target: string
  /** Added to every call, in ms. */
  latencyMs?: number
  /** Added to calls of these operations instead, in ms. */
  latencyOf?: Record<string, number>
  /** Requests allowed per bucket within each window; calls above it are throttled. */
  rateLimits?: Record<string, number>
  /** The rate window in ms (1,000: requests per second, as Cognito's quotas). */
  windowMs?: number
  /** Which bucket an operation (e.g. `ListUsers`) falls in; operations with no bucket are not limited. */
  bucketOf?: (operation: string) => string | undefined
  /** Fraction (0..1) of calls answered with a throttle regardless of rate. */
  throttleFraction?: number
  /** Seed for the random throttles, so runs are repeatable. */
  seed?: number
  /** Answer every JSON-protocol call (Cognito) with this AWS error: expired or revoked credentials... */
  failWith?: { type: string; message: string; status?: number } | undefined
  /** Answer only these operations with `failWith` (every JSON-protocol call when unset). */
  failOperations?: string[]
  /** Behave as a Cognito-only emulator: query-protocol calls (STS, IAM) get cognito-local's HTTP 400. */
  cognitoOnly?: boolean
  /**
   * The next `calls` calls of `operation` get no answer (until `unhang`): with `applied`, the emulator
   * has carried them out and only the answer is lost, as when a link drops after the write landed.
   */
  stall?: { operation: string; calls: number; applied: boolean }
  /** The next `calls` calls of `operation` have their connection cut before they reach the emulator. */
  reset?: { operation: string; calls: number }
}

export interface FaultProxyStats {
  forwarded: number
  throttled: number
  /** Calls answered with `failWith`. */
  failed: number
  /** Calls whose connection was cut (`reset`). */
  reset: number
  byOperation: Record<string, { forwarded: number; throttled: number; failed: number }>
}

export interface FaultProxy {
  endpoint: string
  stats: FaultProxyStats
  /** Stop accepting connections and cut the open ones: calls fail as against a dead endpoint. */
  down(): Promise<void>
  /** Listen again on the same port. */
  up(): Promise<void>
  /** Accept calls but never answer them (until `unhang`). */
  hang(): void
  unhang(): void
  set(options: Partial<Omit<FaultProxyOptions, 'target'>>): void
  close(): Promise<void>
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function operationOf(req: IncomingMessage, body: Buffer): string {
  const target = req.headers['x-amz-target']
  if (typeof target === 'string') return target.split('.').pop() ?? target
  // Query-protocol services (STS, IAM) name the action in the form body.
  const match = /(?:^|&)Action=([^&]+)/.exec(body.toString('utf8'))
  return match?.[1] ?? 'Unknown'
}

export async function startFaultProxy(initial: FaultProxyOptions): Promise<FaultProxy> {
  let options: FaultProxyOptions = { ...initial }
  let random = mulberry32(options.seed ?? 1)
  const windows = new Map<string, number[]>()
  const stats: FaultProxyStats = { forwarded: 0, throttled: 0, failed: 0, reset: 0, byOperation: {} }
  const agent = new Agent({ keepAlive: true, maxSockets: 64 })
  const target = new URL(options.target)
  const sockets = new Set<Socket>()
  const hung: ServerResponse[] = []
  let hanging = false

  const count = (op: string, key: 'forwarded' | 'throttled' | 'failed') => {
    stats[key]++
    const entry = (stats.byOperation[op] ??= { forwarded: 0, throttled: 0, failed: 0 })
    entry[key]++
  }

  const overRate = (op: string): boolean => {
    const bucket = options.bucketOf?.(op)
    const limit = bucket ? options.rateLimits?.[bucket] : undefined
    if (!bucket || limit === undefined) return false
    const now = performance.now()
    const span = options.windowMs ?? 1000
    const window = (windows.get(bucket) ?? []).filter((t) => now - t < span)
    windows.set(bucket, window)
    if (window.length >= limit) return true
    window.push(now)
    return false
  }

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    if (hanging) {
      hung.push(res)
      return
    }
    const op = operationOf(req, body)
    const reset = options.reset?.operation === op && options.reset.calls > 0 ? options.reset : undefined
    if (reset) {
      reset.calls--
      stats.reset++
      // No answer and no clean close: the client meets ECONNRESET ("socket hang up").
      req.socket.destroy()
      return
    }
    const stall = options.stall?.operation === op && options.stall.calls > 0 ? options.stall : undefined
    if (stall) {
      stall.calls--
      hung.push(res)
      if (!stall.applied) return
    }
    const throttle = overRate(op) || (options.throttleFraction ?? 0) > random()
    const respond = () => {
      const jsonProtocol = typeof req.headers['x-amz-target'] === 'string'
      if (!jsonProtocol && options.cognitoOnly) {
        const payload = JSON.stringify({ message: 'Missing x-amz-target header' })
        res.writeHead(400, {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload)
        })
        res.end(payload)
        return
      }
      const failing = !options.failOperations || options.failOperations.includes(op)
      const failure = jsonProtocol && failing ? options.failWith : undefined
      if (throttle || failure) {
        count(op, throttle ? 'throttled' : 'failed')
        const type = failure?.type ?? 'TooManyRequestsException'
        const payload = JSON.stringify({ __type: type, message: failure?.message ?? 'Rate exceeded' })
        res.writeHead(failure?.status ?? 400, {
          'Content-Type': 'application/x-amz-json-1.1',
          'x-amzn-ErrorType': type,
          'x-amzn-RequestId': `proxy-${stats.throttled}`,
          'Content-Length': Buffer.byteLength(payload)
        })
        res.end(payload)
        return
      }
      count(op, 'forwarded')
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: target.host },
          agent
        },
        (upstreamRes) => {
          if (stall) {
            upstreamRes.resume()
            return
          }
          res.writeHead(upstreamRes.statusCode ?? 502, upstreamRes.headers)
          upstreamRes.pipe(res)
        }
      )
      upstream.on('error', () => {
        if (!res.headersSent) res.writeHead(502)
        res.end()
      })
      upstream.end(body)
    }
    const latency = options.latencyOf?.[op] ?? options.latencyMs ?? 0
    if (latency > 0) setTimeout(respond, latency)
    else respond()
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => handle(req, res, Buffer.concat(chunks)))
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (typeof address !== 'object' || !address) throw new Error('no address')
  const port = address.port

  const closeServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      for (const s of sockets) s.destroy()
    })

  return {
    endpoint: `http://127.0.0.1:${port}`,
    stats,
    down: closeServer,
    up: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
    hang: () => {
      hanging = true
    },
    unhang: () => {
      hanging = false
      for (const res of hung.splice(0)) res.destroy()
    },
    set: (next) => {
      options = { ...options, ...next }
      if (next.seed !== undefined) random = mulberry32(next.seed)
    },
    close: async () => {
      hanging = false
      for (const res of hung.splice(0)) res.destroy()
      if (server.listening) await closeServer()
      agent.destroy()
    }
  }
}
