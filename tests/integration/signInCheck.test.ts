import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { SignInReasonCode } from '@shared/sign-in-verdict'
import { ageUsers } from '../support/aged-user'
import { createHarness, type Harness } from '../support/harness'
import { clientSettings, plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let usernamePool: string
let emailPool: string

const codes = (reasons: { code: SignInReasonCode }[]) => reasons.map((r) => r.code)

const createUser = (poolId: string, username: string, attributes: Record<string, string> = {}) =>
  h.ok('users', 'create', { poolId, username, attributes, sendInvitation: false, generatePassword: true })

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  const short = plainPool(`signin-${run}`)
  short.passwordPolicy.temporaryPasswordValidityDays = 1
  usernamePool = (await h.ok('pools', 'create', short)).id
  emailPool = (await h.ok('pools', 'create', { ...plainPool(`signin-email-${run}`), signIn: 'email' })).id
})
afterAll(() => h?.dispose())

describe('sign-in check against moto', () => {
  it('finds an expired temporary password, and a resent invitation fixes it', async () => {
    await createUser(usernamePool, 'late.larry', { email: 'larry@example.com' })
    const restore = ageUsers(h.ctx.connections.active().clients.idp, ['late.larry'], 10)
    try {
      const before = await h.ok('signInCheck', 'run', { poolId: usernamePool, username: 'late.larry' })
      expect(before.verdict).toBe('blocked')
      expect(before.reasons[0]).toMatchObject({
        code: 'temporaryPasswordExpired',
        fix: 'resendInvitation',
        params: { days: 9 }
      })
      await h.ok('users', 'resendInvitation', { poolId: usernamePool, username: 'late.larry' })
      const after = await h.ok('signInCheck', 'run', { poolId: usernamePool, username: 'late.larry' })
      expect(codes(after.reasons)).not.toContain('temporaryPasswordExpired')
      expect(after.reasons).toContainEqual(
        expect.objectContaining({
          code: 'temporaryPasswordPending',
          params: expect.objectContaining({ days: 1 })
        })
      )
      expect(after.verdict).toBe('ok')
    } finally {
      restore()
    }
  })

  it('says a disabled user is disabled, and enabling clears it', async () => {
    await createUser(usernamePool, 'off.olga')
    await h.ok('users', 'setPassword', {
      poolId: usernamePool,
      username: 'off.olga',
      password: 'Perm-Pass-123',
      permanent: true
    })
    await h.ok('users', 'disable', { poolId: usernamePool, username: 'off.olga' })
    const before = await h.ok('signInCheck', 'run', { poolId: usernamePool, username: 'off.olga' })
    expect(before).toMatchObject({ verdict: 'blocked', reasons: [{ code: 'disabled', fix: 'enable' }] })
    await h.ok('users', 'enable', { poolId: usernamePool, username: 'off.olga' })
    const after = await h.ok('signInCheck', 'run', { poolId: usernamePool, username: 'off.olga' })
    expect(after).toMatchObject({ verdict: 'ok', reasons: [] })
  })

  it('flags an unverified email in an email sign-in pool, and verifying clears it', async () => {
    const created = await createUser(emailPool, 'vera@example.com', { email_verified: 'false' })
    const username = created.user?.username ?? ''
    const found = await h.ok('signInCheck', 'find', { poolId: emailPool, identifier: ' vera@example.com ' })
    expect(found.matches.map((m) => m.username)).toEqual([username])
    expect(found.filters).toContain('email = "vera@example.com"')

    const before = await h.ok('signInCheck', 'run', { poolId: emailPool, username })
    expect(before.reasons).toContainEqual(
      expect.objectContaining({
        code: 'emailUnverified',
        fix: 'verifyEmail',
        params: expect.objectContaining({ as: 'username' })
      })
    )
    await h.ok('users', 'updateAttributes', {
      poolId: emailPool,
      username,
      attributes: { email_verified: 'true' }
    })
    const after = await h.ok('signInCheck', 'run', { poolId: emailPool, username })
    expect(codes(after.reasons)).not.toContain('emailUnverified')
  })

  it('says which answers the endpoint does not offer instead of failing', async () => {
    const report = await h.ok('signInCheck', 'run', { poolId: usernamePool, username: 'off.olga' })
    for (const answer of [report.facts.authFactors, report.facts.authEvents, report.facts.sessions]) {
      expect(answer).toMatchObject({ available: false, reason: expect.stringContaining('Not available') })
    }
  })

  it('blocks on an app client that does not allow the flow the app uses', async () => {
    const client = await h.ok('appClients', 'create', {
      ...clientSettings(`srp-only-${run}`, { explicitAuthFlows: ['ALLOW_USER_SRP_AUTH'] }),
      poolId: usernamePool,
      generateSecret: false
    })
    const report = await h.ok('signInCheck', 'run', {
      poolId: usernamePool,
      username: 'off.olga',
      client: { clientId: client.clientId, flow: 'USER_PASSWORD_AUTH' }
    })
    expect(report.reasons).toEqual([
      expect.objectContaining({
        code: 'clientFlowNotAllowed',
        fix: 'openClient',
        params: { client: `srp-only-${run}`, flow: 'USER_PASSWORD_AUTH', setting: 'ALLOW_USER_PASSWORD_AUTH' }
      })
    ])
  })

  it('finds by username and refuses an empty identifier with what to type', async () => {
    const found = await h.ok('signInCheck', 'find', { poolId: usernamePool, identifier: 'off.olga' })
    expect(found.matches.map((m) => m.username)).toEqual(['off.olga'])
    const none = await h.ok('signInCheck', 'find', { poolId: usernamePool, identifier: 'nobody.here' })
    expect(none.matches).toEqual([])
    const empty = await h.call('signInCheck', 'find', { poolId: usernamePool, identifier: '   ' })
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('Type a username') }
    })
  })
})
