import {
  AdminDeleteSoftwareTokenCommand,
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { resetAuthenticator } from '../../src/main/cognito/authFactors'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`authfactors-${run}`))).id
  await h.ok('users', 'create', {
    poolId,
    username: 'tom',
    attributes: {},
    sendInvitation: false,
    generatePassword: true
  })
})
afterAll(() => h?.dispose())

describe('lost authenticator', () => {
  it('runs what the endpoint offers, says what it does not, and audits each step', async () => {
    const result = await h.ok('authFactors', 'resetAuthenticator', { poolId, username: 'tom', signOut: true })
    // moto 5.2.1 lacks AdminDeleteSoftwareToken; the preference and the sign-out are real.
    expect(result.steps).toEqual([
      { step: 'deleteSoftwareToken', outcome: 'notOffered' },
      { step: 'mfaPreference', outcome: 'done' },
      { step: 'signOut', outcome: 'done' }
    ])
    expect(result.mfa.enabled).not.toContain('SOFTWARE_TOKEN_MFA')
    await h.ctx.audit.flush()
    const ops = (await h.ok('audit', 'list', { poolId })).entries.map((e) => e.operation)
    expect(ops).toEqual(
      expect.arrayContaining([
        'AdminDeleteSoftwareToken',
        'AdminSetUserMFAPreference',
        'AdminUserGlobalSignOut'
      ])
    )
  })

  it('skips the sign-out when not asked, and is refused on a read-only connection', async () => {
    const result = await h.ok('authFactors', 'resetAuthenticator', {
      poolId,
      username: 'tom',
      signOut: false
    })
    expect(result.steps[2]).toEqual({ step: 'signOut', outcome: 'skipped' })
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      expect(
        await ro.call('authFactors', 'resetAuthenticator', { poolId, username: 'tom', signOut: true })
      ).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    } finally {
      ro.dispose()
    }
  })

  it('deletes the software token where the endpoint has the operation, and stops on a real failure', async () => {
    // moto 5.2.1 lacks AdminDeleteSoftwareToken: a mocked client typed by the SDK stands in for Cognito.
    const client = new CognitoIdentityProviderClient({ region: 'us-east-1' })
    const mock = mockClient(client)
    mock.on(AdminDeleteSoftwareTokenCommand).resolves({})
    mock.on(AdminSetUserMFAPreferenceCommand).resolves({})
    mock.on(AdminUserGlobalSignOutCommand).resolves({})
    mock
      .on(AdminGetUserCommand)
      .resolves({ Username: 'tom', UserMFASettingList: ['SMS_MFA'], PreferredMfaSetting: 'SMS_MFA' })
    const user = { poolId: 'us-east-1_Example', username: 'tom' }
    const result = await resetAuthenticator(client, { ...user, signOut: true })
    expect(result.steps.map((s) => s.outcome)).toEqual(['done', 'done', 'done'])
    expect(result.mfa).toEqual({ enabled: ['SMS_MFA'], preferred: 'SMS_MFA' })
    expect(mock.commandCalls(AdminSetUserMFAPreferenceCommand)[0]?.args[0].input).toEqual({
      UserPoolId: user.poolId,
      Username: 'tom',
      SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false }
    })

    mock
      .on(AdminDeleteSoftwareTokenCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'NotAuthorizedException' }))
    await expect(resetAuthenticator(client, { ...user, signOut: true })).rejects.toThrow('denied')
    mock.restore()
  })
})
