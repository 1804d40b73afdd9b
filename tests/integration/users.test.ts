import {
  AdminListDevicesCommand,
  AdminListUserAuthEventsCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { listAuthEvents, listDevices } from '../../src/main/cognito/user-actions'
import { passwordProblems } from '@shared/user-rules'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool } from '../support/user-pools'

const run = Date.now().toString(36)
const GOOD_PASSWORD = 'Correct-Horse-42'
let h: Harness
let poolId: string

const create = (username: string, extra: Record<string, unknown> = {}) =>
  h.call('users', 'create', {
    poolId,
    username,
    attributes: { email: `${username}@example.com`, 'custom:tenant': 'acme' },
    sendInvitation: false,
    generatePassword: true,
    ...extra
  })

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  const idp = h.ctx.connections.active().clients.idp
  poolId = await createUsersPool(idp, `users-${run}`)
  await idp.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'support' }))
})
afterAll(() => h?.dispose())

describe('pool schema and passwords', () => {
  it('reads attributes, immutability and the password policy', async () => {
    const schema = await h.ok('users', 'schema', { poolId })
    expect(schema.passwordPolicy).toMatchObject({
      minimumLength: 10,
      requireUppercase: true,
      requireSymbols: false
    })
    const badge = schema.attributes.find((a) => a.name === 'custom:badge')
    expect(badge).toMatchObject({ custom: true, mutable: false, writable: true })
    expect(schema.attributes.find((a) => a.name === 'sub')?.writable).toBe(false)
  })

  it('generates passwords that satisfy the policy', async () => {
    const schema = await h.ok('users', 'schema', { poolId })
    for (let i = 0; i < 20; i++) {
      const { password } = await h.ok('users', 'generatePassword', { poolId })
      expect(passwordProblems(schema.passwordPolicy, password)).toEqual([])
    }
  })
})

describe('create', () => {
  it('creates a user with a generated temporary password and verified flag, and says so', async () => {
    const result = await create('alice', { emailVerified: true })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data).toMatchObject({ outcome: 'created', params: { username: 'alice' } })
    expect(result.data.message).toContain('no invitation was sent')
    expect(result.data.temporaryPassword).toMatch(/.{16,}/)
    expect(result.data.user).toMatchObject({
      status: 'FORCE_CHANGE_PASSWORD',
      attributes: { email_verified: 'true', 'custom:tenant': 'acme' }
    })
  })

  it('refuses a duplicate username', async () => {
    const result = await create('alice')
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_EXISTS', message: expect.stringContaining('already exists') }
    })
  })

  it('refuses a bad phone number before calling Cognito, naming the E.164 form', async () => {
    const result = await create('bob', { attributes: { phone_number: '090-1234-5678' } })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PARAMETER', message: expect.stringContaining('E.164') }
    })
  })

  it('refuses a weak typed password, naming the rules it breaks', async () => {
    const result = await create('bob', { temporaryPassword: 'short', generatePassword: false })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PASSWORD' } })
    if (result.ok) return
    expect(result.error.message).toContain('at least 10 characters')
    expect(result.error.message).toContain('uppercase')
  })

  it('refuses an unknown attribute and a number out of range', async () => {
    const unknown = await create('bob', { attributes: { 'custom:nope': 'x' } })
    expect(unknown).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_PARAMETER',
        message: expect.stringContaining('custom:nope: this pool has no such attribute')
      }
    })
    const range = await create('bob', { attributes: { 'custom:seats': '5000' } })
    expect(range).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('largest allowed value is 1000') }
    })
    const notNumber = await create('bob', { attributes: { 'custom:seats': 'many' } })
    expect(notNumber).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('a whole number is expected') }
    })
    // Cognito's Number attributes hold whole numbers: a decimal is refused before any call.
    const decimal = await create('bob', { attributes: { 'custom:seats': '4.5' } })
    expect(decimal).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('custom:seats: a whole number is expected') }
    })
  })
})

