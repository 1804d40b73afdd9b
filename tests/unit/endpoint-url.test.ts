import { afterEach, describe, expect, it } from 'vitest'
import { endpointUrlProblem, isLoopbackHost } from '../../src/shared/endpoint-url'
import { TEST_PROFILE } from '../support/aws-files'
import { createHarness, type Harness } from '../support/harness'

describe('custom endpoint URLs', () => {
  it.each([
    ['https://cognito-idp.example.com', null],
    ['https://10.0.0.5:8443/', null],
    ['http://127.0.0.1:5000', null],
    ['http://127.8.9.10:5000', null],
    ['http://localhost:9229', null],
    ['http://moto.localhost:5000', null],
    ['http://[::1]:5000', null],
    ['http://cognito.example.com', 'plainHttpRemote'],
    ['http://10.0.0.5:5000', 'plainHttpRemote'],
    ['http://127.0.0.1.nip.io', 'plainHttpRemote'],
    ['http://localhost.example.com', 'plainHttpRemote'],
    ['http://[::ffff:10.0.0.1]', 'plainHttpRemote'],
    ['ftp://127.0.0.1', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['https://user:pass@example.com', 'credentialsInUrl'],
    ['127.0.0.1:5000', 'notUrl'],
    ['not a url', 'notUrl']
  ])('%s → %s', (url, problem) => {
    expect(endpointUrlProblem(url)).toBe(problem)
  })

  it('knows loopback names only', () => {
    expect(['localhost', 'LOCALHOST.', '127.0.0.1', '[::1]'].every(isLoopbackHost)).toBe(true)
    expect(['128.0.0.1', '127.0.0.256', 'localhostx', '0.0.0.0'].some(isLoopbackHost)).toBe(false)
  })

  describe('through main', () => {
    let h: Harness | undefined
    afterEach(() => h?.dispose())
    const input = {
      name: 'remote',
      source: 'profile' as const,
      profile: TEST_PROFILE,
      region: 'us-east-1',
      readOnly: false,
      production: false
    }

    it('refuses to save plain http to another host, saying what to use', async () => {
      h = await createHarness()
      const result = await h.call('connections', 'save', { ...input, endpoint: 'http://cognito.example.com' })
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
      expect(JSON.stringify(result)).toContain('use https://')
      const saved = await h.ok('connections', 'save', { ...input, endpoint: 'http://127.0.0.1:5000' })
      expect(saved.endpoint).toBe('http://127.0.0.1:5000')
    })

    it('does not call through a connection saved with plain http to another host', async () => {
      h = await createHarness()
      const saved = await h.ok('connections', 'save', { ...input, endpoint: 'https://cognito.example.com' })
      h.ctx.store.set('connections', [{ ...saved, endpoint: 'http://cognito.example.com' }])
      await h.ok('connections', 'activate', { id: saved.id })
      const result = await h.call('pools', 'list', {})
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', params: { problem: 'plainHttpRemote' } }
      })
    })
  })
})
