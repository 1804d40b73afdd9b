import { describe, expect, it } from 'vitest'
import {
  appClientProblems,
  clientChange,
  clientSecretProblem,
  MAX_CLIENT_SECRETS,
  NEW_CLIENT_SETTINGS,
  settingsOfDetail,
  type AppClientContext
} from '@shared/app-client-rules'
import type { ClientSettings } from '@shared/contract/appClients'

const settings = (overrides: Partial<ClientSettings>): ClientSettings => ({
  ...NEW_CLIENT_SETTINGS,
  name: 'web',
  ...overrides
})
const context: AppClientContext = {
  hasSecret: false,
  attributes: [
    { name: 'sub', required: true },
    { name: 'email', required: true },
    { name: 'custom:tenant', required: false }
  ],
  customScopes: ['https://api.example.com/read']
}
const oauth = (overrides: Partial<ClientSettings>) =>
  settings({
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ['code'],
    allowedOAuthScopes: ['openid'],
    callbackUrls: ['https://app.example.com/cb'],
    ...overrides
  })

describe('app client rules', () => {
  it('accepts a new client and an OAuth client with https and localhost callbacks', () => {
    expect(appClientProblems(settings({}), context)).toEqual([])
    expect(
      appClientProblems(
        oauth({
          callbackUrls: ['https://app.example.com/cb', 'http://localhost:3000/cb', 'myapp://callback'],
          defaultRedirectUri: 'http://localhost:3000/cb',
          allowedOAuthScopes: ['openid', 'email', 'https://api.example.com/read']
        }),
        context
      )
    ).toEqual([])
  })

  it.each([
    ['not a url', 'urlFormat'],
    ['javascript:alert(1)', 'urlFormat'],
    ['http://app.example.com/cb', 'urlInsecure'],
    ['http://127.0.0.1/cb', 'urlInsecure'],
    ['https://app.example.com/cb#x', 'urlFragment']
  ])('refuses the callback URL %s (%s)', (url, code) => {
    expect(appClientProblems(settings({ callbackUrls: [url] }), context)).toEqual([
      { code, field: 'callbackUrls', url }
    ])
  })

  it('refuses a default redirect URI that is not a callback URL', () => {
    expect(appClientProblems(oauth({ defaultRedirectUri: 'https://other.example.com/' }), context)).toEqual([
      { code: 'defaultRedirectNotCallback', url: 'https://other.example.com/' }
    ])
  })

  it('checks each token lifetime in its own unit, the session and the grace period', () => {
    const v = NEW_CLIENT_SETTINGS.tokenValidity
    const cases: [Partial<ClientSettings>, string[]][] = [
      [{ tokenValidity: { ...v, access: { value: 4, unit: 'minutes' } } }, ['accessValidityRange']],
      [{ tokenValidity: { ...v, access: { value: 24, unit: 'hours' } } }, []],
      [{ tokenValidity: { ...v, id: { value: 2, unit: 'days' } } }, ['idValidityRange']],
      [{ tokenValidity: { ...v, refresh: { value: 59, unit: 'minutes' } } }, ['refreshValidityRange']],
      [{ tokenValidity: { ...v, refresh: { value: 3650, unit: 'days' } } }, []],
      [{ tokenValidity: { ...v, refresh: { value: 3651, unit: 'days' } } }, ['refreshValidityRange']],
      [{ tokenValidity: { ...v, access: { value: 300, unit: 'seconds' } } }, []],
      [{ authSessionMinutes: 2 }, ['authSessionRange']],
      [{ authSessionMinutes: 15 }, []],
      [{ refreshTokenRotation: { enabled: true, retryGracePeriodSeconds: 61 } }, ['gracePeriodRange']],
      // The grace period is not sent while rotation is off.
      [{ refreshTokenRotation: { enabled: false, retryGracePeriodSeconds: 61 } }, []]
    ]
    for (const [overrides, codes] of cases)
      expect(appClientProblems(settings(overrides), context).map((p) => p.code)).toEqual(codes)
  })

  it('says which OAuth flows and scopes do not go together', () => {
    const codes = (s: ClientSettings, ctx = context) => appClientProblems(s, ctx).map((p) => p.code)
    expect(codes(oauth({ allowedOAuthFlows: [], allowedOAuthScopes: [] }))).toEqual([
      'oauthFlowsMissing',
      'oauthScopesMissing'
    ])
    expect(codes(oauth({ callbackUrls: [], allowedOAuthFlows: ['code', 'implicit'] }))).toEqual([
      'callbackMissing',
      'callbackMissing'
    ])
    expect(codes(oauth({ allowedOAuthScopes: ['email'] }))).toEqual(['scopeNeedsOpenid'])
    expect(
      codes(oauth({ allowedOAuthFlows: ['code', 'client_credentials'], allowedOAuthScopes: ['openid'] }))
    ).toEqual([
      'clientCredentialsMixed',
      'clientCredentialsSecret',
      'clientCredentialsStandardScope',
      'clientCredentialsCustomScope'
    ])
    const machine = oauth({
      allowedOAuthFlows: ['client_credentials'],
      allowedOAuthScopes: ['https://api.example.com/read'],
      callbackUrls: []
    })
    expect(codes(machine, { ...context, hasSecret: true })).toEqual([])
    expect(codes(oauth({ allowedOAuthScopes: ['openid', 'https://api.example.com/write'] }))).toEqual([
      'scopeUnknown'
    ])
    // Without the pool's scopes (an endpoint that cannot list them) custom scopes are not judged.
    expect(
      codes(oauth({ allowedOAuthScopes: ['openid', 'https://api.example.com/write'] }), { hasSecret: false })
    ).toEqual([])
    // OAuth off: its flows and scopes are not sent, so not judged.
    expect(codes(settings({ allowedOAuthFlows: ['client_credentials'] }))).toEqual([])
  })

  it('keeps required attributes writable and knows the pool’s attributes', () => {
    expect(
      appClientProblems(
        settings({ readAttributes: ['email', 'name', 'custom:plan'], writeAttributes: ['custom:tenant'] }),
        context
      )
    ).toEqual([
      { code: 'attributeUnknown', attribute: 'custom:plan' },
      { code: 'requiredNotWritable', attribute: 'email' }
    ])
    // Empty lists mean every attribute; sub is set by Cognito, never written.
    expect(appClientProblems(settings({ writeAttributes: ['email'] }), context)).toEqual([])
  })

  it('asks for a Pinpoint target when analytics is on', () => {
    const analytics = {
      applicationId: '',
      applicationArn: '',
      roleArn: '',
      externalId: '',
      userDataShared: false
    }
    expect(appClientProblems(settings({ analytics }), context)).toEqual([{ code: 'analyticsTarget' }])
    expect(
      appClientProblems(
        settings({ analytics: { ...analytics, applicationArn: 'arn:aws:mobiletargeting:x' } }),
        context
      )
    ).toEqual([])
  })

  it('sends only the settings that changed, whole', () => {
    const before = settingsOfDetail({ ...settings({}), clientId: 'x', raw: {} } as ClientSettings)
    expect(Object.keys(before)).toEqual(Object.keys(NEW_CLIENT_SETTINGS))
    const after = {
      ...before,
      tokenValidity: { ...before.tokenValidity, access: { value: 2, unit: 'hours' as const } }
    }
    expect(clientChange(before, after)).toEqual({ tokenValidity: after.tokenValidity })
    expect(clientChange(before, before)).toEqual({})
  })
})

describe('client secrets', () => {
  it('allows a second secret and the deletion of one of two', () => {
    expect(clientSecretProblem('add', { hasSecret: true, secretCount: 1 })).toBeNull()
    expect(clientSecretProblem('delete', { hasSecret: true, secretCount: 2 })).toBeNull()
  })

  it('refuses a third secret, the last secret, and any secret of a public client', () => {
    expect(clientSecretProblem('add', { hasSecret: true, secretCount: 2 })).toEqual({
      code: 'secretLimit',
      max: MAX_CLIENT_SECRETS
    })
    expect(clientSecretProblem('delete', { hasSecret: true, secretCount: 1 })).toEqual({ code: 'secretLast' })
    expect(clientSecretProblem('add', { hasSecret: false, secretCount: 0 })).toEqual({
      code: 'secretPublicClient'
    })
  })
})
