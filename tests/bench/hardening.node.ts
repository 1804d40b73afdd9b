/**
 * Main-process benchmarks of hostile input, run by `npm run bench` (not a test: it prints figures and
 * whether each target holds):
 * - an import CSV of 50,000 bad rows checked in < 1 s, the event loop never blocked > 100 ms meanwhile;
 * - an endpoint that accepts the connection and never answers, with the app's own client settings: the
 *   first answer of an interactive call (pools:list) and of Test connection in <= 15 s.
 */
import type { PoolUserSchema } from '../../src/shared/contract/users'
import { validateImport } from '../../src/main/cognito/users-csv'
import { useAwsFiles } from '../support/aws-files'
import { createHarness } from '../support/harness'
import { startSilentServer } from '../support/silent-server'

const results: { ok?: boolean }[] = []
function report(name: string, value: string, target?: string, ok?: boolean): void {
  results.push(ok === undefined ? {} : { ok })
  console.log(`  ${name}: ${value}${target ? `   (target ${target}: ${ok ? 'met' : 'NOT MET'})` : ''}`)
}

const SCHEMA = {
  poolId: 'us-east-1_Bench123',
  attributes: [
    { name: 'email', dataType: 'String', required: true, mutable: true, writable: true, custom: false },
    {
      name: 'phone_number',
      dataType: 'String',
      required: false,
      mutable: true,
      writable: true,
      custom: false
    },
    {
      name: 'custom:tenant',
      dataType: 'String',
      required: false,
      mutable: true,
      writable: true,
      custom: true
    }
  ]
} as unknown as PoolUserSchema

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/**
 * Runs `work` with a 1 ms timer beside it. The longest gap between two ticks is how long the event loop
 * was blocked at most, in wall time and in CPU time: on a shared, loaded machine the wall figures
 * include time the process waited for a core, the CPU figures do not.
 */
async function measure<T>(
  work: () => Promise<T>
): Promise<{ value: T; ms: number; cpu: number; blockedMs: number; blockedCpu: number }> {
  let last = performance.now()
  let lastCpu = cpuMs()
  let blockedMs = 0
  let blockedCpu = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    const cpu = cpuMs()
    blockedMs = Math.max(blockedMs, now - last)
    blockedCpu = Math.max(blockedCpu, cpu - lastCpu)
    last = now
    lastCpu = cpu
  }, 1)
  const started = performance.now()
  const startedCpu = cpuMs()
  const value = await work()
  const ms = performance.now() - started
  const cpu = cpuMs() - startedCpu
  clearInterval(ticker)
  return { value, ms, cpu, blockedMs, blockedCpu }
}

async function csvImport(): Promise<void> {
  console.log('\nImport CSV check: 50,000 bad rows (a stray quote or a bad email or phone in each)')
  const lines = ['cognito:username,email,phone_number,custom:tenant']
  for (let i = 0; i < 50_000; i++) {
    const bad = i % 3
    lines.push(
      bad === 0
        ? `user${i},a"b${i}@example.com,,acme`
        : bad === 1
          ? `user${i},not-an-email-${i},,acme`
          : `user${i},u${i}@example.com,090-${i},acme`
    )
  }
  const csv = lines.join('\n')
  // One warm-up run, as the app's second import would be.
  await validateImport(csv, SCHEMA)
  let events = 0
  const m = await measure(() => validateImport(csv, SCHEMA, () => events++))
  report(
    'rows / bad rows',
    `${m.value.rows} / ${m.value.errors.length}`,
    '50,000 bad',
    m.value.errors.length === 50_000
  )
  report('check time (wall)', `${Math.round(m.ms)} ms`)
  report('check time (CPU)', `${Math.round(m.cpu)} ms`, '< 1000 ms', m.cpu < 1000)
  report('longest event-loop block (wall)', `${Math.round(m.blockedMs)} ms`)
  report('longest event-loop block (CPU)', `${Math.round(m.blockedCpu)} ms`, '< 100 ms', m.blockedCpu < 100)
  report('progress events', `${events}`)
}

async function silentEndpoint(): Promise<void> {
  console.log('\nAn endpoint that never answers (production client settings)')
  useAwsFiles()
  const server = await startSilentServer()
  const h = await createHarness({ endpoint: server.url, productionClient: true })
  try {
    for (const [name, run] of [
      ['pools:list', () => h.call('pools', 'list', {})],
      ['connections:test', () => h.call('connections', 'test', {})]
    ] as const) {
      const before = server.connections()
      const started = performance.now()
      const answer = JSON.stringify(await run())
      const seconds = (performance.now() - started) / 1000
      const timedOut = answer.includes('"TIMEOUT"')
      report(
        `${name} answered TIMEOUT after`,
        `${seconds.toFixed(1)} s`,
        '<= 15 s',
        timedOut && seconds <= 15
      )
      report(`${name} connections opened`, `${server.connections() - before}`)
    }
  } finally {
    h.dispose()
    await server.close()
  }
}

async function main(): Promise<void> {
  await csvImport()
  await silentEndpoint()
  const failed = results.filter((r) => r.ok === false)
  console.log(failed.length ? `\n${failed.length} target(s) not met.` : '\nEvery hostile-input target met.')
  process.exitCode = failed.length ? 1 : 0
}

void main()
