import {
  CognitoIdentityProviderClient,
  GetProvisionedLimitCommand,
  InvalidParameterException,
  NotAuthorizedException,
  type GetProvisionedLimitCommandOutput
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterEach, describe, expect, it } from 'vitest'
import { LimiterMonitor, readAccountQuotas } from '../../src/main/aws/limits'
import { RateLimiter } from '../../src/main/aws/limiter'
import { ACCOUNT_QUOTA_CATEGORIES } from '../../src/shared/quotas'

// moto 5.2.1 has no GetProvisionedLimit: Cognito's answers are given by a mock typed by the SDK.
const client = new CognitoIdentityProviderClient({ region: 'us-east-1' })
const mock = mockClient(client)
afterEach(() => mock.reset())

const limit = (category: string, provisioned: number): GetProvisionedLimitCommandOutput => ({
  $metadata: {},
  Limit: {
    LimitDefinition: { LimitClass: 'API_CATEGORY', Attributes: { Category: category } },
    ProvisionedLimitValue: provisioned,
    FreeLimitValue: 30
  }
})
const at = () => new Date('2026-11-27T10:00:00Z')

describe('the account’s provisioned limits', () => {
  it('reads each user-pool category, keeps the ones Cognito does not know as not offered', async () => {
    mock.on(GetProvisionedLimitCommand).callsFake((input) => {
      const category = input.LimitDefinition.Attributes.Category as string
      if (category === 'GroupRead')
        throw new InvalidParameterException({ message: 'Unknown category', $metadata: {} })
      return limit(category, category === 'UserList' ? 90 : 40)
    })
    const account = await readAccountQuotas(client, at)
    expect(mock.commandCalls(GetProvisionedLimitCommand)).toHaveLength(ACCOUNT_QUOTA_CATEGORIES.length)
    expect(account).toMatchObject({
      state: 'read',
      values: { UserList: 90, UserRead: 40 },
      notOffered: ['GroupRead'],
      readAt: '2026-11-27T10:00:00.000Z'
    })
    expect(account.state === 'read' && 'IdentityId' in account.values).toBe(false)
  })

  it('stops at a refusal and says why, so the documented defaults stay', async () => {
    mock
      .on(GetProvisionedLimitCommand)
      .rejects(new NotAuthorizedException({ message: 'not allowed', $metadata: {} }))
    const account = await readAccountQuotas(client, at)
    expect(account).toMatchObject({
      state: 'unavailable',
      reason: expect.stringContaining('GetProvisionedLimit')
    })
    expect(mock.commandCalls(GetProvisionedLimitCommand)).toHaveLength(1)
  })

  it('puts the override over the account’s limit over the default, in the limiter and in Settings', () => {
    const monitor = new LimiterMonitor({ emit: () => undefined }, { UserRead: 7 })
    const limiter = new RateLimiter()
    monitor.observer('c1', limiter)
    monitor.setAccountQuotas('c1', 'eu-west-1', {
      state: 'read',
      values: { UserList: 90, UserRead: 300 },
      notOffered: [],
      readAt: at().toISOString()
    })
    expect(limiter.quota('UserList')).toBe(90)
    expect(limiter.quota('UserRead')).toBe(7)
    expect(limiter.quota('UserCreation')).toBe(50)
    const shown = monitor.settings('c1')
    expect(shown.inForce.UserList).toEqual({ value: 90, source: 'account' })
    expect(shown.inForce.UserRead).toEqual({ value: 7, source: 'override' })
    expect(shown.inForce.UserCreation).toEqual({ value: 50, source: 'default' })
    expect(monitor.hasAccountQuotas('c1', 'eu-west-1')).toBe(true)
    // Another Region has its own quotas: they are read again there.
    expect(monitor.hasAccountQuotas('c1', 'us-east-1')).toBe(false)
    monitor.dispose()
  })
})
