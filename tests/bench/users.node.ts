/**
 * Main-process benchmarks of the users feature, run by `npm run bench` (not a test: it prints figures
 * and whether each target holds). Against the load simulator (tests/bench/load-simulator.ts; moto with
 * BENCH_BACKEND=moto, whose own time per page then dominates) behind the fault proxy, which adds 200 ms
 * to every call and throttles above Cognito's quotas:
 * - the pool index of BENCH_USERS users (default 100,000) vs. the quota-bound floor (users / 60 / 30 RPS),
 *   the longest block of this process's event loop (it routes while the index thread takes the rows),
 *   and, up to 10,000 users, vs. one sequential paginated listing through the same proxy;
 * - bulk disable of 1,000 users at a 25 RPS quota vs. its floor (40 s), counting users lost.
 */
import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  CreateUserPoolCommand,
  ListUsersCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { spawn } from 'node:child_process'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { listUsersPage } from '../../src/main/cognito/users'
import type { FaultProxyStats } from '../support/fault-proxy'
import { TEST_REGION, useAwsFiles } from '../support/aws-files'
import { createHarness } from '../support/harness'
import { startMoto } from '../support/moto'
import { saveFigures } from './figures'
import { collectGarbage, watchStalls } from './stalls'

const USERS = Number(process.env.BENCH_USERS ?? 100_000)
/** Above this, one sequential listing would take minutes of 200 ms round trips to compare with. */
const SEQUENTIAL_UP_TO = 10_000
const BULK = Number(process.env.BENCH_BULK ?? 1_000)
const LATENCY_MS = 200
const LIST_RPS = 30
const UPDATE_RPS = 25
const BACKEND = process.env.BENCH_BACKEND === 'moto' ? 'moto' : 'load simulator'

const results: { name: string; value: string; target?: string; ok?: boolean }[] = []
function report(name: string, value: string, target?: string, ok?: boolean): void {
  results.push({ name, value, ...(target ? { target } : {}), ...(ok !== undefined ? { ok } : {}) })
  console.log(`  ${name}: ${value}${target ? `   (target ${target}: ${ok ? 'met' : 'NOT MET'})` : ''}`)
}
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** Seeds straight against the back-end (not through the proxy), a few requests in flight. */
async function seed(idp: CognitoIdentityProviderClient, poolId: string, count: number): Promise<void> {
  let next = 0
  const started = performance.now()
  const lane = async () => {
    while (next < count) {
      const i = next++
      await idp.send(
        new AdminCreateUserCommand({
          UserPoolId: poolId,
          Username: `bench-${String(i).padStart(6, '0')}`,
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: `bench${i}@example.com` },
            { Name: 'custom:tenant', Value: ['acme', 'globex', 'initech'][i % 3] ?? '' }
          ]
        })
      )
      if (i % 2000 === 1999) console.log(`  seeded ${i + 1} users (${seconds(performance.now() - started)})`)
    }
  }
  await Promise.all(Array.from({ length: BACKEND === 'moto' ? 6 : 32 }, lane))
}

/** Starts tests/bench/proxy-process.ts and talks to it over its stdio. */
async function startProxyProcess(options: object): Promise<{
  endpoint: string
  direct: string
  stats: () => Promise<FaultProxyStats>
  close: () => void
}> {
  const child = spawn(
    process.execPath,
    [...process.execArgv, new URL('./proxy-process.ts', import.meta.url).pathname, JSON.stringify(options)],
    { stdio: ['pipe', 'pipe', 'inherit'] }
  )
  const lines = createInterface({ input: child.stdout })
  const waiting: ((line: string) => void)[] = []
  lines.on('line', (line) => waiting.shift()?.(line))
  const next = () => new Promise<string>((resolve) => waiting.push(resolve))
  const { endpoint, direct } = JSON.parse(await next()) as { endpoint: string; direct: string }
  return {
    endpoint,
    direct,
    stats: async () => {
      const answer = next()
      child.stdin.write('stats\n')
      return JSON.parse(await answer) as FaultProxyStats
    },
    close: () => child.stdin.end()
  }
}

