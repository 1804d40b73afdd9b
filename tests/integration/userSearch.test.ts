import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { UserSearchProgress } from '@shared/contract/userSearch'
import { TEST_PROFILE, TEST_REGION } from '../support/aws-files'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool, seedUsers } from '../support/user-pools'

const run = Date.now().toString(36)
const email = `anywhere-${run}@example.com`
let h: Harness
let connectionId: string
let eastPool: string
let westPool: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  connectionId = h.ctx.connections.active().connection.id
  const east = h.ctx.connections.active().clients.idp
  const west = h.ctx.connections.openRegion(connectionId, 'us-west-2').clients.idp
  eastPool = await createUsersPool(east, `search-east-${run}`)
  westPool = await createUsersPool(west, `search-west-${run}`)
  await seedUsers(east, eastPool, [{ username: `east-${run}`, attributes: { email } }])
  await seedUsers(west, westPool, [
    { username: `west-${run}`, attributes: { email } },
    { username: `other-${run}`, attributes: { email: `other-${run}@example.com` } }
  ])
})
afterAll(() => h?.dispose())

const search = (identifier: string, regions: string[], connectionIds = [connectionId]) =>
  h.ok('userSearch', 'run', { searchId: randomUUID(), identifier, connectionIds, regions })

describe('finding a user across pools and Regions against moto', () => {
  it('finds the user by email in a pool of each Region, and nowhere else', async () => {
    const result = await search(email, [TEST_REGION, 'us-west-2'])
    expect(westPool.startsWith('us-west-2_')).toBe(true)
    expect(result.state).toBe('done')
    expect(result.failures).toEqual([])
    expect(result.filters).toEqual([`username = "${email}"`, `email = "${email}"`])
    expect(result.regionsListed).toBe(2)
    expect(result.poolsSearched).toBe(result.poolsTotal)
    expect(result.hits.map((hit) => [hit.region, hit.poolId, hit.user.username]).sort()).toEqual([
      [TEST_REGION, eastPool, `east-${run}`],
      ['us-west-2', westPool, `west-${run}`]
    ])
    expect(result.hits[0]).toMatchObject({ connectionId, connectionName: 'moto' })
  })

  it('finds a user by username and by sub, and reports progress as it goes', async () => {
    const byName = await search(`other-${run}`, ['us-west-2'])
    expect(byName.hits.map((hit) => hit.poolName)).toEqual([`search-west-${run}`])
    const sub = byName.hits[0]?.user.sub ?? ''
    const progress = h.waitForEvent('userSearch:progress', (p) => p.state === 'done')
    const bySub = await search(sub, ['us-west-2'])
    expect(bySub.filters).toContain(`sub = "${sub}"`)
    expect(bySub.hits.map((hit) => hit.user.username)).toEqual([`other-${run}`])
    expect((await progress).hits).toHaveLength(1)
  })

  it('lists a connection it cannot reach as a failure and still answers with the other hits', async () => {
    const dead = await h.ok('connections', 'save', {
      name: 'unreachable',
      source: 'profile',
      profile: TEST_PROFILE,
      region: TEST_REGION,
      // Nothing listens on port 9 (discard) here: the connection is refused at once.
      endpoint: 'http://127.0.0.1:9',
      readOnly: false,
      production: false
    })
    const result = await search(email, ['us-west-2'], [connectionId, dead.id])
    expect(result.hits.map((hit) => hit.user.username)).toEqual([`west-${run}`])
    expect(result.failures).toEqual([
      expect.objectContaining({ connectionId: dead.id, connectionName: 'unreachable', region: 'us-west-2' })
    ])
    expect(result.regionsListed).toBe(2)
  })

  it('stops when cancelled and answers with what it found so far', async () => {
    const searchId = randomUUID()
    const started = h.call('userSearch', 'run', {
      searchId,
      identifier: email,
      connectionIds: [connectionId],
      regions: [TEST_REGION, 'us-west-2']
    })
    expect(await h.ok('userSearch', 'cancel', { searchId })).toEqual({ cancelled: true })
    const answer = await started
    if (!answer.ok) throw new Error(answer.error.message)
    const result: UserSearchProgress = answer.data
    expect(result.state).toBe('cancelled')
    expect(result.poolsSearched).toBeLessThanOrEqual(result.poolsTotal)
    expect(result.failures).toEqual([])
    expect(await h.ok('userSearch', 'cancel', { searchId })).toEqual({ cancelled: false })
  })

  it('refuses a request without a Region, saying what to do', async () => {
    const answer = await h.call('userSearch', 'run', {
      searchId: randomUUID(),
      identifier: email,
      connectionIds: [connectionId],
      regions: []
    })
    expect(answer.ok ? 'accepted' : answer.error.message).toContain('Choose at least one Region.')
  })
})
