import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))
      )
    })
  })
}

export interface MotoServer {
  endpoint: string
  port: number
  process: ChildProcess
  stop(): Promise<void>
  reset(): Promise<void>
}

async function waitUntilUp(endpoint: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let exited = false
  child.once('exit', () => (exited = true))
  while (Date.now() < deadline) {
    if (exited)
      throw new Error('moto server exited during start-up: is `moto[server]` installed for python3?')
    try {
      const res = await fetch(`${endpoint}/moto-api/`)
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`moto server did not answer at ${endpoint} within ${timeoutMs} ms`)
}

/**
 * Starts moto's server (the AWS emulator the integration and E2E suites run against) on a free
 * loopback port. Each call is its own process with its own in-memory state.
 */
export async function startMoto(options: { port?: number; python?: string } = {}): Promise<MotoServer> {
  const port = options.port ?? (await freePort())
  const endpoint = `http://127.0.0.1:${port}`
  const child = spawn(
    options.python ?? process.env.PYTHON ?? 'python3',
    ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOTO_ALLOW_NONEXISTENT_REGION: 'true' }
    }
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000)
  })
  try {
    await waitUntilUp(endpoint, child, 30_000)
  } catch (error) {
    child.kill('SIGKILL')
    throw new Error(`${(error as Error).message}\n${stderr}`, { cause: error })
  }
  return {
    endpoint,
    port,
    process: child,
    reset: async () => {
      await fetch(`${endpoint}/moto-api/reset`, { method: 'POST' })
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
        setTimeout(() => child.kill('SIGKILL'), 3000).unref()
      })
  }
}
