import { AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`groups-${run}`))).id
  const idp = h.ctx.connections.active().clients.idp
  for (let i = 0; i < 5; i++) {
    await idp.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: `member${i}`,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: `member${i}@example.com` }]
      })
    )
  }
})
afterAll(() => h?.dispose())

describe('groups against moto', () => {
  it('creates, lists by precedence, edits and deletes groups', async () => {
    const role = 'arn:aws:iam::123456789012:role/CognitoAdmins'
    const admins = await h.ok('groups', 'create', {
      poolId,
      name: 'admins',
      description: 'Full access',
      precedence: 1,
      roleArn: role
    })
    expect(admins).toMatchObject({ name: 'admins', precedence: 1, roleArn: role })
    await h.ok('groups', 'create', { poolId, name: 'beta', precedence: 10 })
    await h.ok('groups', 'create', { poolId, name: 'no-precedence' })

    expect((await h.ok('groups', 'list', { poolId })).groups.map((g) => g.name)).toEqual([
      'admins',
      'beta',
      'no-precedence'
    ])

    const edited = await h.ok('groups', 'update', {
      poolId,
      name: 'beta',
      description: 'Early access',
      precedence: 0
    })
    expect(edited).toMatchObject({ description: 'Early access', precedence: 0 })
    expect((await h.ok('groups', 'list', { poolId })).groups[0]?.name).toBe('beta')

    await h.ok('groups', 'delete', { poolId, name: 'no-precedence' })
    expect((await h.ok('groups', 'list', { poolId })).groups.map((g) => g.name)).not.toContain(
      'no-precedence'
    )
  })

  it('refuses a duplicate group with Cognito’s reason', async () => {
    await h.ok('groups', 'create', { poolId, name: 'support' })
    const dup = await h.call('groups', 'create', { poolId, name: 'support' })
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_EXISTS', message: 'A group with that name already exists in this pool.' }
    })
  })

  it('refuses an invalid IAM role ARN before sending it', async () => {
    const result = await h.call('groups', 'create', { poolId, name: 'bad-role', roleArn: 'MyRole' })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: 'roleArn: A role ARN looks like arn:aws:iam::123456789012:role/MyRole.'
      }
    })
    expect((await h.ok('groups', 'list', { poolId })).groups.map((g) => g.name)).not.toContain('bad-role')
  })

  it('refuses a negative precedence and a name with a space', async () => {
    const negative = await h.call('groups', 'create', { poolId, name: 'neg', precedence: -1 })
    expect(negative).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Precedence is 0 or more') }
    })
    const spaced = await h.call('groups', 'create', { poolId, name: 'two words' })
    expect(spaced).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('cannot contain spaces') }
    })
  })

  it('adds members, pages through them and removes one', async () => {
    await h.ok('groups', 'create', { poolId, name: 'members' })
    for (let i = 0; i < 5; i++)
      await h.ok('users', 'addToGroup', { poolId, group: 'members', username: `member${i}` })

    const seen: string[] = []
    let nextToken: string | undefined
    let pages = 0
    do {
      const page = await h.ok('groups', 'members', {
        poolId,
        name: 'members',
        limit: 2,
        ...(nextToken ? { nextToken } : {})
      })
      seen.push(...page.members.map((m) => m.username))
      nextToken = page.nextToken
      pages++
    } while (nextToken && pages < 10)
    expect(pages).toBeGreaterThanOrEqual(3)
    expect(seen.sort()).toEqual(['member0', 'member1', 'member2', 'member3', 'member4'])

    const first = await h.ok('groups', 'members', { poolId, name: 'members' })
    expect(first.members.find((m) => m.username === 'member0')).toMatchObject({
      email: 'member0@example.com',
      status: 'FORCE_CHANGE_PASSWORD',
      enabled: true
    })

    await h.ok('users', 'removeFromGroup', { poolId, group: 'members', username: 'member3' })
    const after = await h.ok('groups', 'members', { poolId, name: 'members' })
    expect(after.members.map((m) => m.username)).not.toContain('member3')
    expect(after.members).toHaveLength(4)
  })

  it('refuses every change on a read-only connection and sends nothing', async () => {
    const readOnly = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const refusals = [
        await readOnly.call('groups', 'create', { poolId, name: 'ro-group' }),
        await readOnly.call('users', 'addToGroup', { poolId, group: 'support', username: 'member0' }),
        await readOnly.call('pools', 'update', { poolId, deletionProtection: true })
      ]
      for (const result of refusals) {
        expect(result).toMatchObject({
          ok: false,
          error: { code: 'READ_ONLY', message: 'The connection “moto” is read-only: nothing was changed.' }
        })
      }
      expect((await readOnly.ok('groups', 'list', { poolId })).groups.map((g) => g.name)).not.toContain(
        'ro-group'
      )
    } finally {
      readOnly.dispose()
    }
  })

  it('says which user does not exist when adding an unknown member', async () => {
    await h.ok('groups', 'create', { poolId, name: 'ghosts' })
    const result = await h.call('users', 'addToGroup', { poolId, group: 'ghosts', username: 'nobody' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No user with that username exists in this user pool.' }
    })
  })
})