describe('detail and single actions', () => {
  beforeAll(async () => {
    for (const u of ['carol', 'dave', 'erin'])
      expect((await create(u, { emailVerified: true })).ok).toBe(true)
  })

  it('shows detail: attributes, status meaning, groups and MFA', async () => {
    await h.ok('users', 'addToGroup', { poolId, username: 'carol', group: 'support' })
    const detail = await h.ok('users', 'get', { poolId, username: 'carol' })
    expect(detail.groups).toEqual(['support'])
    expect(detail.user.attributes.email).toBe('carol@example.com')
    expect(detail.statusMeaning).toContain('temporary password')
    expect(detail.mfa.enabled).toEqual([])
    const removed = await h.ok('users', 'removeFromGroup', { poolId, username: 'carol', group: 'support' })
    expect(removed).toMatchObject({ outcome: 'removedFromGroup', message: 'Removed carol from support.' })
    expect((await h.ok('users', 'get', { poolId, username: 'carol' })).groups).toEqual([])
  })

  it('edits attributes with validation; immutable ones are refused; deletes optional ones', async () => {
    const updated = await h.ok('users', 'updateAttributes', {
      poolId,
      username: 'carol',
      attributes: { phone_number: '+819012345678', 'custom:seats': '12', birthdate: '1990-04-01' }
    })
    expect(updated.outcome).toBe('attributesUpdated')
    expect(updated.user?.attributes).toMatchObject({ phone_number: '+819012345678', 'custom:seats': '12' })
    const bad = await h.call('users', 'updateAttributes', {
      poolId,
      username: 'carol',
      attributes: { phone_number: '12345' }
    })
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PARAMETER', message: expect.stringContaining('E.164') }
    })
    const email = await h.call('users', 'updateAttributes', {
      poolId,
      username: 'carol',
      attributes: { email: 'not-an-email' }
    })
    expect(email).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('name@example.com') }
    })
    const date = await h.call('users', 'updateAttributes', {
      poolId,
      username: 'carol',
      attributes: { birthdate: '01/04/1990' }
    })
    expect(date).toMatchObject({ ok: false, error: { message: expect.stringContaining('YYYY-MM-DD') } })
    const immutable = await h.call('users', 'updateAttributes', {
      poolId,
      username: 'carol',
      attributes: { 'custom:badge': 'x' }
    })
    expect(immutable).toMatchObject({ ok: false, error: { message: expect.stringContaining('immutable') } })
    const deleted = await h.ok('users', 'deleteAttributes', {
      poolId,
      username: 'carol',
      names: ['phone_number']
    })
    expect(deleted.user?.attributes.phone_number).toBeUndefined()
    const sub = await h.call('users', 'deleteAttributes', { poolId, username: 'carol', names: ['sub'] })
    expect(sub).toMatchObject({ ok: false, error: { message: expect.stringContaining('cannot be changed') } })
  })

  it('sets a permanent password (checked first), then a temporary one', async () => {
    const weak = await h.call('users', 'setPassword', {
      poolId,
      username: 'dave',
      password: 'alllowercase1',
      permanent: true
    })
    expect(weak).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PASSWORD', message: expect.stringContaining('uppercase') }
    })
    const permanent = await h.ok('users', 'setPassword', {
      poolId,
      username: 'dave',
      password: GOOD_PASSWORD,
      permanent: true
    })
    expect(permanent).toMatchObject({ outcome: 'passwordSet', user: { status: 'CONFIRMED' } })
    const temporary = await h.ok('users', 'setPassword', {
      poolId,
      username: 'dave',
      password: GOOD_PASSWORD,
      permanent: false
    })
    expect(temporary).toMatchObject({
      outcome: 'temporaryPasswordSet',
      user: { status: 'FORCE_CHANGE_PASSWORD' }
    })
  })

  it('resends an invitation to a user still in FORCE_CHANGE_PASSWORD', async () => {
    const result = await h.ok('users', 'resendInvitation', { poolId, username: 'erin' })
    expect(result).toMatchObject({
      outcome: 'invitationResent',
      message: expect.stringContaining('new invitation')
    })
  })

  it('resets a password: the user is RESET_REQUIRED and the message explains what they receive', async () => {
    await h.ok('users', 'setPassword', { poolId, username: 'erin', password: GOOD_PASSWORD, permanent: true })
    // Cognito resets only users with a verified email or phone; make sure erin has one.
    await h.ok('users', 'updateAttributes', {
      poolId,
      username: 'erin',
      attributes: { email_verified: 'true' }
    })
    const result = await h.ok('users', 'resetPassword', { poolId, username: 'erin' })
    expect(result.user?.status).toBe('RESET_REQUIRED')
    expect(result.message).toContain('receive a code')
  })

  it('confirms a sign-up', async () => {
    const result = await h.ok('users', 'confirmSignUp', { poolId, username: 'carol' })
    expect(result).toMatchObject({ outcome: 'confirmed', user: { status: 'CONFIRMED' } })
  })

  it('disables, enables, signs out everywhere and sets MFA', async () => {
    expect(await h.ok('users', 'disable', { poolId, username: 'dave' })).toMatchObject({
      outcome: 'disabled',
      user: { enabled: false }
    })
    expect(await h.ok('users', 'enable', { poolId, username: 'dave' })).toMatchObject({
      outcome: 'enabled',
      user: { enabled: true }
    })
    expect((await h.ok('users', 'globalSignOut', { poolId, username: 'dave' })).message).toContain(
      'refresh tokens are revoked'
    )
    await h.ok('users', 'updateAttributes', {
      poolId,
      username: 'dave',
      attributes: { phone_number: '+819012345678', phone_number_verified: 'true' }
    })
    const mfa = await h.ok('users', 'setMfa', {
      poolId,
      username: 'dave',
      enabled: ['SMS_MFA'],
      preferred: 'SMS_MFA'
    })
    expect(mfa).toMatchObject({
      outcome: 'mfaUpdated',
      message: "Set dave's MFA: enabled SMS_MFA, preferred SMS_MFA."
    })
    const detail = await h.ok('users', 'get', { poolId, username: 'dave' })
    expect(detail.mfa).toEqual({ preferred: 'SMS_MFA', enabled: ['SMS_MFA'] })
    const totp = await h.call('users', 'setMfa', {
      poolId,
      username: 'dave',
      enabled: ['SOFTWARE_TOKEN_MFA']
    })
    expect(totp).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PARAMETER', detail: expect.stringContaining('software token') }
    })
  })

  it('deletes a user; acting on a missing user says it was not found', async () => {
    expect(await h.ok('users', 'delete', { poolId, username: 'erin' })).toMatchObject({
      outcome: 'deleted',
      message: 'Deleted erin from the pool.'
    })
    for (const action of ['get', 'disable', 'delete', 'resetPassword'] as const) {
      const result = await h.call('users', action, { poolId, username: 'erin' })
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND', message: expect.stringContaining('No user with that username') }
      })
    }
  })

  it('refuses writes on a read-only connection', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      expect(await ro.call('users', 'disable', { poolId, username: 'dave' })).toMatchObject({
        ok: false,
        error: { code: 'READ_ONLY' }
      })
    } finally {
      ro.dispose()
    }
  })
})

