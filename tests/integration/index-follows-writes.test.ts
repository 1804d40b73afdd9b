import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  CreateGroupCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { UserRow } from '@shared/contract/users'
import type { IndexChange } from '@shared/events'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool, seedUsers } from '../support/user-pools'

/**
 * Whatever writes to a user (a single action, the Groups tab, a bulk job step) leaves the loaded pool
 * index, and the renderer that hears `users:indexChanged`, saying what Cognito now holds.
 */
const run = Date.now().toString(36)
let h: Harness
let idp: CognitoIdentityProviderClient

async function loadIndex(poolId: string): Promise<void> {
  await h.ok('users', 'indexStart', { poolId })
  await h.waitForEvent('users:indexProgress', (s) => s.poolId === poolId && s.state === 'done')
}

const rows = async (poolId: string, query = {}) =>
  (await h.ok('users', 'indexQuery', { poolId, query, limit: 1000 })).rows

/** The next `users:indexChanged` of the pool that mentions `username` (changes arrive in batches). */
function changeOf(poolId: string, username: string): Promise<IndexChange> {
  return h.waitForEvent(
    'users:indexChanged',
    (c) =>
      c.poolId === poolId &&
      (c.removed.includes(username) || c.rows.some((r: UserRow) => r.username === username))
  )
}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  idp = h.ctx.connections.active().clients.idp
  const dir = mkdtempSync(join(tmpdir(), 'index-follows-'))
  h.ctx.saveFile = async ({ defaultName }) => join(dir, defaultName)
})
afterAll(() => h?.dispose())

describe('the pool index follows every write', () => {
  let poolId: string
  const names = Array.from({ length: 6 }, (_, i) => `bulk${i}`)

  beforeAll(async () => {
    poolId = await createUsersPool(idp, `index-follows-${run}`)
    await seedUsers(
      idp,
      poolId,
      names.map((username, i) => ({
        username,
        attributes: { email: `${username}@example.com`, name: `B ${i}` }
      }))
    )
    await idp.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'support' }))
    await loadIndex(poolId)
  }, 60_000)

  it('a bulk disable leaves the users disabled in the index, and the next dry run knows it', async () => {
    const targets = names.slice(0, 4)
    const heard = changeOf(poolId, 'bulk3')
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'disable' },
      target: { usernames: targets }
    })
    expect(plan.counts).toEqual({ change: 4, skip: 0 })
    const job = await h.ok('jobs', 'start', { planId: plan.planId })
    expect((await h.ctx.jobs.settled(job.jobId)).summary).toMatchObject({ state: 'done', done: 4 })

    const disabled = await rows(poolId, { enabled: false })
    expect(disabled.map((r) => r.username).sort()).toEqual(targets)
    expect((await heard).rows.find((r) => r.username === 'bulk3')).toMatchObject({ enabled: false })

    const again = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'enable' },
      target: { usernames: names }
    })
    const codes = Object.fromEntries(again.items.map((i) => [i.username, i.code]))
    expect(codes).toEqual({
      bulk0: 'willEnable',
      bulk1: 'willEnable',
      bulk2: 'willEnable',
      bulk3: 'willEnable',
      bulk4: 'alreadyEnabled',
      bulk5: 'alreadyEnabled'
    })
  })

  it('a join made from the Groups tab shows in the index, its group filter and the event', async () => {
    const heard = changeOf(poolId, 'bulk5')
    // The Groups tab's members panel joins through the same channel as the user page.
    await h.ok('users', 'addToGroup', { poolId, group: 'support', username: 'bulk5' })
    expect((await rows(poolId, { groups: ['support'] })).map((r) => r.username)).toEqual(['bulk5'])
    expect((await heard).rows.find((r) => r.username === 'bulk5')?.groups).toEqual(['support'])
    const members = await h.ok('groups', 'members', { poolId, name: 'support' })
    expect(members.members.map((m) => m.username)).toEqual(['bulk5'])

    await h.ok('users', 'removeFromGroup', { poolId, group: 'support', username: 'bulk5' })
    expect(await rows(poolId, { groups: ['support'] })).toEqual([])
  })

  it('a bulk attribute change and a bulk delete reach the index', async () => {
    const set = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'setAttribute', name: 'name', value: 'Renamed' },
      target: { usernames: ['bulk4'] }
    })
    await h.ctx.jobs.settled((await h.ok('jobs', 'start', { planId: set.planId })).jobId)
    expect((await rows(poolId)).find((r) => r.username === 'bulk4')?.attributes.name).toBe('Renamed')

    const del = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'delete' },
      target: { usernames: ['bulk0', 'bulk1'] }
    })
    await h.ctx.jobs.settled((await h.ok('jobs', 'start', { planId: del.planId })).jobId)
    expect((await rows(poolId)).map((r) => r.username).sort()).toEqual(['bulk2', 'bulk3', 'bulk4', 'bulk5'])
  })

  it('deleting a group takes it off its members in the index', async () => {
    await h.ok('users', 'addToGroup', { poolId, group: 'support', username: 'bulk2' })
    expect((await rows(poolId, { groups: ['support'] })).map((r) => r.username)).toEqual(['bulk2'])
    await h.ok('groups', 'delete', { poolId, name: 'support' })
    expect(await rows(poolId, { groups: ['support'] })).toEqual([])
    expect((await rows(poolId)).find((r) => r.username === 'bulk2')?.groups).toEqual([])
  })
})

