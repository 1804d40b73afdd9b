import { AdminCreateUserCommand, CreateUserPoolCommand } from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildFilter } from '../../src/main/cognito/users'
import { createHarness, type Harness } from '../support/harness'

let h: Harness
let poolId: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  const { idp } = h.ctx.connections.active().clients
  poolId =
    (await idp.send(new CreateUserPoolCommand({ PoolName: `users-list-${Date.now()}` }))).UserPool?.Id ?? ''
  for (const name of ['alice', 'alina', 'bob', 'quote"user']) {
    await idp.send(
      new AdminCreateUserCommand({
        UserPoolId: poolId,
        Username: name,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: `${name.replace('"', '')}@example.com` }]
      })
    )
  }
})
afterAll(() => h?.dispose())

describe('users:list (server search)', () => {
  it('pages through every user with a small limit', async () => {
    const seen: string[] = []
    let nextToken: string | undefined
    do {
      const page = await h.ok('users', 'list', { poolId, limit: 3, ...(nextToken ? { nextToken } : {}) })
      seen.push(...page.users.map((u) => u.username))
      nextToken = page.nextToken
    } while (nextToken)
    expect(seen.sort()).toEqual(['alice', 'alina', 'bob', 'quote"user'])
  })

  it('filters with ^= and returns flat rows with attributes', async () => {
    const page = await h.ok('users', 'list', {
      poolId,
      filter: { attribute: 'username', operator: '^=', value: 'ali' }
    })
    expect(page.users.map((u) => u.username).sort()).toEqual(['alice', 'alina'])
    expect(page.filter).toBe('username ^= "ali"')
    const alice = page.users.find((u) => u.username === 'alice')
    expect(alice).toMatchObject({
      status: 'FORCE_CHANGE_PASSWORD',
      enabled: true,
      attributes: { email: 'alice@example.com' }
    })
    expect(alice?.sub).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('escapes quotes and backslashes in filter values', () => {
    expect(buildFilter({ attribute: 'username', operator: '=', value: 'a"b\\c' })).toBe(
      'username = "a\\"b\\\\c"'
    )
  })

  it('refuses a malformed pool id with a message that shows the right form', async () => {
    const result = await h.call('users', 'list', { poolId: 'not a pool' })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('ap-northeast-1_') }
    })
  })
})
