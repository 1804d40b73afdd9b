import { afterEach, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { TEST_PROFILE } from '../support/aws-files'

let h: Harness
afterEach(() => h?.dispose())

const motoConnection = (name: string) => ({
  name,
  region: 'us-east-1',
  endpoint: inject('motoEndpoint'),
  readOnly: false,
  production: false
})

/** A fresh harness connected to moto through a named profile of the test's shared AWS files. */
async function connectWithProfile(name: string, profile: string): Promise<void> {
  h = await createHarness()
  await h.ok('connections', 'save', { ...motoConnection(name), source: 'profile', profile })
}

/** Starts testing the MFA role profile; main then asks for the code and waits for the answer. */
async function startMfaTest() {
  await connectWithProfile('mfa', 'mfa-role')
  const prompt = h.waitForEvent('connections:mfaPrompt')
  const testing = h.ok('connections', 'test', {})
  return { prompt, testing }
}

describe('connections against moto', () => {
  it('lists the profiles of the shared files by kind, without secrets', async () => {
    h = await createHarness()
    const result = await h.ok('connections', 'profiles', {})
    expect(result.profiles).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: TEST_PROFILE, kind: 'static' }),
        expect.objectContaining({ name: 'sso-demo', kind: 'sso' })
      ])
    )
    expect(JSON.stringify(result)).not.toContain('motoTestSecretKey')
  })

  it('saves a connection without secrets and tests it: caller identity and Cognito', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint') })
    const state = await h.ok('connections', 'list', {})
    expect(state.connections).toHaveLength(1)
    expect(state.activeId).toBe(state.connections[0]?.id)
    const onDisk = JSON.stringify(h.ctx.store.get('connections'))
    expect(onDisk).not.toMatch(/AKIA|motoTestSecretKey/)

    const test = await h.ok('connections', 'test', {})
    expect(test.identity).toEqual({ ok: true })
    expect(test.account).toMatch(/^\d{12}$/)
    expect(test.arn).toMatch(/^arn:aws:(sts|iam)::\d{12}:/)
    expect(test.cognito).toMatchObject({ ok: true })
  })

  it('explains a dead endpoint', async () => {
    h = await createHarness({ endpoint: 'http://127.0.0.1:9' })
    const test = await h.ok('connections', 'test', {})
    expect(test.identity).toMatchObject({
      ok: false,
      error: { code: 'ENDPOINT', message: expect.stringContaining('http://127.0.0.1:9') }
    })
    expect(test.cognito).toMatchObject({ ok: false, error: { code: 'ENDPOINT' } })
  })

  it('tells an SSO profile without a cached token to run aws sso login', async () => {
    await connectWithProfile('sso', 'sso-demo')
    const test = await h.ok('connections', 'test', {})
    expect(test.identity).toMatchObject({
      ok: false,
      error: { code: 'SSO_LOGIN_REQUIRED', hint: expect.stringContaining('aws sso login --profile sso-demo') }
    })
  })

  it('assumes a role that needs MFA: main asks the renderer for the code and uses it', async () => {
    const { prompt, testing } = await startMfaTest()
    const asked = await prompt
    expect(asked).toMatchObject({ profile: 'mfa-role', serialNumber: 'arn:aws:iam::123456789012:mfa/tester' })
    await h.ok('connections', 'answerMfa', { requestId: asked.requestId, code: '123456' })
    const result = await testing
    expect(result.identity).toEqual({ ok: true })
    expect(result.arn).toMatch(/:assumed-role\/console-admin\//)
  })

  it('stops with a clear message when the MFA prompt is cancelled', async () => {
    const { prompt, testing } = await startMfaTest()
    await h.ok('connections', 'answerMfa', { requestId: (await prompt).requestId, code: null })
    const result = await testing
    expect(result.identity).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
  })

  it('uses a credential_process profile', async () => {
    await connectWithProfile('process', 'process')
    const result = await h.ok('connections', 'test', {})
    expect(result.identity).toEqual({ ok: true })
    expect(result.cognito).toMatchObject({ ok: true })
  })

  it('uses environment credentials, and says so when there are none', async () => {
    h = await createHarness()
    const saved = await h.ok('connections', 'save', { ...motoConnection('env'), source: 'environment' })
    const missing = await h.ok('connections', 'test', { id: saved.id })
    expect(missing.identity).toMatchObject({ ok: false, error: { code: 'CREDENTIALS_MISSING' } })

    process.env.AWS_ACCESS_KEY_ID = 'AKIAENVIRONMENT00000'
    process.env.AWS_SECRET_ACCESS_KEY = 'environmentSecret'
    try {
      // Saving again drops the cached clients, as editing a connection does.
      await h.ok('connections', 'save', { ...saved })
      const found = await h.ok('connections', 'profiles', {})
      expect(found.environmentCredentials).toBe(true)
      const result = await h.ok('connections', 'test', { id: saved.id })
      expect(result.identity).toEqual({ ok: true })
    } finally {
      delete process.env.AWS_ACCESS_KEY_ID
      delete process.env.AWS_SECRET_ACCESS_KEY
    }
  })

  it('lists the seeded user pools of the connection', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint') })
    const { clients } = h.ctx.connections.active()
    const { CreateUserPoolCommand } = await import('@aws-sdk/client-cognito-identity-provider')
    const created = await clients.idp.send(new CreateUserPoolCommand({ PoolName: `list-${Date.now()}` }))
    const { pools } = await h.ok('pools', 'list', {})
    expect(pools.map((p) => p.id)).toContain(created.UserPool?.Id)
  })

  it('refuses a write on a read-only connection, in main, before anything is sent', async () => {
    h = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    const { clients } = h.ctx.connections.active()
    const { CreateUserPoolCommand } = await import('@aws-sdk/client-cognito-identity-provider')
    await expect(clients.idp.send(new CreateUserPoolCommand({ PoolName: 'nope' }))).rejects.toMatchObject({
      code: 'READ_ONLY'
    })
  })
})
