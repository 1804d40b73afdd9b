import { Worker } from 'node:worker_threads'
import { AppError } from '@shared/errors'
import type { IndexAnswer, IndexOp, IndexRows } from './users-index-store'

interface Waiting {
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

/**
 * Starts the index thread. From the built app it is `users-index-worker.js` next to main's bundle; from
 * the sources (tests, benchmarks, the E2E bridge) it is the `.ts` file, run through tsx.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts')
  // A variable, not a literal, so the bundler leaves the URL alone: the worker is its own entry.
  const file = `users-index-worker.${fromSource ? 'ts' : 'js'}`
  const url = new URL(file, import.meta.url)
  if (!fromSource) return new Worker(url)
  const tsconfig = new URL('../../../tsconfig.node.json', import.meta.url).pathname
  return new Worker(url, {
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig }
  })
}

/** One pool's index thread: calls are answered in the order sent. */
export class IndexThread {
  private readonly worker = startWorker()
  private readonly waiting = new Map<number, Waiting>()
  private next = 0
  private failure: AppError | null = null

  constructor() {
    // The thread keeps the process alive only while a call waits for it.
    this.worker.unref()
    this.worker.on('message', (answer: IndexAnswer) => {
      const waiting = this.waiting.get(answer.id)
      this.waiting.delete(answer.id)
      if (this.waiting.size === 0) this.worker.unref()
      if ('error' in answer)
        waiting?.reject(new AppError('INTERNAL', `The pool index failed: ${answer.error}`))
      else waiting?.resolve(answer.result)
    })
    this.worker.on('error', (error) => this.fail(`The pool index stopped: ${error.message}`))
    this.worker.on('exit', () => this.fail('The pool index was closed.'))
  }

  call<K extends IndexOp>(op: K, ...args: Parameters<IndexRows[K]>): Promise<ReturnType<IndexRows[K]>> {
    if (this.failure) return Promise.reject(this.failure)
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject })
      this.worker.ref()
      this.worker.postMessage({ id, op, args })
    })
  }

  /** The thread's V8 heap in use, bytes. */
  async heapUsed(): Promise<number> {
    return (await this.worker.getHeapStatistics()).used_heap_size
  }

  close(): void {
    void this.worker.terminate()
  }

  private fail(message: string): void {
    this.failure ??= new AppError('INTERNAL', message)
    for (const waiting of this.waiting.values()) waiting.reject(this.failure)
    this.waiting.clear()
  }
}
