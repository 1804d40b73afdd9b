import type { AwsCredentialIdentity } from '@smithy/types'
import { describe, expect, it } from 'vitest'
import { sharedCredentials } from '../../src/main/aws/credentials'

function counting(results: (() => Promise<AwsCredentialIdentity>)[]) {
  let calls = 0
  const provider = () => {
    const next = results[Math.min(calls, results.length - 1)]
    calls++
    if (!next) throw new Error('no result')
    return next()
  }
  return { provider, calls: () => calls }
}

const creds = (expiration?: number): AwsCredentialIdentity => ({
  accessKeyId: 'AK',
  secretAccessKey: 'SK',
  ...(expiration !== undefined ? { expiration: new Date(expiration) } : {})
})

describe('sharedCredentials', () => {
  it('asks the underlying provider once for concurrent callers', async () => {
    const p = counting([async () => creds()])
    const shared = sharedCredentials(p.provider)
    await Promise.all([shared(), shared(), shared(), shared()])
    expect(p.calls()).toBe(1)
  })

  it('renews credentials that are about to expire', async () => {
    let now = 0
    const p = counting([async () => creds(10 * 60_000), async () => creds(70 * 60_000)])
    const shared = sharedCredentials(p.provider, () => now)
    expect((await shared()).expiration?.getTime()).toBe(10 * 60_000)
    now = 6 * 60_000
    expect((await shared()).expiration?.getTime()).toBe(70 * 60_000)
    expect(p.calls()).toBe(2)
  })

  it('does not keep a failed lookup: the next call tries again', async () => {
    const p = counting([() => Promise.reject(new Error('sso expired')), async () => creds()])
    const shared = sharedCredentials(p.provider)
    await expect(shared()).rejects.toThrow('sso expired')
    await expect(shared()).resolves.toMatchObject({ accessKeyId: 'AK' })
    expect(p.calls()).toBe(2)
  })
})
