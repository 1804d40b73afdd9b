import {
  CognitoIdentityProviderClient,
  CreateUserPoolDomainCommand,
  DescribeUserPoolCommand,
  GetUserPoolMfaConfigCommand,
  ListTagsForResourceCommand,
  UpdateUserPoolCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { CreatePoolInput } from '@shared/contract/pools'
import { describePoolOverview } from '../../src/main/cognito/pools'
import { invitationProblems } from '../../src/shared/messages'
import { createHarness, type Harness } from '../support/harness'

const run = Date.now().toString(36)
let h: Harness

const basePool = (name: string): CreatePoolInput => ({
  name,
  signIn: 'username',
  aliases: ['email'],
  caseSensitive: false,
  passwordPolicy: {
    minimumLength: 10,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: false,
    temporaryPasswordValidityDays: 7
  },
  mfa: 'OPTIONAL',
  requiredAttributes: ['email'],
  customAttributes: [{ name: 'tenant', type: 'String', mutable: true, min: '1', max: '64' }],
  selfSignUp: false,
  deletionProtection: false
})

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
})
afterAll(() => h?.dispose())

describe('user pools against moto', () => {
  it('creates a pool with a custom attribute and reads it back section by section', async () => {
    const created = await h.ok('pools', 'create', basePool(`pools-${run}-a`))
    expect(created.id).toMatch(/_/)

    const { pools } = await h.ok('pools', 'list', {})
    expect(pools.find((p) => p.id === created.id)?.name).toBe(`pools-${run}-a`)

    const o = await h.ok('pools', 'describe', { poolId: created.id })
    expect(o.name).toBe(`pools-${run}-a`)
    expect(o.signIn.aliasAttributes).toEqual(['email'])
    expect(o.signIn.autoVerifiedAttributes).toEqual(['email'])
    expect(o.passwordPolicy).toMatchObject({ minimumLength: 10, requireSymbols: false })
    expect(o.mfa).toMatchObject({ mode: 'OPTIONAL', totp: true })
    expect(o.schema).toContainEqual(
      expect.objectContaining({ name: 'custom:tenant', custom: true, type: 'String', maxLength: '64' })
    )
    expect(o.selfSignUp).toBe(false)
    expect(o.deletionProtection).toBe(false)
    expect(o.raw.describeUserPool).toMatchObject({ Id: created.id })
  })

  it('tells a name Cognito would refuse, before sending it', async () => {
    const result = await h.call('pools', 'create', basePool('customers/prod?'))
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: expect.stringContaining(
          'A pool name may contain letters, digits, spaces and + = , . @ - only'
        )
      }
    })
  })

  it('reports estimated users, MFA and deletion protection for the list', async () => {
    const a = await h.ok('pools', 'create', { ...basePool(`pools-${run}-facts`), deletionProtection: true })
    const { facts } = await h.ok('pools', 'facts', { poolIds: [a.id] })
    expect(facts).toEqual([{ id: a.id, estimatedUsers: 0, mfa: 'OPTIONAL', deletionProtection: true }])
  })

  it('updates the password policy and MFA, keeping the other settings', async () => {
    const { id } = await h.ok('pools', 'create', basePool(`pools-${run}-upd`))
    const updated = await h.ok('pools', 'update', {
      poolId: id,
      passwordPolicy: {
        minimumLength: 14,
        requireUppercase: false,
        requireLowercase: true,
        requireNumbers: true,
        requireSymbols: true,
        temporaryPasswordValidityDays: 3
      },
      mfa: 'OFF',
      selfSignUp: true
    })
    expect(updated.passwordPolicy).toMatchObject({
      minimumLength: 14,
      requireUppercase: false,
      temporaryPasswordValidityDays: 3
    })
    expect(updated.mfa.mode).toBe('OFF')
    expect(updated.selfSignUp).toBe(true)
    // Not part of the change: still there.
    expect(updated.signIn.autoVerifiedAttributes).toEqual(['email'])
  })

  it('adds custom attributes to an existing pool and refuses a duplicate with Cognito’s reason', async () => {
    const { id } = await h.ok('pools', 'create', basePool(`pools-${run}-attr`))
    const o = await h.ok('pools', 'addCustomAttributes', {
      poolId: id,
      attributes: [{ name: 'score', type: 'Number', mutable: true, min: '0', max: '100' }]
    })
    expect(o.schema).toContainEqual(
      expect.objectContaining({ name: 'custom:score', type: 'Number', maxValue: '100' })
    )

    const dup = await h.call('pools', 'addCustomAttributes', {
      poolId: id,
      attributes: [{ name: 'tenant', type: 'String', mutable: true }]
    })
    expect(dup).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PARAMETER', detail: expect.stringContaining('custom:tenant') }
    })

    const badName = await h.call('pools', 'addCustomAttributes', {
      poolId: id,
      attributes: [{ name: 'has space', type: 'String', mutable: true }]
    })
    expect(badName).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('letters, digits and underscores') }
    })
  })

  it('refuses to delete a protected pool, saying why, and deletes it once protection is off', async () => {
    const name = `pools-${run}-del`
    const { id } = await h.ok('pools', 'create', { ...basePool(name), deletionProtection: true })

    const refused = await h.call('pools', 'delete', { poolId: id, confirmName: name })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'PRECONDITION',
        message: `Deletion protection is on for ${name}, so it cannot be deleted.`,
        hint: expect.stringContaining('Turn deletion protection off')
      }
    })
    expect((await h.ok('pools', 'describe', { poolId: id })).id).toBe(id)

    const mismatch = await h.call('pools', 'delete', { poolId: id, confirmName: 'something else' })
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })

    await h.ok('pools', 'update', { poolId: id, deletionProtection: false })
    await h.ok('pools', 'delete', { poolId: id, confirmName: name })
    const gone = await h.call('pools', 'describe', { poolId: id })
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('reads the domain section and deletes a pool that still has a domain', async () => {
    const name = `pools-${run}-dom`
    const { id } = await h.ok('pools', 'create', basePool(name))
    const domain = `pools-${run}-dom`
    await h.ctx.connections
      .active()
      .clients.idp.send(new CreateUserPoolDomainCommand({ UserPoolId: id, Domain: domain }))
    const o = await h.ok('pools', 'describe', { poolId: id })
    expect(o).toMatchObject({ domain, domainStatus: 'ACTIVE' })
    expect(o.raw.describeUserPoolDomain).toMatchObject({ DomainDescription: { Domain: domain } })

    await h.ok('pools', 'delete', { poolId: id, confirmName: name })
    expect(await h.call('pools', 'describe', { poolId: id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  it('shows tags as not available from moto, which lacks ListTagsForResource', async () => {
    const { id } = await h.ok('pools', 'create', basePool(`pools-${run}-tags`))
    const o = await h.ok('pools', 'describe', { poolId: id })
    expect(o.tags).toEqual({
      available: false,
      reason: 'Not available from this endpoint: it does not implement ListTagsForResource.'
    })
  })

  it('reads tags where the endpoint offers ListTagsForResource, and says why when access is denied', async () => {
    const { id } = await h.ok('pools', 'create', basePool(`pools-${run}-tags2`))
    const real = h.ctx.connections.active().clients.idp
    const pool = await real.send(new DescribeUserPoolCommand({ UserPoolId: id }))
    const mfa = await real.send(new GetUserPoolMfaConfigCommand({ UserPoolId: id }))
    // moto 5.2.1 does not implement ListTagsForResource: a mocked client answers with moto's own
    // DescribeUserPool and MFA answers, plus the tags (or the refusal) AWS would give.
    const mock = mockClient(CognitoIdentityProviderClient)
    try {
      mock.on(DescribeUserPoolCommand).resolves(pool)
      mock.on(GetUserPoolMfaConfigCommand).resolves(mfa)
      mock.on(ListTagsForResourceCommand).resolves({ Tags: { env: 'prod', team: 'identity' } })
      const idp = new CognitoIdentityProviderClient({ region: 'us-east-1' })
      expect((await describePoolOverview(idp, id)).tags).toEqual({
        available: true,
        value: { env: 'prod', team: 'identity' }
      })
      mock.on(ListTagsForResourceCommand).rejects(
        Object.assign(new Error('User is not authorized to perform: cognito-idp:ListTagsForResource'), {
          name: 'AccessDeniedException'
        })
      )
      const denied = (await describePoolOverview(idp, id)).tags
      expect(denied).toMatchObject({ available: false })
      expect(denied.available === false && denied.reason).toContain('cognito-idp:ListTagsForResource')
    } finally {
      mock.restore()
    }
  })

  it('flags an invitation template without {####} or {username}', async () => {
    expect(
      invitationProblems({ EmailMessage: 'Welcome! Your code is {####}', SMSMessage: '{username} {####}' })
    ).toEqual(['emailMissingUsername'])
    expect(invitationProblems({ SMSMessage: 'Hi' })).toEqual(['smsMissingCode', 'smsMissingUsername'])
    const { id } = await h.ok('pools', 'create', basePool(`pools-${run}-inv`))
    await h.ctx.connections.active().clients.idp.send(
      new UpdateUserPoolCommand({
        UserPoolId: id,
        AdminCreateUserConfig: {
          AllowAdminCreateUserOnly: true,
          InviteMessageTemplate: {
            EmailSubject: 'Welcome',
            EmailMessage: 'Your temporary password is {####}'
          }
        }
      })
    )
    const o = await h.ok('pools', 'describe', { poolId: id })
    expect(o.messages.invitationEmailMessage).toBe('Your temporary password is {####}')
    expect(o.messages.invitationProblems).toEqual(['emailMissingUsername'])
  })
})
