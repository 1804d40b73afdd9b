import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool, seedUsers } from '../support/user-pools'

const run = Date.now().toString(36)
let h: Harness
let source: string
let dir: string

/** What a restore must keep: every user with enabled state, every group with its members. */
async function stateOf(poolId: string) {
  const users = []
  let token: string | undefined
  do {
    const page = await h.ok('users', 'list', { poolId, ...(token ? { nextToken: token } : {}) })
    users.push(
      ...page.users.map((u) => ({ username: u.username, enabled: u.enabled, email: u.attributes.email }))
    )
    token = page.nextToken
  } while (token)
  const { groups } = await h.ok('groups', 'list', { poolId })
  const members: Record<string, string[]> = {}
  for (const g of groups) {
    const page = await h.ok('groups', 'members', { poolId, name: g.name })
    members[g.name] = page.members.map((m) => m.username).sort()
  }
  return {
    users: users.sort((a, b) => a.username.localeCompare(b.username)),
    groups: groups.map((g) => g.name).sort(),
    members
  }
}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  dir = mkdtempSync(join(tmpdir(), 'restore-'))
  h.ctx.saveFile = async ({ defaultName }) => join(dir, defaultName)
  const idp = h.ctx.connections.active().clients.idp
  source = await createUsersPool(idp, `restore-source-${run}`)
  await seedUsers(
    idp,
    source,
    ['ann', 'bo', 'cy', 'di'].map((username) => ({
      username,
      attributes: { email: `${username}@example.com` }
    }))
  )
  await h.ok('groups', 'create', { poolId: source, name: 'admins' })
  await h.ok('groups', 'create', { poolId: source, name: 'ops' })
  await h.ok('users', 'addToGroup', { poolId: source, username: 'ann', group: 'admins' })
  await h.ok('users', 'addToGroup', { poolId: source, username: 'ann', group: 'ops' })
  await h.ok('users', 'addToGroup', { poolId: source, username: 'cy', group: 'ops' })
  await h.ok('users', 'disable', { poolId: source, username: 'bo' })
  await h.ok('users', 'disable', { poolId: source, username: 'cy' })
}, 60_000)
afterAll(() => h?.dispose())

it('a backup exported by the console and restored into an empty pool keeps users, groups, memberships and enabled states', async () => {
  const page = await h.ok('users', 'list', { poolId: source })
  const exported = await h.ok('users', 'export', {
    poolId: source,
    source: { kind: 'rows', rows: page.users },
    format: 'csv',
    layout: 'backup'
  })
  const csv = readFileSync(exported.path ?? '', 'utf8')
  expect(csv.split('\r\n')[0]).toMatch(/cognito:username,console:enabled,console:groups$/)

  const target = await createUsersPool(h.ctx.connections.active().clients.idp, `restore-target-${run}`)
  const planned = await h.ok('jobs', 'planImport', { poolId: target, csv, sendInvitation: false })
  expect(planned.errors).toEqual([])
  // The dry run says what the restore adds to a plain creation.
  expect(planned.restore).toEqual({ memberships: 3, disabled: 2, newGroups: ['admins', 'ops'] })
  const job = await h.ok('jobs', 'start', { planId: planned.plan?.planId ?? '' })
  const report = await h.ctx.jobs.settled(job.jobId)
  expect(report.summary).toMatchObject({ state: 'done', done: 4, failed: 0 })

  const before = await stateOf(source)
  expect(before.users.filter((u) => !u.enabled).map((u) => u.username)).toEqual(['bo', 'cy'])
  expect(await stateOf(target)).toEqual(before)
})

it('refuses a backup whose state columns were edited into something unreadable, by line', async () => {
  const target = await createUsersPool(h.ctx.connections.active().clients.idp, `restore-bad-${run}`)
  const csv = [
    'email,cognito:username,console:enabled,console:groups',
    'a@example.com,a,maybe,[]',
    'b@example.com,b,true,admins'
  ].join('\n')
  const planned = await h.ok('jobs', 'planImport', { poolId: target, csv, sendInvitation: false })
  expect(planned.errors.map((e) => [e.line, e.problems])).toEqual([
    [2, [{ code: 'enabledInvalid', value: 'maybe' }]],
    [3, [{ code: 'groupsInvalid' }]]
  ])
})

it('a clone brings the users: 5 users in 2 groups, one disabled, restored into the new pool', async () => {
  const idp = h.ctx.connections.active().clients.idp
  const pool = await createUsersPool(idp, `clone-users-${run}`)
  await seedUsers(
    idp,
    pool,
    ['eve', 'fay', 'gus', 'hal', 'ivy'].map((username) => ({
      username,
      attributes: { email: `${username}@example.com` }
    }))
  )
  await h.ok('groups', 'create', { poolId: pool, name: 'sales' })
  await h.ok('groups', 'create', { poolId: pool, name: 'support' })
  for (const [username, group] of [
    ['eve', 'sales'],
    ['fay', 'sales'],
    ['fay', 'support'],
    ['gus', 'support']
  ] as const)
    await h.ok('users', 'addToGroup', { poolId: pool, username, group })
  await h.ok('users', 'disable', { poolId: pool, username: 'hal' })

  const source = { kind: 'live' as const, poolId: pool }
  const target = { newPoolName: `clone-users-copy-${run}` }
  const plan = await h.ok('snapshots', 'plan', { source, target })
  const applied = await h.ok('snapshots', 'apply', { source, target, fingerprint: plan.fingerprint })
  expect(applied.complete).toBe(true)

  const planned = await h.ok('jobs', 'planCopyUsers', {
    poolId: applied.poolId,
    sourcePoolId: pool,
    sendInvitation: false
  })
  expect(planned.errors).toEqual([])
  // The groups came with the configuration; the restore adds the memberships and the disabled user.
  expect(planned.restore).toEqual({ memberships: 4, disabled: 1, newGroups: [] })
  const job = await h.ok('jobs', 'start', { planId: planned.plan?.planId ?? '' })
  const report = await h.ctx.jobs.settled(job.jobId)
  expect(report.summary).toMatchObject({ state: 'done', done: 5, failed: 0 })

  const before = await stateOf(pool)
  expect(before.members).toEqual({ sales: ['eve', 'fay'], support: ['fay', 'gus'] })
  expect(await stateOf(applied.poolId)).toEqual(before)
})
