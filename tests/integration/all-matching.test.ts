import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { JOB_FIRST_PAGE, PLAN_FIRST_PAGE, type JobItemResult, type PlanItem } from '@shared/contract/jobs'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool, seedUsers } from '../support/user-pools'

// "Every user matching" a search stays a query between the window and main: a bulk job's dry run answers
// with counts and a first page (the rest a page at a time), and an export writes the file in main.
const run = Date.now().toString(36)
const USERS = PLAN_FIRST_PAGE + 30
let h: Harness
let poolId: string
const query = { conditions: [{ attribute: 'custom:tenant', operator: 'equals' as const, value: 'acme' }] }

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = h.ctx.connections.active().clients.idp
  poolId = await createUsersPool(idp, `all-matching-${run}`)
  const users = Array.from({ length: USERS + 5 }, (_, i) => ({
    username: `m${String(i).padStart(3, '0')}`,
    attributes: { email: `m${i}@example.com`, 'custom:tenant': i < USERS ? 'acme' : 'other' }
  }))
  await seedUsers(idp, poolId, users)
  await h.ok('users', 'indexStart', { poolId, includeGroups: false })
  await h.waitForEvent('users:indexProgress', (s) => s.poolId === poolId && s.state === 'done')
}, 120_000)
afterAll(() => h?.dispose())

describe('every user matching a search', () => {
  it('is planned in main: the dry run answers with counts and a first page, the rest read by page', async () => {
    const request = { poolId, action: { kind: 'disable' as const }, target: { query } }
    expect(JSON.stringify(request).length).toBeLessThan(300)
    const plan = await h.ok('jobs', 'plan', request)
    expect(plan.counts).toEqual({ change: USERS, skip: 0 })
    expect(plan.items).toHaveLength(PLAN_FIRST_PAGE)

    const pages: PlanItem[] = [...plan.items]
    for (let offset = PLAN_FIRST_PAGE; offset < USERS; offset += 8)
      pages.push(...(await h.ok('jobs', 'planItems', { planId: plan.planId, offset, limit: 8 })))
    const names = pages.map((item) => item.username)
    expect(new Set(names).size).toBe(USERS)
    expect(names.every((name) => Number(name.slice(1)) < USERS)).toBe(true)
    expect(await h.ok('jobs', 'planItems', { planId: plan.planId, offset: USERS, limit: 8 })).toEqual([])

    expect(
      await h.call('jobs', 'planItems', { planId: plan.planId, offset: 0, limit: 10_000 } as never)
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
    expect(
      await h.call('jobs', 'planItems', { planId: crypto.randomUUID(), offset: 0, limit: 8 })
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('leaves out the users unticked from it: the plan covers the query minus them', async () => {
    const except = ['m000', 'm007', 'm999']
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'disable' },
      target: { query, except }
    })
    // m999 is not in the pool: it is simply not there to leave out.
    expect(plan.counts).toEqual({ change: USERS - 2, skip: 0 })
    // Items come in the index's order, not by name: every page is read before looking for one.
    const items = [...plan.items]
    for (let offset = items.length; offset < USERS - 2; offset += 50)
      items.push(...(await h.ok('jobs', 'planItems', { planId: plan.planId, offset, limit: 50 })))
    const names = items.map((item) => item.username)
    expect(names).toHaveLength(USERS - 2)
    expect(names).not.toContain('m000')
    expect(names).not.toContain('m007')
    expect(names).toContain('m001')
  })

  it('is exported in main: the answer carries the count and the path, the file every matching user', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'all-matching-'))
    h.ctx.saveFile = async ({ defaultName }) => join(dir, defaultName)
    const answer = await h.call('users', 'export', {
      poolId,
      source: { kind: 'index', query },
      format: 'csv',
      layout: 'table',
      columns: ['username', 'custom:tenant']
    })
    expect(answer).toMatchObject({ ok: true, data: { saved: true, count: USERS } })
    expect(JSON.stringify(answer).length).toBeLessThan(300)
    const path = answer.ok ? (answer.data.path ?? '') : ''
    const lines = readFileSync(path, 'utf8').split('\r\n')
    expect(lines[0]).toBe('username,custom:tenant')
    expect(lines.slice(1).filter((line) => line.endsWith(',acme'))).toHaveLength(USERS)
    expect(lines).toHaveLength(USERS + 1)
  })

  it('runs as a job whose answer holds counts and a first page, its items read by page and outcome', async () => {
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'disable' },
      target: { query, except: ['m001'] }
    })
    const started = await h.ok('jobs', 'start', { planId: plan.planId })
    await h.ctx.jobs.settled(started.jobId)
    const report = await h.ok('jobs', 'get', { jobId: started.jobId })
    expect(report.summary).toMatchObject({ state: 'done', total: USERS - 1, done: USERS - 1, failed: 0 })
    expect(report.items).toHaveLength(JOB_FIRST_PAGE)
    expect(JSON.stringify(report).length).toBeLessThan(JOB_FIRST_PAGE * 200)

    const items: JobItemResult[] = []
    for (let offset = 0; offset < USERS; offset += 40) {
      const page = await h.ok('jobs', 'items', { jobId: started.jobId, offset, limit: 40 })
      expect(page.total).toBe(USERS - 1)
      items.push(...page.items)
    }
    expect(new Set(items.map((item) => item.username)).size).toBe(USERS - 1)
    expect(items.map((item) => item.username)).not.toContain('m001')
    expect(items.slice(0, JOB_FIRST_PAGE)).toEqual(report.items)
    const done = await h.ok('jobs', 'items', { jobId: started.jobId, outcome: 'done', offset: 5, limit: 3 })
    expect(done).toEqual({ total: USERS - 1, items: items.slice(5, 8) })
    expect(
      await h.ok('jobs', 'items', { jobId: started.jobId, outcome: 'failed', offset: 0, limit: 10 })
    ).toEqual({ total: 0, items: [] })
    expect(
      await h.call('jobs', 'items', { jobId: started.jobId, offset: 0, limit: 100_000 } as never)
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  }, 60_000)
})
