import {
  ListUsersCommand,
  ListUsersInGroupCommand,
  type CognitoIdentityProviderClient,
  type UserType
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { PoolInsights } from '@shared/contract/insights'
import type { InsightBucket } from '@shared/insights'
import { seedDemo, type DemoSeed } from '../../scripts/seed'
import { createHarness, type Harness } from '../support/harness'

let h: Harness
let seed: DemoSeed
let insights: PoolInsights

/** Every user of the pool as ListUsers returns them, read independently of the index. */
async function listAll(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  filter?: string
): Promise<UserType[]> {
  const users: UserType[] = []
  let token: string | undefined
  do {
    const page = await idp.send(
      new ListUsersCommand({ UserPoolId: poolId, Limit: 60, PaginationToken: token, Filter: filter })
    )
    users.push(...(page.Users ?? []))
    token = page.PaginationToken
  } while (token)
  return users
}

const attr = (u: UserType, name: string) => u.Attributes?.find((a) => a.Name === name)?.Value
const byKey = (buckets: InsightBucket[], key: string) => buckets.find((b) => b.key === key)?.count

beforeAll(async () => {
  const endpoint = inject('motoEndpoint')
  seed = await seedDemo({ endpoint })
  h = await createHarness({ endpoint })
  await h.ok('users', 'indexStart', { poolId: seed.customersPoolId })
  await h.waitForEvent('users:indexProgress', (s) => s.poolId === seed.customersPoolId && s.state === 'done')
  insights = await h.ok('insights', 'summary', { poolId: seed.customersPoolId, period: 'day' })
}, 120_000)
afterAll(() => h?.dispose())

describe('insights of the demo seed', () => {
  it('match the counts ListUsers gives for each status, disabled users and verification', async () => {
    const idp = h.ctx.connections.active().clients.idp
    const all = await listAll(idp, seed.customersPoolId)
    expect(insights.users).toBe(all.length)
    for (const status of ['CONFIRMED', 'FORCE_CHANGE_PASSWORD']) {
      const listed = await listAll(idp, seed.customersPoolId, `cognito:user_status = "${status}"`)
      expect(listed.length).toBeGreaterThan(0)
      expect(byKey(insights.statuses, status)).toBe(listed.length)
    }
    expect(insights.disabled.count).toBe(all.filter((u) => u.Enabled === false).length)
    expect(byKey(insights.email, 'verified')).toBe(
      all.filter((u) => attr(u, 'email_verified') === 'true').length
    )
    expect(byKey(insights.phone, 'absent')).toBe(all.filter((u) => !attr(u, 'phone_number')).length)
    // Seeded a moment ago, within the pool's 7 days: every invitation is still valid.
    expect(insights.invitations.validityDays).toBe(7)
    expect(insights.invitations.pending.count).toBe(byKey(insights.statuses, 'FORCE_CHANGE_PASSWORD'))
    expect(insights.mfaConfiguration).toBe('OPTIONAL')
    expect(insights.status.state).toBe('done')
  })

  it('match ListUsersInGroup for each group and the creation dates for sign-ups', async () => {
    const idp = h.ctx.connections.active().clients.idp
    for (const group of ['beta', 'support']) {
      const members = await idp.send(
        new ListUsersInGroupCommand({ UserPoolId: seed.customersPoolId, GroupName: group, Limit: 60 })
      )
      expect(byKey(insights.groups ?? [], group)).toBe(members.Users?.length)
    }
    const all = await listAll(idp, seed.customersPoolId)
    const days = new Map<string, number>()
    for (const u of all) {
      const day = u.UserCreateDate?.toISOString().slice(0, 10) ?? ''
      days.set(day, (days.get(day) ?? 0) + 1)
    }
    expect(
      Object.fromEntries(insights.signUps.buckets.filter((b) => b.count).map((b) => [b.key, b.count]))
    ).toEqual(Object.fromEntries(days))
  })

  it('gives each bucket a query the users table answers with exactly its count', async () => {
    const buckets = [
      ...insights.statuses,
      insights.disabled,
      ...insights.email,
      ...insights.phone,
      ...(insights.groups ?? []),
      ...insights.signUps.buckets,
      insights.invitations.pending,
      ...insights.invitations.expired
    ]
    for (const bucket of buckets) {
      const result = await h.ok('users', 'indexQuery', {
        poolId: seed.customersPoolId,
        query: bucket.query,
        limit: 0
      })
      expect(result.total, JSON.stringify(bucket)).toBe(bucket.count)
    }
  })

  it('gives the distribution of a custom attribute as ListUsers shows it', async () => {
    const all = await listAll(h.ctx.connections.active().clients.idp, seed.customersPoolId)
    const tenants = await h.ok('insights', 'distribution', {
      poolId: seed.customersPoolId,
      attribute: 'custom:tenant'
    })
    const expected = new Map<string, number>()
    for (const u of all) {
      const tenant = attr(u, 'custom:tenant') ?? ''
      expected.set(tenant, (expected.get(tenant) ?? 0) + 1)
    }
    expect(Object.fromEntries(tenants.buckets.map((b) => [b.key, b.count]))).toEqual(
      Object.fromEntries(expected)
    )
  })

  it('refuses a pool never indexed, saying to load the index', async () => {
    const result = await h.call('insights', 'summary', { poolId: seed.staffPoolId, period: 'week' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('PRECONDITION')
  })
})
