import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  CreateUserPoolCommand,
  GetGroupCommand
} from '@aws-sdk/client-cognito-identity-provider'
import type { AuditEntry } from '@shared/contract/audit'
import type { Envelope, ErrorCode } from '@shared/errors'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createAwsClients, destroyAwsClients } from '../../src/main/aws/clients'
import { RateLimiter } from '../../src/main/aws/limiter'
import { TEST_REGION } from '../support/aws-files'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy'
import { createHarness, type Harness } from '../support/harness'

/**
 * Each fault a person meets (network loss, a hanging endpoint, expired or revoked credentials, an
 * ended SSO session, an expired page token, throttling, an outage in the middle of a bulk job) ends
 * in a message that says what to do, and every write it touched is in the audit log.
 */

const run = Date.now().toString(36)
let direct: Harness
let h: Harness
let proxy: FaultProxy
let poolId: string
const survived: string[] = []
let writesAttempted = 0

beforeAll(async () => {
  direct = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = direct.ctx.connections.active().clients.idp
  poolId = (await idp.send(new CreateUserPoolCommand({ PoolName: `faults-${run}` }))).UserPool?.Id as string
  for (let i = 0; i < 30; i++) {
    await idp.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: `f${String(i).padStart(2, '0')}`,
        MessageAction: 'SUPPRESS'
      })
    )
  }
  proxy = await startFaultProxy({ target: inject('motoEndpoint') })
  h = await createHarness({ endpoint: proxy.endpoint })
})

afterAll(async () => {
  h?.dispose()
  direct?.dispose()
  await proxy?.close()
  console.warn(
    `Fault scenarios survived: ${survived.length} (${survived.join('; ')}); ${writesAttempted} writes attempted, all recorded`
  )
})

function explained(result: Envelope<unknown>, code: ErrorCode): { message: string; hint: string } {
  expect(result.ok).toBe(false)
  if (result.ok) throw new Error('expected a failure')
  expect(result.error.code).toBe(code)
  expect(result.error.message.length).toBeGreaterThan(10)
  expect(result.error.hint ?? '').not.toBe('')
  expect(JSON.stringify(result.error)).not.toMatch(/\n\s+at |\.ts:\d+/)
  return { message: result.error.message, hint: result.error.hint ?? '' }
}

async function records(harness: Harness = h): Promise<AuditEntry[]> {
  await harness.ctx.audit.flush()
  return harness.ctx.audit.log.read()
}

/** A write through the router (as the groups screen makes it); returns its envelope and its record. */
async function createGroup(name: string, harness: Harness = h) {
  writesAttempted++
  const before = (await records(harness)).length
  const result = await harness.call('groups', 'create', { poolId, name })
  const after = await records(harness)
  expect(after.length, 'one audit record per write').toBe(before + 1)
  const record = after.at(-1) as AuditEntry
  expect(record).toMatchObject({ operation: 'CreateGroup', target: name, poolId })
  return { result, record }
}

