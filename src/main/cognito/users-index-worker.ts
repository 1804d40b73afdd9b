/**
 * The index thread: owns one pool's loaded users and answers the calls of `IndexThread` in order,
 * so filtering and sorting a million rows never holds up the main process.
 */
import { parentPort } from 'node:worker_threads'
import { INDEX_OPS, IndexRows, type IndexCall } from './users-index-store'

const port = parentPort
if (!port) throw new Error('users-index-worker runs only as a worker thread.')
const rows = new IndexRows()
const allowed = new Set<string>(INDEX_OPS)

port.on('message', ({ id, op, args }: IndexCall) => {
  try {
    if (!allowed.has(op)) throw new Error(`Unknown index operation ${op}.`)
    const method = rows[op] as (...a: unknown[]) => unknown
    port.postMessage({ id, result: method.apply(rows, args) })
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
