import {
  CognitoIdentityProviderClient,
  GetUserPoolClientSessionConfigurationCommand,
  GetUserPoolSessionConfigurationCommand,
  SetUserPoolClientSessionConfigurationCommand,
  SetUserPoolSessionConfigurationCommand,
  type GetUserPoolSessionConfigurationResponse,
  type SetUserPoolClientSessionConfigurationResponse,
  type SetUserPoolSessionConfigurationResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  getClientSessionConfiguration,
  getPoolSessionConfiguration,
  setClientSessionConfiguration,
  setPoolSessionConfiguration
} from '../../src/main/cognito/sessionConfiguration'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)

describe('session configuration against moto', () => {
  let h: Harness
  let poolId: string
  beforeAll(async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint') })
    poolId = (await h.ok('pools', 'create', plainPool(`session-config-${run}`))).id
  })
  afterAll(() => h?.dispose())

  it('says the endpoint does not offer it, naming the operation', async () => {
    const result = await h.call('sessionConfiguration', 'getPool', { poolId })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'UNSUPPORTED_OPERATION',
        message: expect.stringContaining('GetUserPoolSessionConfiguration')
      }
    })
  })

  it('refuses sessions per user out of bounds before sending anything, with the rule broken', async () => {
    const result = await h.call('sessionConfiguration', 'setPool', {
      poolId,
      settings: { tracking: 'ENABLED', maxPerUser: 101 }
    })
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reasons: 'maxPerUserRange:maxPerUser:1:100' } }
    })
  })

  it('refuses a change on a read-only connection and records the refusal', async () => {
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      const result = await ro.call('sessionConfiguration', 'setClient', {
        poolId,
        clientId: 'abc123',
        settings: { ssoMaxValidityMinutes: 30 }
      })
      expect(result).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
      await ro.ctx.audit.flush()
      const log = await ro.ok('audit', 'list', { result: 'error' })
      expect(log.entries[0]).toMatchObject({ operation: 'sessionConfiguration:setClient' })
    } finally {
      ro.dispose()
    }
  })
})

describe('session configuration where the endpoint has it', () => {
  // moto 5.2.1 implements none of the four session-configuration operations: a client mocked with
  // aws-sdk-client-mock, typed by the SDK's own shapes, stands in for Cognito to check what is sent and
  // how the answers are read.
  const POOL = 'us-east-1_abc'
  const client = new CognitoIdentityProviderClient({ region: 'us-east-1' })
  const mock = mockClient(client)
  afterEach(() => mock.reset())

  it('reads tracking and sessions per user, with Cognito’s defaults for what it leaves out', async () => {
    const answer: GetUserPoolSessionConfigurationResponse = {
      UserPoolId: POOL,
      UserSessionTracking: 'ENABLED',
      TokenSession: { MaxPerUser: 5 }
    }
    mock.on(GetUserPoolSessionConfigurationCommand).resolvesOnce(answer).resolvesOnce({ UserPoolId: POOL })
    expect(await getPoolSessionConfiguration(client, POOL)).toEqual({
      poolId: POOL,
      settings: { tracking: 'ENABLED', maxPerUser: 5 }
    })
    expect(await getPoolSessionConfiguration(client, POOL)).toEqual({
      poolId: POOL,
      settings: { tracking: 'DISABLED', maxPerUser: 20 }
    })
  })

  it('sends both pool settings by their Cognito names and returns what Cognito kept', async () => {
    const kept: SetUserPoolSessionConfigurationResponse = {
      UserPoolId: POOL,
      UserSessionTracking: 'DISABLED',
      TokenSession: { MaxPerUser: 3 }
    }
    mock.on(SetUserPoolSessionConfigurationCommand).resolves(kept)
    const result = await setPoolSessionConfiguration(client, {
      poolId: POOL,
      settings: { tracking: 'DISABLED', maxPerUser: 3 }
    })
    expect(mock.commandCalls(SetUserPoolSessionConfigurationCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      UserSessionTracking: 'DISABLED',
      TokenSession: { MaxPerUser: 3 }
    })
    expect(result.settings).toEqual({ tracking: 'DISABLED', maxPerUser: 3 })
  })

  it('reads and sets one app client’s SSO session reuse', async () => {
    mock.on(GetUserPoolClientSessionConfigurationCommand).resolves({
      UserPoolId: POOL,
      ClientId: 'abc123',
      SSOSession: { MaxValidityMinutes: 120 }
    })
    const kept: SetUserPoolClientSessionConfigurationResponse = {
      UserPoolId: POOL,
      ClientId: 'abc123',
      SSOSession: { MaxValidityMinutes: 0 }
    }
    mock.on(SetUserPoolClientSessionConfigurationCommand).resolves(kept)
    const ref = { poolId: POOL, clientId: 'abc123' }
    expect((await getClientSessionConfiguration(client, ref)).settings).toEqual({
      ssoMaxValidityMinutes: 120
    })
    const saved = await setClientSessionConfiguration(client, {
      ...ref,
      settings: { ssoMaxValidityMinutes: 0 }
    })
    expect(mock.commandCalls(SetUserPoolClientSessionConfigurationCommand)[0]?.args[0].input).toEqual({
      UserPoolId: POOL,
      ClientId: 'abc123',
      SSOSession: { MaxValidityMinutes: 0 }
    })
    expect(saved).toEqual({ ...ref, settings: { ssoMaxValidityMinutes: 0 } })
  })

  it('refuses a reuse longer than 90 days or a fraction of a minute without calling Cognito', async () => {
    const ref = { poolId: POOL, clientId: 'abc123' }
    for (const minutes of [129_601, 1.5, -1])
      await expect(
        setClientSessionConfiguration(client, { ...ref, settings: { ssoMaxValidityMinutes: minutes } })
      ).rejects.toMatchObject({
        code: 'VALIDATION',
        params: { reasons: 'ssoValidityRange:ssoMaxValidityMinutes:0:129600' }
      })
    expect(mock.commandCalls(SetUserPoolClientSessionConfigurationCommand)).toHaveLength(0)
  })
})