describe('faults', () => {
  it('sets request timeouts on every client by default', async () => {
    const clients = createAwsClients({
      region: TEST_REGION,
      credentials: async () => ({ accessKeyId: 'a', secretAccessKey: 'b' }),
      limiter: new RateLimiter()
    })
    try {
      for (const [name, client] of Object.entries(clients)) {
        // The handler keeps its resolved options in a private field; read them as the SDK does.
        const handler = client.config.requestHandler as unknown as {
          configProvider: Promise<{
            connectionTimeout?: number
            requestTimeout?: number
            socketTimeout?: number
          }>
        }
        const config = await handler.configProvider
        expect(config.connectionTimeout).toBe(5_000)
        // A silent endpoint is answered within 15 s: 10 s, and the timeout is not retried; a job step
        // repeated after a timeout gets three times that.
        const budget = name === 'idpRetry' ? 30_000 : 10_000
        expect(config.requestTimeout).toBe(budget)
        expect(config.socketTimeout).toBe(budget)
        expect(await client.config.maxAttempts()).toBe(5)
        expect(await client.config.retryStrategy()).toMatchObject({ mode: 'standard' })
      }
    } finally {
      destroyAwsClients(clients)
    }
  })

  it('network loss: says nothing answers, records the failed write, and works again once it is back', async () => {
    await proxy.down()
    const { result, record } = await createGroup(`lost-${run}`)
    const { message, hint } = explained(result, 'ENDPOINT')
    expect(message).toContain(proxy.endpoint)
    expect(hint).toMatch(/Start the emulator|endpoint/)
    expect(record).toMatchObject({ result: 'error', error: { code: 'ENDPOINT' } })

    await proxy.up()
    const again = await createGroup(`lost-${run}`)
    expect(again.result.ok).toBe(true)
    expect(again.record).toMatchObject({ result: 'ok' })
    const idp = direct.ctx.connections.active().clients.idp
    await expect(
      idp.send(new GetGroupCommand({ UserPoolId: poolId, GroupName: `lost-${run}` }))
    ).resolves.toBeTruthy()
    survived.push('network loss')
  })

  it('a hanging endpoint: times out with a clear message instead of waiting for ever', async () => {
    proxy.hang()
    try {
      const { result, record } = await createGroup(`hung-${run}`)
      const { message } = explained(result, 'TIMEOUT')
      expect(message).toContain('did not answer in time')
      expect(record).toMatchObject({ result: 'error', error: { code: 'TIMEOUT' } })
    } finally {
      proxy.unhang()
    }
    survived.push('hanging endpoint')
  })

  it('expired credentials: says to refresh them, and how', async () => {
    proxy.set({
      failWith: {
        type: 'ExpiredTokenException',
        message: 'The security token included in the request is expired'
      }
    })
    try {
      const { result, record } = await createGroup(`expired-${run}`)
      const { hint } = explained(result, 'CREDENTIALS_EXPIRED')
      expect(hint).toContain('aws sso login --profile moto')
      expect(record).toMatchObject({ result: 'error', error: { code: 'CREDENTIALS_EXPIRED' } })
    } finally {
      proxy.set({ failWith: undefined })
    }
    survived.push('expired credentials')
  })

  it('revoked credentials: says the key is not recognised and which profile to check', async () => {
    proxy.set({
      failWith: {
        type: 'UnrecognizedClientException',
        message: 'The security token included in the request is invalid.'
      }
    })
    try {
      const { result, record } = await createGroup(`revoked-${run}`)
      const { hint } = explained(result, 'ACCESS_DENIED')
      expect(hint).toContain('moto')
      expect(record).toMatchObject({ result: 'error', error: { code: 'ACCESS_DENIED' } })
    } finally {
      proxy.set({ failWith: undefined })
    }
    survived.push('revoked credentials')
  })

  it('an ended SSO session: says to run aws sso login for that profile', async () => {
    // The SDK reads the SSO token cache under the home folder: point it at one whose token has expired.
    const home = mkdtempSync(join(tmpdir(), 'cac-home-'))
    const cache = join(home, '.aws', 'sso', 'cache')
    mkdirSync(cache, { recursive: true })
    writeFileSync(
      join(cache, `${createHash('sha1').update('demo').digest('hex')}.json`),
      JSON.stringify({
        startUrl: 'https://example.awsapps.com/start',
        region: 'us-east-1',
        accessToken: 'expired-sso-access-token',
        expiresAt: new Date(Date.now() - 3_600_000).toISOString()
      })
    )
    const previousHome = process.env.HOME
    process.env.HOME = home
    const sso = await createHarness()
    try {
      const saved = await sso.ok('connections', 'save', {
        name: 'sso',
        source: 'profile',
        profile: 'sso-demo',
        region: TEST_REGION,
        endpoint: proxy.endpoint,
        readOnly: false,
        production: false
      })
      await sso.ok('connections', 'activate', { id: saved.id })
      const { result, record } = await createGroup(`sso-${run}`, sso)
      const { hint } = explained(result, 'SSO_LOGIN_REQUIRED')
      expect(hint).toBe('Run: aws sso login --profile sso-demo, then test the connection again.')
      expect(record).toMatchObject({
        result: 'error',
        error: { code: 'SSO_LOGIN_REQUIRED' },
        profile: 'sso-demo'
      })
      expect(JSON.stringify(record)).not.toContain('expired-sso-access-token')
    } finally {
      sso.dispose()
      process.env.HOME = previousHome
    }
    survived.push('ended SSO session')
  })

  it('an expired page token: says to load the list again from the first page', async () => {
    const before = (await records()).length
    const result = await h.call('users', 'list', { poolId, nextToken: 'a-token-from-an-hour-ago' })
    const { hint } = explained(result, 'INVALID_PARAMETER')
    expect(hint).toBe('Load the list again from the first page.')
    expect((await records()).length, 'a read leaves no record').toBe(before)
    survived.push('expired page token')
  })

  it('throttling that outlasts the retries: reported as retryable, with the write recorded', async () => {
    proxy.set({ throttleFraction: 1 })
    try {
      const { result, record } = await createGroup(`throttled-${run}`)
      explained(result, 'THROTTLED')
      expect(!result.ok && result.error.retryable).toBe(true)
      expect(record).toMatchObject({ result: 'error', error: { code: 'THROTTLED' } })
    } finally {
      proxy.set({ throttleFraction: 0 })
    }
    survived.push('throttling')
  })

  it('an outage during a bulk job: the job stops with a report, and every write it made is recorded', async () => {
    proxy.set({ latencyMs: 60 })
    const targets = Array.from({ length: 30 }, (_, i) => `f${String(i).padStart(2, '0')}`)
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'disable' },
      target: { usernames: targets }
    })
    const before = (await records()).length
    const job = await h.ok('jobs', 'start', { planId: plan.planId })
    await h.waitForEvent('jobs:progress', (s) => s.jobId === job.jobId && s.done >= 8)
    const waiting = h.waitForEvent(
      'jobs:progress',
      (s) => s.jobId === job.jobId && s.waiting !== undefined,
      60_000
    )
    await proxy.down()
    // The window hears that the job waits for the endpoint, as numbers it words in en or ja.
    const { waiting: said } = await waiting
    expect(said?.attempt).toBe(2)
    // A cut call (outcome unknown) is repeated once; a refused one up to three times.
    expect([2, 3]).toContain(said?.attempts)
    const report = await h.ctx.jobs.settled(job.jobId)
    expect(report.summary.waiting).toBeUndefined()
    await proxy.up()
    proxy.set({ latencyMs: 0 })
    expect(report.summary.state).toBe('failed')
    expect(report.summary.done + report.summary.pending + report.summary.failed).toBe(30)

    const jobRecords = (await records()).slice(before).filter((r) => r.operation === 'AdminDisableUser')
    const done = report.items.filter((i) => i.outcome === 'done').map((i) => i.username)
    const recordedOk = jobRecords.filter((r) => r.result === 'ok').map((r) => r.target)
    // A call cut after it was sent may have been applied: its record says so.
    const uncertain = jobRecords.filter((r) => r.uncertain).map((r) => r.target)
    expect(recordedOk.sort()).toEqual([...done].sort())
    for (const failed of report.items.filter((i) => i.outcome === 'failed')) {
      expect(jobRecords.some((r) => r.target === failed.username && r.result === 'error')).toBe(true)
    }
    // Every write that reached the wire is either done (and recorded ok) or recorded as failed.
    const idp = direct.ctx.connections.active().clients.idp
    for (const username of targets) {
      const user = await idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }))
      if (user.Enabled === false) {
        expect([...recordedOk, ...uncertain], `${username} was disabled without a record`).toContain(username)
      }
    }
    writesAttempted += jobRecords.length
    survived.push('outage during a bulk job')
  })
})
