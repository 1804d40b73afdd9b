/**
 * The fault proxy in a process of its own, for the benchmarks: in the benchmark's process it would
 * time arrivals on the same event loop as the client it judges, so a pause of that loop would bunch
 * evenly paced calls together and count them as a burst. Options come as JSON in argv[2]; it prints
 * `{"endpoint": ..., "direct": ...}` once listening (direct: what the proxy forwards to) and answers each
 * `stats` line on stdin with the stats as JSON. With `simulate`, the proxy forwards to the load simulator,
 * run here too.
 */
import { createInterface } from 'node:readline'
import { startFaultProxy, type FaultProxyOptions } from '../support/fault-proxy'
import { startLoadSimulator } from './load-simulator'

const { buckets, simulate, ...options } = JSON.parse(process.argv[2] ?? '{}') as FaultProxyOptions & {
  buckets?: Record<string, string>
  simulate?: boolean
}
const simulator = simulate ? await startLoadSimulator() : undefined
const target = simulator?.endpoint ?? options.target
const proxy = await startFaultProxy({ ...options, target, bucketOf: (op) => buckets?.[op] })
process.stdout.write(`${JSON.stringify({ endpoint: proxy.endpoint, direct: target })}\n`)
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'stats') process.stdout.write(`${JSON.stringify(proxy.stats)}\n`)
})
process.stdin.on(
  'end',
  () => void Promise.all([proxy.close(), simulator?.close()]).then(() => process.exit(0))
)
