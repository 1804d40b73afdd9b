/**
 * Measuring the longest block of the process that routes the console's calls, for the benchmarks.
 */
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * A full garbage collection of this process, on demand: a benchmark that makes its synthetic users here
 * leaves hundreds of MB of garbage, and a major collection of it inside the measured window would be
 * the benchmark's own block, not the console's.
 */
setFlagsFromString('--expose-gc')
export const collectGarbage = runInNewContext('gc') as () => void

/**
 * Watches the routing thread for its longest stall and the CPU it spent in that stall. On two cores
 * shared with Chromium and the index thread, a stall can be the thread waiting for a core (little CPU)
 * rather than working (CPU close to the stall's length): the first is the machine's, the second the
 * console's.
 */
export function watchStalls(): () => { ms: number; cpuMs: number } {
  let last = performance.now()
  let cpu = process.threadCpuUsage()
  let worst = { ms: 0, cpuMs: 0 }
  const timer = setInterval(() => {
    const now = performance.now()
    const used = process.threadCpuUsage(cpu)
    cpu = process.threadCpuUsage()
    if (now - last > worst.ms) worst = { ms: now - last, cpuMs: (used.user + used.system) / 1000 }
    last = now
  }, 2)
  return () => {
    clearInterval(timer)
    return worst
  }
}