/** Median time of one 60-user ListUsers page straight from the back-end (no proxy): its own cost. */
async function backendPageMs(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  filter?: string
): Promise<number> {
  const times: number[] = []
  for (let i = 0; i < 9; i++) {
    const t = performance.now()
    await idp.send(
      new ListUsersCommand({ UserPoolId: poolId, Limit: 60, ...(filter ? { Filter: filter } : {}) })
    )
    times.push(performance.now() - t)
  }
  return times.sort((a, b) => a - b)[4] ?? 0
}

async function main(): Promise<void> {
  useAwsFiles()
  const moto = BACKEND === 'moto' ? await startMoto() : undefined
  const proxy = await startProxyProcess({
    ...(moto ? { target: moto.endpoint } : { simulate: true }),
    latencyMs: LATENCY_MS,
    rateLimits: { UserList: LIST_RPS, UserUpdate: UPDATE_RPS },
    buckets: {
      ListUsers: 'UserList',
      ListUsersInGroup: 'UserList',
      AdminDisableUser: 'UserUpdate',
      AdminEnableUser: 'UserUpdate'
    }
  })
  const direct = new CognitoIdentityProviderClient({
    region: TEST_REGION,
    endpoint: proxy.direct,
    credentials: { accessKeyId: 'AKIABENCH00000000000', secretAccessKey: 'bench' }
  })
  // The app's own client settings: five attempts, its limiter at Cognito's default quotas.
  const h = await createHarness({ endpoint: proxy.endpoint, maxAttempts: 5 })
  try {
    const { UserPool } = await direct.send(
      new CreateUserPoolCommand({
        PoolName: 'bench',
        Schema: [{ Name: 'tenant', AttributeDataType: 'String', Mutable: true }]
      })
    )
    const poolId = UserPool?.Id ?? ''
    console.log(`Seeding ${USERS} users into the ${BACKEND} at ${proxy.direct} ...`)
    await seed(direct, poolId, USERS)

    console.log(
      `\nPool index through the proxy (+${LATENCY_MS} ms a call, ListUsers throttled above ${LIST_RPS} RPS)`
    )
    const floorMs = (USERS / 60 / LIST_RPS) * 1000
    // Seeding left its requests and answers as garbage here: collected first, so a major collection
    // of it is not counted as a block of the load.
    collectGarbage()
    const loop = monitorEventLoopDelay({ resolution: 1 })
    loop.enable()
    const stalls = watchStalls()
    const t0 = performance.now()
    await h.ok('users', 'indexStart', { poolId })
    const done = await h.waitForEvent('users:indexProgress', (s) => s.state !== 'loading', 600_000)
    const indexMs = performance.now() - t0
    loop.disable()
    const stall = stalls()
    const blockMs = Math.round(loop.max / 1e5) / 10
    const indexStats = (await proxy.stats()).byOperation.ListUsers
    report(
      'index state',
      `${done.state}, ${done.indexed} of about ${done.estimated} users`,
      `${USERS}`,
      done.indexed === USERS
    )
    report('index time', seconds(indexMs))
    report('quota-bound floor', seconds(floorMs))
    report('index / floor', `${(indexMs / floorMs).toFixed(2)}x`, '≤ 1.15x', indexMs / floorMs <= 1.15)
    report('longest block of the main process during the load', `${blockMs} ms`, '< 20 ms', blockMs < 20)
    report(
      'its own CPU within its longest stall (the rest: waiting for a core)',
      `${stall.cpuMs.toFixed(1)} ms of a ${stall.ms.toFixed(1)} ms stall`
    )
    saveFigures(`load-${USERS}-${moto ? 'moto' : 'simulator'}`, {
      users: done.indexed,
      indexMs: Math.round(indexMs),
      floorMs: Math.round(floorMs),
      ratio: Math.round((indexMs / floorMs) * 100) / 100,
      mainLongestBlockMs: blockMs,
      mainLongestStallMs: Math.round(stall.ms * 10) / 10,
      mainCpuInLongestStallMs: Math.round(stall.cpuMs * 10) / 10
    })
    report(
      'ListUsers calls / throttled by the proxy',
      `${indexStats?.forwarded ?? 0} / ${indexStats?.throttled ?? 0}`
    )
    // The back-end's own time per page shows how much of the index time is its rather than the client's.
    report(
      `${BACKEND} time per filtered page (direct, no proxy, median of 9)`,
      `${(await backendPageMs(direct, poolId, 'sub ^= "a"')).toFixed(0)} ms`
    )
    report(
      `${BACKEND} time per unfiltered page (direct, no proxy, median of 9)`,
      `${(await backendPageMs(direct, poolId)).toFixed(0)} ms`
    )

    if (USERS <= SEQUENTIAL_UP_TO) {
      console.log('\nOne sequential paginated listing through the same proxy')
      const t1 = performance.now()
      let seen = 0
      let nextToken: string | undefined
      do {
        const page = await listUsersPage(h.ctx.connections.active().clients.idp, {
          poolId,
          limit: 60,
          nextToken
        })
        seen += page.users.length
        nextToken = page.nextToken
      } while (nextToken)
      const sequentialMs = performance.now() - t1
      report('sequential listing', `${seconds(sequentialMs)} for ${seen} users`)
      report(
        'sequential / index',
        `${(sequentialMs / indexMs).toFixed(2)}x`,
        '≥ 4x',
        sequentialMs / indexMs >= 4
      )
    } else
      console.log(
        `\nOne sequential listing: not run above ${SEQUENTIAL_UP_TO} users (minutes of round trips)`
      )

    console.log(
      `\nBulk disable of ${BULK} users through the proxy (UserUpdate throttled above ${UPDATE_RPS} RPS)`
    )
    const targets = Array.from({ length: BULK }, (_, i) => `bench-${String(i).padStart(6, '0')}`)
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'disable' },
      target: { usernames: targets }
    })
    const before = (await proxy.stats()).byOperation.AdminDisableUser?.throttled ?? 0
    const t2 = performance.now()
    const job = await h.ok('jobs', 'start', { planId: plan.planId })
    const finished = await h.ctx.jobs.settled(job.jobId)
    const bulkMs = performance.now() - t2
    const bulkFloorMs = (BULK / UPDATE_RPS) * 1000
    let disabled = 0
    let token: string | undefined
    do {
      const page = await direct.send(
        new ListUsersCommand({
          UserPoolId: poolId,
          Filter: 'status = "Disabled"',
          Limit: 60,
          PaginationToken: token
        })
      )
      disabled += page.Users?.length ?? 0
      token = page.PaginationToken
    } while (token)
    const s = finished.summary
    report(
      'job',
      `${s.state}: ${s.done} done, ${s.failed} failed, ${s.pending} pending, ${s.skipped} skipped`
    )
    report('bulk time', seconds(bulkMs))
    report('floor', seconds(bulkFloorMs))
    report('bulk / floor', `${(bulkMs / bulkFloorMs).toFixed(2)}x`, '≤ 1.2x', bulkMs / bulkFloorMs <= 1.2)
    const after = (await proxy.stats()).byOperation.AdminDisableUser?.throttled ?? 0
    report('throttled by the proxy (retried)', `${after - before}`)
    report('users lost (not disabled)', `${BULK - disabled}`, '0', disabled === BULK && s.done === BULK)
  } finally {
    h.dispose()
    proxy.close()
    await moto?.stop()
  }
  const failed = results.filter((r) => r.ok === false)
  console.log(failed.length ? `\n${failed.length} target(s) not met.` : '\nEvery main-process target met.')
  process.exitCode = failed.length ? 1 : 0
}

void main()
