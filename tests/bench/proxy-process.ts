/**
 * The fault proxy in a process of its own, for the benchmarks: in the benchmark's process it would
 * time arrivals on the same event loop as the client it judges, so a pause of that loop would bunch
 * evenly paced calls together and count them as a burst. Options come as JSON in argv[2]; it prints
 * `{"endpoint": ...}` once listening and answers each `stats` line on stdin with the stats as JSON.
 */
import { createInterface } from 'node:readline'
import { startFaultProxy, type FaultProxyOptions } from '../support/fault-proxy'

const { buckets, ...options } = JSON.parse(process.argv[2] ?? '{}') as FaultProxyOptions & {
  buckets?: Record<string, string>
}
const proxy = await startFaultProxy({ ...options, bucketOf: (op) => buckets?.[op] })
process.stdout.write(`${JSON.stringify({ endpoint: proxy.endpoint })}\n`)
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'stats') process.stdout.write(`${JSON.stringify(proxy.stats)}\n`)
})
process.stdin.on('end', () => void proxy.close().then(() => process.exit(0)))
