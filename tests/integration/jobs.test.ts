import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import {
  AdminAddUserToGroupCommand,
  AdminDisableUserCommand,
  AdminGetUserCommand,
  CreateGroupCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { JobItemResult, JobReport, JobSummary } from '@shared/contract/jobs'
import { startFaultProxy } from '../support/fault-proxy'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool, seedUsers } from '../support/user-pools'

/** The report file as appended: each user once, and the last summary written. */
function reportOnDisk(path: string): JobReport {
  const lines = readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { item?: JobItemResult; summary?: JobSummary })
  const summary = lines.findLast((line) => line.summary)?.summary
  if (!summary) throw new Error(`no summary in ${path}`)
  return { summary, items: lines.flatMap((line) => (line.item ? [line.item] : [])) }
}

const run = Date.now().toString(36)
let h: Harness
let poolId: string
const names = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}`)

async function settle(harness: Harness, jobId: string): Promise<JobReport> {
  return harness.ctx.jobs.settled(jobId)
}

async function enabledOf(username: string): Promise<boolean | undefined> {
  const idp = h.ctx.connections.active().clients.idp
  return (await idp.send(new AdminGetUserCommand({ UserPoolId: poolId, Username: username }))).Enabled
}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = h.ctx.connections.active().clients.idp
  poolId = await createUsersPool(idp, `jobs-${run}`)
  const users = [...names('a', 10), ...names('k', 40)].map((username) => ({
    username,
    attributes: {
      email: `${username}@example.com`,
      email_verified: 'true',
      'custom:tenant': username.startsWith('a') ? 'acme' : 'kilo'
    }
  }))
  await seedUsers(idp, poolId, users)
  await idp.send(new AdminDisableUserCommand({ UserPoolId: poolId, Username: 'a00' }))
  await idp.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'beta' }))
  await idp.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: 'a01', GroupName: 'beta' }))
}, 60_000)
afterAll(() => h?.dispose())

describe('bulk jobs', () => {
  it('dry-runs first: who changes, who is skipped and why, including unknown users', async () => {
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'disable' },
      target: { usernames: ['a00', 'a02', 'ghost'] }
    })
    expect(plan).toMatchObject({ kind: 'disable', description: 'Disable', counts: { change: 1, skip: 2 } })
    expect(plan.items).toEqual([
      { username: 'a00', outcome: 'skip', code: 'alreadyDisabled', params: {} },
      { username: 'a02', outcome: 'change', code: 'willDisable', params: {} },
      { username: 'ghost', outcome: 'skip', code: 'noSuchUser', params: {} }
    ])
    // A dry run changes nothing.
    expect(await enabledOf('a02')).toBe(true)
  })

  it('runs a plan with progress events and a per-user report saved as CSV and JSON', async () => {
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'addToGroup', group: 'beta' },
      target: { usernames: names('a', 10) }
    })
    expect(plan.counts).toEqual({ change: 9, skip: 1 })
    expect(plan.actionParams).toEqual({ group: 'beta' })
    expect(plan.items.find((i) => i.username === 'a01')).toMatchObject({
      code: 'alreadyInGroup',
      params: { group: 'beta' }
    })
    const done = h.waitForEvent('jobs:progress', (p) => p.jobId !== undefined && p.state === 'done')
    const started = await h.ok('jobs', 'start', { planId: plan.planId })
    expect(started).toMatchObject({ state: 'running', total: 10, skipped: 1 })
    expect((await done).done).toBe(9)
    const report = await h.ok('jobs', 'get', { jobId: started.jobId })
    expect(report.summary).toMatchObject({ state: 'done', done: 9, skipped: 1, failed: 0, pending: 0 })
    expect(report.items.find((i) => i.username === 'a01')).toMatchObject({
      outcome: 'skipped',
      skip: { code: 'alreadyInGroup', params: { group: 'beta' } }
    })
    // The plan is used up.
    expect(await h.call('jobs', 'start', { planId: plan.planId })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })

    const dir = mkdtempSync(join(tmpdir(), 'job-report-'))
    h.ctx.saveFile = async ({ defaultName }) => join(dir, defaultName)
    const csv = await h.ok('jobs', 'saveReport', { jobId: started.jobId, format: 'csv' })
    expect(csv).toMatchObject({ saved: true, count: 10 })
    const lines = readFileSync(csv.path ?? '', 'utf8').split(/\r?\n/)
    expect(lines[0]).toBe('username,outcome,reason,retried,at')
    expect(lines.filter((l) => l.includes(',done,'))).toHaveLength(9)
    expect(lines.find((l) => l.startsWith('a01,'))).toMatch(/^a01,skipped,alreadyInGroup,/)
    // Reports name users: owner-only, the saved copy and the one kept under jobs/ alike.
    expect(statSync(csv.path ?? '').mode & 0o777).toBe(0o600)
    expect(statSync(report.summary.reportFile).mode & 0o777).toBe(0o600)
    expect(statSync(dirname(report.summary.reportFile)).mode & 0o777).toBe(0o700)
    const json = await h.ok('jobs', 'saveReport', { jobId: started.jobId, format: 'json' })
    expect((JSON.parse(readFileSync(json.path ?? '', 'utf8')) as JobReport).summary.done).toBe(9)
    h.ctx.saveFile = async () => null
    expect(await h.ok('jobs', 'saveReport', { jobId: started.jobId, format: 'csv' })).toMatchObject({
      saved: false
    })
  })

  it('records failures per user with the reason', async () => {
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'removeFromGroup', group: 'beta' },
      target: { usernames: ['a03'] }
    })
    // The user disappears between the dry run and the job.
    await h.ok('users', 'delete', { poolId, username: 'a03' })
    const job = await h.ok('jobs', 'start', { planId: plan.planId })
    const report = await settle(h, job.jobId)
    expect(report.summary).toMatchObject({ state: 'done', failed: 1, done: 0 })
    expect(report.items[0]).toMatchObject({
      username: 'a03',
      outcome: 'failed',
      errorCode: 'NOT_FOUND',
      reason: expect.stringContaining('No user with that username')
    })
  })

  it('refuses a setAttribute value the schema rejects, at the dry run', async () => {
    const result = await h.call('jobs', 'plan', {
      poolId,
      action: { kind: 'setAttribute', name: 'phone_number', value: '12345' },
      target: { usernames: ['a04'] }
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PARAMETER', message: expect.stringContaining('E.164') }
    })
  })

  it('plans on an index query, pauses, resumes and cancels', async () => {
    const proxy = await startFaultProxy({ target: inject('motoEndpoint'), latencyMs: 150 })
    const p = await createHarness({ endpoint: proxy.endpoint })
    try {
      await p.ok('users', 'indexStart', { poolId, includeGroups: false })
      await p.waitForEvent('users:indexProgress', (s) => s.state === 'done')
      const plan = await p.ok('jobs', 'plan', {
        poolId,
        action: { kind: 'setAttribute', name: 'custom:plan', value: 'gold' },
        target: { query: { conditions: [{ attribute: 'custom:tenant', operator: 'equals', value: 'kilo' }] } }
      })
      expect(plan.counts).toEqual({ change: 40, skip: 0 })
      // 10 updates a second, so the job lasts long enough to pause, resume and cancel it.
      p.ctx.connections.active().limiter.setQuotas({ UserUpdate: 10 })
      const job = await p.ok('jobs', 'start', { planId: plan.planId })
      await p.waitForEvent('jobs:progress', (s) => s.jobId === job.jobId && s.done >= 5)
      const paused = await p.ok('jobs', 'pause', { jobId: job.jobId })
      expect(paused.state).toBe('paused')
      // Calls already handed to the limiter finish (at most 8, under a second); then nothing moves.
      await new Promise((r) => setTimeout(r, 1200))
      const held = (await p.ok('jobs', 'get', { jobId: job.jobId })).summary.done
      await new Promise((r) => setTimeout(r, 600))
      // Nothing new starts while paused.
      expect((await p.ok('jobs', 'get', { jobId: job.jobId })).summary.done).toBe(held)
      await p.ok('jobs', 'resume', { jobId: job.jobId })
      await p.waitForEvent('jobs:progress', (s) => s.jobId === job.jobId && s.done >= held + 5)
      await p.ok('jobs', 'cancel', { jobId: job.jobId })
      const report = await settle(p, job.jobId)
      expect(report.summary.state).toBe('cancelled')
      expect(report.summary.done).toBeGreaterThanOrEqual(held + 5)
      expect(report.summary.pending).toBeGreaterThan(0)
      expect(report.summary.done + report.summary.pending).toBe(40)
    } finally {
      p.dispose()
      await proxy.close()
    }
  })

  it('stops when the endpoint dies, reports exactly what was done, and a rerun of the remainder completes', async () => {
    const proxy = await startFaultProxy({ target: inject('motoEndpoint'), latencyMs: 100 })
    const p = await createHarness({ endpoint: proxy.endpoint })
    try {
      const targets = names('k', 40)
      const plan = await p.ok('jobs', 'plan', {
        poolId,
        action: { kind: 'disable' },
        target: { usernames: targets }
      })
      expect(plan.counts.change).toBe(40)
      const job = await p.ok('jobs', 'start', { planId: plan.planId })
      await p.waitForEvent('jobs:progress', (s) => s.jobId === job.jobId && s.done >= 10)
      await proxy.down()
      const stopped = await settle(p, job.jobId)
      expect(stopped.summary.state).toBe('failed')
      expect(stopped.summary.message).toContain('Stopped')
      expect(stopped.summary.done).toBeGreaterThanOrEqual(10)
      expect(stopped.summary.pending).toBeGreaterThan(0)
      expect(stopped.summary.done + stopped.summary.pending + stopped.summary.failed).toBe(40)

      // The report on disk says the same, user by user, and matches Cognito's state for the done ones.
      const onDisk = reportOnDisk(stopped.summary.reportFile)
      expect(onDisk.summary).toMatchObject({ state: 'failed', done: stopped.summary.done })
      expect(new Set(onDisk.items.map((i) => i.username)).size).toBe(40)
      expect(onDisk.items).toHaveLength(40)
      expect(
        onDisk.items
          .filter((i) => i.outcome === 'done')
          .map((i) => i.username)
          .sort()
      ).toEqual(
        stopped.items
          .filter((i) => i.outcome === 'done')
          .map((i) => i.username)
          .sort()
      )
      for (const item of stopped.items.filter((i) => i.outcome === 'done'))
        expect(await enabledOf(item.username)).toBe(false)
      for (const item of stopped.items.filter((i) => i.outcome === 'pending'))
        expect(item.reason).toMatch(/^Not done/)

      await proxy.up()
      const rerun: JobSummary = await p.ok('jobs', 'rerun', { jobId: job.jobId })
      expect(rerun).toMatchObject({
        rerunOf: job.jobId,
        total: stopped.summary.pending + stopped.summary.failed
      })
      const finished = await settle(p, rerun.jobId)
      expect(finished.summary).toMatchObject({ state: 'done', failed: 0, pending: 0 })
      for (const u of targets) expect(await enabledOf(u)).toBe(false)
      expect(await p.call('jobs', 'rerun', { jobId: rerun.jobId })).toMatchObject({
        ok: false,
        error: { code: 'PRECONDITION' }
      })
    } finally {
      p.dispose()
      await proxy.close()
    }
  })

  it('leaves a report when the app closes mid-job', async () => {
    const proxy = await startFaultProxy({ target: inject('motoEndpoint'), latencyMs: 200 })
    const p = await createHarness({ endpoint: proxy.endpoint })
    try {
      const plan = await p.ok('jobs', 'plan', {
        poolId,
        action: { kind: 'enable' },
        target: { usernames: names('k', 40) }
      })
      const job = await p.ok('jobs', 'start', { planId: plan.planId })
      await p.waitForEvent('jobs:progress', (s) => s.jobId === job.jobId && s.done >= 3)
      p.dispose()
      const report = reportOnDisk(job.reportFile)
      expect(report.summary.state).toBe('cancelled')
      expect(report.summary.message).toContain('app closed')
      expect(report.items).toHaveLength(40)
      expect(report.items.filter((i) => i.outcome === 'done').length).toBeGreaterThanOrEqual(3)
      expect(
        report.items.filter((i) => i.outcome === 'pending').every((i) => i.reason?.startsWith('Not done'))
      ).toBe(true)
    } finally {
      await proxy.close()
    }
  })
})
