import {
  AdminForgetDeviceCommand,
  AdminListDevicesCommand,
  AdminUpdateDeviceStatusCommand,
  CognitoIdentityProviderClient,
  type AdminListDevicesCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { forgetDevice, setDeviceStatus } from '../../src/main/cognito/user-actions'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
const DEVICE_KEY = 'us-east-1_0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'
let h: Harness
let poolId: string

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`devices-${run}`))).id
  await h.ok('users', 'create', {
    poolId,
    username: 'dana',
    attributes: {},
    sendInvitation: false,
    generatePassword: true
  })
})
afterAll(() => h?.dispose())

describe('devices', () => {
  it('says the endpoint does not offer device operations, and audits the attempt', async () => {
    // moto 5.2.1 implements neither AdminForgetDevice nor AdminUpdateDeviceStatus.
    const forgot = await h.call('users', 'forgetDevice', { poolId, username: 'dana', deviceKey: DEVICE_KEY })
    expect(forgot).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
    const status = await h.call('users', 'setDeviceStatus', {
      poolId,
      username: 'dana',
      deviceKey: DEVICE_KEY,
      remembered: false
    })
    expect(status).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
    expect(await h.ok('users', 'devices', { poolId, username: 'dana' })).toMatchObject({ available: false })
    await h.ctx.audit.flush()
    const ops = (await h.ok('audit', 'list', { poolId })).entries.map((e) => e.operation)
    expect(ops).toEqual(expect.arrayContaining(['AdminForgetDevice', 'AdminUpdateDeviceStatus']))
  })

  it('refuses a malformed device key and a read-only connection before any call', async () => {
    expect(
      await h.call('users', 'forgetDevice', { poolId, username: 'dana', deviceKey: 'not a key' })
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('device key') }
    })
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      expect(
        await ro.call('users', 'forgetDevice', { poolId, username: 'dana', deviceKey: DEVICE_KEY })
      ).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } })
    } finally {
      ro.dispose()
    }
  })

  it('forgets a device and changes its remembered status where the endpoint has them', async () => {
    // moto lacks the device operations: a mocked client typed by the SDK stands in for Cognito.
    const client = new CognitoIdentityProviderClient({ region: 'us-east-1' })
    const mock = mockClient(client)
    const listed = (status: string): AdminListDevicesCommandOutput => ({
      $metadata: {},
      Devices: [
        {
          DeviceKey: DEVICE_KEY,
          DeviceAttributes: [
            { Name: 'device_name', Value: 'Pixel 9' },
            { Name: 'dev:device_remembered_status', Value: status }
          ]
        }
      ]
    })
    const ref = { poolId: 'us-east-1_Example', username: 'dana', deviceKey: DEVICE_KEY }
    mock.on(AdminUpdateDeviceStatusCommand).resolves({})
    mock.on(AdminListDevicesCommand).resolves(listed('not_remembered'))
    const after = await setDeviceStatus(client, { ...ref, remembered: false })
    expect(mock.commandCalls(AdminUpdateDeviceStatusCommand)[0]?.args[0].input).toEqual({
      UserPoolId: ref.poolId,
      Username: 'dana',
      DeviceKey: DEVICE_KEY,
      DeviceRememberedStatus: 'not_remembered'
    })
    expect(after).toMatchObject({ available: true, items: [{ key: DEVICE_KEY, remembered: false }] })

    mock.on(AdminForgetDeviceCommand).resolves({})
    mock.on(AdminListDevicesCommand).resolves({ Devices: [] })
    expect(await forgetDevice(client, ref)).toEqual({ available: true, items: [] })
    expect(mock.commandCalls(AdminForgetDeviceCommand)[0]?.args[0].input).toEqual({
      UserPoolId: ref.poolId,
      Username: 'dana',
      DeviceKey: DEVICE_KEY
    })
    mock.restore()
  })
})
