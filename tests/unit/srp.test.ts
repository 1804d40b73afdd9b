import { afterEach, describe, expect, it, vi } from 'vitest'
import * as cognitoJs from 'amazon-cognito-identity-js'
import { createSrpClient, padHex, passwordClaimSignature, srpTimestamp } from '../../src/main/cognito/srp'

/**
 * Our SRP-6a client against Amazon's own JavaScript implementation (amazon-cognito-identity-js, a
 * test-only dependency): the same secret a, salt, B, secret block, password and time must give the same
 * SRP_A and PASSWORD_CLAIM_SIGNATURE. moto does not check the proof, so this is where it is checked.
 */

const POOL_ID = 'eu-west-1_AbCdEf123'
const FIXED_A =
  '5e1bb8e2e6a5d2b0f7d2c0e3a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1' +
  'c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9' +
  'e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7' +
  'a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5'

const { AuthenticationDetails, CognitoUser, CognitoUserPool } = cognitoJs

/** The package exports its SRP helper at run time but not in its typings. */
interface HelperClass {
  prototype: { generateRandomSmallA(): unknown }
  new (poolName: string): { N: { constructor: new (hex: string, radix: number) => unknown } }
}
const { AuthenticationHelper } = cognitoJs as unknown as { AuthenticationHelper: HelperClass }
const BigInteger = new AuthenticationHelper('x').N.constructor

interface Captured {
  srpA?: string
  responses?: Record<string, string>
}

/** Runs amazon-cognito-identity-js's authenticateUser with a fixed a, answering its calls locally. */
async function referenceSignature(input: {
  username: string
  userIdForSrp: string
  password: string
  salt: string
  srpB: string
  secretBlock: string
  now: Date
}): Promise<Captured> {
  vi.useFakeTimers({ toFake: ['Date'], now: input.now })
  vi.spyOn(AuthenticationHelper.prototype, 'generateRandomSmallA').mockReturnValue(
    new BigInteger(FIXED_A, 16)
  )
  const pool = new CognitoUserPool({ UserPoolId: POOL_ID, ClientId: 'client123' })
  const user = new CognitoUser({ Username: input.username, Pool: pool })
  const captured: Captured = {}
  const client = (user as unknown as { client: { request: unknown } }).client
  client.request = (
    operation: string,
    params: { AuthParameters?: Record<string, string>; ChallengeResponses?: Record<string, string> },
    callback: (err: Error | null, data: unknown) => void
  ) => {
    if (operation === 'InitiateAuth') {
      captured.srpA = params.AuthParameters?.SRP_A
      callback(null, {
        ChallengeName: 'PASSWORD_VERIFIER',
        ChallengeParameters: {
          SALT: input.salt,
          SRP_B: input.srpB,
          SECRET_BLOCK: input.secretBlock,
          USER_ID_FOR_SRP: input.userIdForSrp,
          USERNAME: input.username
        }
      })
    } else {
      captured.responses = params.ChallengeResponses
      callback(new Error('stop here'), null)
    }
  }
  await new Promise<void>((resolve) =>
    user.authenticateUser(new AuthenticationDetails({ Username: input.username, Password: input.password }), {
      onSuccess: () => resolve(),
      onFailure: () => resolve()
    })
  )
  return captured
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('SRP-6a client maths', () => {
  const cases = [
    {
      name: 'moto-style short salt and B',
      username: 'aiko.sato0',
      userIdForSrp: '6f0c3a2e-5b1d-4c8e-9a7f-1e2d3c4b5a69',
      password: 'Demo-Passw0rd!',
      salt: 'a3f1c9e2b7d84f6a9c0e1b2d3f4a5b6c',
      srpB: '0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      secretBlock: Buffer.from('session-secret-block').toString('base64'),
      now: new Date('2026-11-02T01:04:09Z')
    },
    {
      name: 'full-size B with the high bit set, a Japanese password',
      username: 'ユーザー',
      userIdForSrp: 'ユーザー',
      password: 'パスワード-Passw0rd!',
      salt: '8' + 'ab'.repeat(63),
      srpB: 'f'.repeat(2) + 'c3'.repeat(380),
      secretBlock: Buffer.alloc(64, 7).toString('base64'),
      now: new Date('2026-12-25T23:59:59Z')
    }
  ]

  it.each(cases)('matches amazon-cognito-identity-js ($name)', async (c) => {
    const reference = await referenceSignature(c)
    vi.useRealTimers()
    const client = createSrpClient(BigInt(`0x${FIXED_A}`))
    expect(client.largeA.toString(16)).toBe(reference.srpA)
    const timestamp = srpTimestamp(c.now)
    expect(timestamp).toBe(reference.responses?.TIMESTAMP)
    const signature = passwordClaimSignature({
      client,
      poolName: POOL_ID.split('_')[1] ?? '',
      userIdForSrp: c.userIdForSrp,
      password: c.password,
      saltHex: c.salt,
      srpBHex: c.srpB,
      secretBlock: c.secretBlock,
      timestamp
    })
    expect(reference.responses?.PASSWORD_CLAIM_SIGNATURE).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(signature).toBe(reference.responses?.PASSWORD_CLAIM_SIGNATURE)
  })

  it('gives a different signature for a different password', () => {
    const client = createSrpClient(BigInt(`0x${FIXED_A}`))
    const base = {
      client,
      poolName: 'AbCdEf123',
      userIdForSrp: 'u',
      saltHex: 'abcdef',
      srpBHex: '123456789abcdef',
      secretBlock: 'AAAA',
      timestamp: 'Mon Nov 2 01:04:09 UTC 2026'
    }
    expect(passwordClaimSignature({ ...base, password: 'one' })).not.toBe(
      passwordClaimSignature({ ...base, password: 'two' })
    )
  })

  it('formats the timestamp as Cognito expects and pads hex like Java BigInteger', () => {
    expect(srpTimestamp(new Date('2026-03-05T07:08:09Z'))).toBe('Thu Mar 5 07:08:09 UTC 2026')
    expect(padHex(0x14n)).toBe('14')
    expect(padHex(0xecn)).toBe('00ec')
    expect(padHex(0x8abn)).toBe('08ab')
  })

  it('refuses a server B that is zero modulo N', () => {
    const client = createSrpClient(5n)
    expect(() =>
      passwordClaimSignature({
        client,
        poolName: 'p',
        userIdForSrp: 'u',
        password: 'x',
        saltHex: '01',
        srpBHex: '0',
        secretBlock: '',
        timestamp: 't'
      })
    ).toThrow(/B = 0/)
  })
})
