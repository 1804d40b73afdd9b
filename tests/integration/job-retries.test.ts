import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy'
import type { JobReport } from '../../src/shared/contract/jobs'
import { reportChunks } from '../../src/main/jobs/jobs'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool, seedUsers } from '../support/user-pools'

// A step whose answer is lost (the write landed, the link dropped) is checked before it is repeated,
// and repeated once with a longer budget when it was not applied.
const run = Date.now().toString(36)
let proxy: FaultProxy
let h: Harness
let direct: Harness
let poolId: string

beforeAll(async () => {
  direct = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = await createUsersPool(direct.ctx.connections.active().clients.idp, `retries-${run}`)
  proxy = await startFaultProxy({ target: inject('motoEndpoint') })
  // A short answer budget keeps the hanging first attempt to 2 s (the retry gets three times that).
  h = await createHarness({ endpoint: proxy.endpoint, requestTimeoutMs: 2_000 })
}, 60_000)
afterAll(async () => {
  h?.dispose()
  direct?.dispose()
  await proxy?.close()
})

/** The report as its saved CSV reads. */
async function reportCsv(report: JobReport): Promise<string> {
  let text = ''
  for await (const chunk of reportChunks(report, 'csv')) text += chunk
  return text
}

async function importUsers(usernames: string[]) {
  const csv = ['cognito:username,email', ...usernames.map((u) => `${u},${u}@example.com`)].join('\n')
  const planned = await h.ok('jobs', 'planImport', { poolId, csv, sendInvitation: false })
  if (!planned.plan) throw new Error('the import was not planned')
  const job = await h.ok('jobs', 'start', { planId: planned.plan.planId })
  return h.ctx.jobs.settled(job.jobId)
}

describe('a bulk job step that times out', () => {
  it('is not created twice when the first attempt landed but its answer was lost', async () => {
    const usernames = [`landed-${run}`]
    const before = proxy.stats.byOperation.AdminCreateUser?.forwarded ?? 0
    proxy.set({ stall: { operation: 'AdminCreateUser', calls: 1, applied: true } })
    const report = await importUsers(usernames)
    expect(report.summary.state).toBe('done')
    expect(report.items).toEqual([
      expect.objectContaining({
        username: usernames[0],
        outcome: 'done',
        retried: { after: 'TIMEOUT', outcome: 'alreadyApplied', attempts: 1 }
      })
    ])
    // The saved report says so too.
    expect(await reportCsv(report)).toContain(
      `${usernames[0]},done,,after TIMEOUT: alreadyApplied (attempts: 1),`
    )
    // One AdminCreateUser reached the emulator: the retry read the user instead of creating them again.
    expect((proxy.stats.byOperation.AdminCreateUser?.forwarded ?? 0) - before).toBe(1)
    const user = await direct.ctx.connections
      .active()
      .clients.idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: usernames[0] }))
    expect(user.UserAttributes?.find((a) => a.Name === 'email')?.Value).toBe(`${usernames[0]}@example.com`)
  }, 60_000)

  it('is repeated once, with a longer budget, when the first attempt never reached Cognito', async () => {
    const username = `lost-${run}`
    const before = proxy.stats.byOperation.AdminCreateUser?.forwarded ?? 0
    const planned = await h.ok('jobs', 'planImport', {
      poolId,
      csv: `cognito:username,email\n${username},${username}@example.com`,
      sendInvitation: false
    })
    // The first attempt gets no answer; the check and the repeat answer in 2.5 s, past the first
    // attempt's 2 s budget but within the repeat's 6 s.
    proxy.set({
      stall: { operation: 'AdminCreateUser', calls: 1, applied: false },
      latencyOf: { AdminGetUser: 2_500, AdminCreateUser: 2_500 }
    })
    try {
      const job = await h.ok('jobs', 'start', { planId: planned.plan?.planId ?? '' })
      const report = await h.ctx.jobs.settled(job.jobId)
      expect(report.summary.state).toBe('done')
      expect(report.items).toEqual([
        expect.objectContaining({
          username,
          outcome: 'done',
          retried: { after: 'TIMEOUT', outcome: 'applied', attempts: 2 }
        })
      ])
      expect(await reportCsv(report)).toContain(`${username},done,,after TIMEOUT: applied (attempts: 2),`)
    } finally {
      proxy.set({ latencyOf: {} })
    }
    // The user was created by the one call that reached the emulator.
    expect((proxy.stats.byOperation.AdminCreateUser?.forwarded ?? 0) - before).toBe(1)
  }, 60_000)

  it('is not repeated where Cognito keeps no trace of it: a resent invitation could arrive twice', async () => {
    const username = `invited-${run}`
    await seedUsers(direct.ctx.connections.active().clients.idp, poolId, [
      { username, attributes: { email: `${username}@example.com` } }
    ])
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'resendInvitation' },
      target: { usernames: [username] }
    })
    proxy.set({ stall: { operation: 'AdminCreateUser', calls: 1, applied: true } })
    const before = proxy.stats.byOperation.AdminCreateUser?.forwarded ?? 0
    const job = await h.ok('jobs', 'start', { planId: plan.planId })
    const report = await h.ctx.jobs.settled(job.jobId)
    expect(report.items).toEqual([
      expect.objectContaining({
        username,
        outcome: 'failed',
        errorCode: 'TIMEOUT',
        retried: { after: 'TIMEOUT', outcome: 'notRepeated', attempts: 1 }
      })
    ])
    expect((proxy.stats.byOperation.AdminCreateUser?.forwarded ?? 0) - before).toBe(1)
  }, 60_000)
})