describe('users addressed by email where the username is an email', () => {
  let poolId: string
  const realName = new Map<string, string>()

  beforeAll(async () => {
    const { UserPool } = await idp.send(
      new CreateUserPoolCommand({ PoolName: `email-names-${run}`, UsernameAttributes: ['email'] })
    )
    poolId = UserPool?.Id ?? ''
    for (const email of ['ann@example.com', 'bob@example.com', 'cat@example.com']) {
      const created = await h.ok('users', 'create', {
        poolId,
        username: email,
        attributes: {},
        sendInvitation: false
      })
      // Cognito keeps such users under a generated username; the email is how people address them.
      expect(created.user?.username).not.toBe(email)
      realName.set(email, created.user?.username ?? '')
    }
    await loadIndex(poolId)
  }, 60_000)

  it('indexes users under their real username', async () => {
    expect((await rows(poolId)).map((r) => r.username).sort()).toEqual([...realName.values()].sort())
  })

  it('a disable by email changes the row of the user Cognito answered about', async () => {
    await h.ok('users', 'disable', { poolId, username: 'bob@example.com' })
    const after = await rows(poolId)
    expect(after).toHaveLength(3)
    expect(after.filter((r) => !r.enabled).map((r) => r.username)).toEqual([realName.get('bob@example.com')])
  })

  it('a delete by email leaves the index, the event and every export without the user', async () => {
    const ann = realName.get('ann@example.com') ?? ''
    const heard = changeOf(poolId, ann)
    await h.ok('users', 'delete', { poolId, username: 'ann@example.com' })
    expect((await heard).removed).toEqual([ann])
    expect((await rows(poolId)).map((r) => r.username)).not.toContain(ann)

    const json = await h.ok('users', 'export', { poolId, source: { kind: 'index' }, format: 'json' })
    const exported = JSON.parse(readFileSync(json.path ?? '', 'utf8')) as UserRow[]
    expect(exported.map((r) => r.attributes.email).sort()).toEqual(['bob@example.com', 'cat@example.com'])
    const csv = await h.ok('users', 'export', {
      poolId,
      source: { kind: 'index' },
      format: 'csv',
      layout: 'import'
    })
    expect(csv.count).toBe(2)
    expect(readFileSync(csv.path ?? '', 'utf8')).not.toContain('ann@example.com')
  })

  it('a bulk delete by email takes the users out of the index', async () => {
    const plan = await h.ok('jobs', 'plan', {
      poolId,
      action: { kind: 'delete' },
      target: { usernames: ['cat@example.com'] }
    })
    expect(plan.counts.change).toBe(1)
    await h.ctx.jobs.settled((await h.ok('jobs', 'start', { planId: plan.planId })).jobId)
    expect((await rows(poolId)).map((r) => r.attributes.email)).toEqual(['bob@example.com'])
  })
})