describe('devices and auth events', () => {
  it('says "not available from this endpoint" where the endpoint lacks them (moto)', async () => {
    const devices = await h.ok('users', 'devices', { poolId, username: 'dave' })
    expect(devices).toMatchObject({
      available: false,
      reason: expect.stringContaining('Not available from this endpoint')
    })
    const events = await h.ok('users', 'authEvents', { poolId, username: 'dave' })
    expect(events).toMatchObject({
      available: false,
      reason: expect.stringContaining('AdminListUserAuthEvents')
    })
  })

  it('lists devices and auth events where the endpoint has them', async () => {
    // moto 5.2.1 implements neither AdminListDevices nor AdminListUserAuthEvents: a mocked client
    // stands in for Cognito to check the mapping of their answers.
    const client = new CognitoIdentityProviderClient({ region: 'us-east-1' })
    const mock = mockClient(client)
    mock.on(AdminListDevicesCommand).resolves({
      Devices: [
        {
          DeviceKey: 'us-east-1_dev1',
          DeviceAttributes: [{ Name: 'device_name', Value: 'Pixel 9' }],
          DeviceCreateDate: new Date('2026-01-02T03:04:05Z'),
          DeviceLastAuthenticatedDate: new Date('2026-02-01T00:00:00Z')
        }
      ]
    })
    mock.on(AdminListUserAuthEventsCommand).resolves({
      AuthEvents: [
        {
          EventId: 'e1',
          EventType: 'SignIn',
          CreationDate: new Date('2026-02-01T00:00:00Z'),
          EventResponse: 'Pass',
          EventRisk: { RiskLevel: 'Low' },
          EventContextData: { IpAddress: '203.0.113.9', City: 'Tokyo', Country: 'Japan' }
        }
      ]
    })
    const ref = { poolId, username: 'dave' }
    expect(await listDevices(client, ref)).toEqual({
      available: true,
      items: [
        {
          key: 'us-east-1_dev1',
          name: 'Pixel 9',
          attributes: { device_name: 'Pixel 9' },
          created: '2026-01-02T03:04:05.000Z',
          lastAuthenticated: '2026-02-01T00:00:00.000Z'
        }
      ]
    })
    expect(await listAuthEvents(client, ref)).toEqual({
      available: true,
      items: [
        {
          id: 'e1',
          type: 'SignIn',
          created: '2026-02-01T00:00:00.000Z',
          response: 'Pass',
          risk: 'Low',
          ipAddress: '203.0.113.9',
          city: 'Tokyo',
          country: 'Japan'
        }
      ]
    })
    mock.restore()
  })
})
