import { describe, expect, it } from 'vitest'
import {
  choiceFactors,
  clientCapabilities,
  clientSettingWarnings,
  machineTokenCapabilities,
  type CapabilityInput
} from '@shared/capabilities'
import { hostedUiBaseUrl } from '../../src/main/cognito/testLogin'

const base: CapabilityInput = {
  explicitAuthFlows: [],
  hasSecret: false,
  allowedOAuthFlowsUserPoolClient: false,
  allowedOAuthFlows: [],
  allowedOAuthScopes: [],
  callbackUrls: [],
  supportedIdentityProviders: ['COGNITO']
}
const verdict = (input: Partial<CapabilityInput>) =>
  Object.fromEntries(clientCapabilities({ ...base, ...input }).map((c) => [c.flow, c]))

describe('client capability check', () => {
  it('applies Cognito’s default flows to a client that sets none', () => {
    const v = verdict({})
    expect(v.USER_SRP_AUTH).toMatchObject({ works: true, reasons: [{ code: 'defaultFlows' }] })
    expect(v.REFRESH_TOKEN_AUTH?.works).toBe(true)
    expect(v.USER_PASSWORD_AUTH).toMatchObject({
      works: false,
      reasons: [{ code: 'notEnabled', setting: 'ALLOW_USER_PASSWORD_AUTH', severity: 'blocking' }]
    })
  })

  it('accepts the legacy ADMIN_NO_SRP_AUTH name and keeps refresh for legacy clients', () => {
    const v = verdict({ explicitAuthFlows: ['ADMIN_NO_SRP_AUTH'] })
    expect(v.ADMIN_USER_PASSWORD_AUTH?.works).toBe(true)
    expect(v.REFRESH_TOKEN_AUTH?.works).toBe(true)
    expect(v.USER_SRP_AUTH?.works).toBe(false)
  })

  it('explains that SECRET_HASH is computed for a client with a secret', () => {
    const v = verdict({ explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH'], hasSecret: true })
    expect(v.USER_PASSWORD_AUTH?.reasons.map((r) => r.code)).toEqual(['enabled', 'secretHash'])
    expect(v.USER_SRP_AUTH?.reasons.map((r) => r.code)).toEqual(['notEnabled'])
  })

  it('lets the hosted UI work only with OAuth on, the code grant, a callback, Cognito and a domain', () => {
    const ready: Partial<CapabilityInput> = {
      allowedOAuthFlowsUserPoolClient: true,
      allowedOAuthFlows: ['code'],
      allowedOAuthScopes: ['openid'],
      callbackUrls: ['http://localhost:3000/callback'],
      domain: 'demo.auth.us-east-1.amazoncognito.com',
      hasSecret: true
    }
    expect(verdict(ready).HOSTED_UI_CODE).toMatchObject({
      works: true,
      reasons: [{ code: 'enabled' }, { code: 'secretBasicAuth' }]
    })
    expect(verdict({ ...ready, domain: undefined }).HOSTED_UI_CODE).toMatchObject({
      works: false,
      reasons: [{ code: 'noDomain' }]
    })
    expect(verdict({ ...ready, supportedIdentityProviders: ['Google'] }).HOSTED_UI_CODE?.works).toBe(false)
    expect(verdict({ ...ready, allowedOAuthScopes: ['email'] }).HOSTED_UI_CODE).toMatchObject({
      works: true,
      reasons: expect.arrayContaining([
        { code: 'openidScopeMissing', setting: 'AllowedOAuthScopes', severity: 'info' }
      ])
    })
  })

  it('says which choice-based first factors the client and the pool’s sign-in policy allow, and why not', () => {
    const client: CapabilityInput = { ...base, explicitAuthFlows: ['ALLOW_USER_AUTH'] }
    const byFactor = (pool: Parameters<typeof choiceFactors>[1], c = client) =>
      Object.fromEntries(choiceFactors(c, pool).map((f) => [f.factor, f]))
    const essentials = byFactor({ allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'], tier: 'ESSENTIALS' })
    expect(essentials.PASSWORD?.works).toBe(true)
    expect(essentials.PASSWORD_SRP?.works).toBe(true)
    expect(essentials.EMAIL_OTP?.reasons.map((r) => r.code)).toEqual(['factorAllowed', 'otpNeedsDelivery'])
    expect(essentials.SMS_OTP?.works).toBe(false)
    expect(essentials.SMS_OTP?.reasons[0]).toEqual({
      code: 'factorNotInPolicy',
      setting: 'SMS_OTP',
      severity: 'blocking'
    })
    expect(essentials.WEB_AUTHN?.reasons.map((r) => r.code)).toEqual([
      'factorNotInPolicy',
      'passkeyNeedsPage'
    ])

    const lite = byFactor({ allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'], tier: 'LITE' })
    expect(lite.EMAIL_OTP?.reasons.map((r) => r.code)).toEqual(['liteTier', 'otpNeedsDelivery'])
    // No sign-in policy means password only.
    expect(byFactor({ allowedFirstAuthFactors: [] }).EMAIL_OTP?.works).toBe(false)
    const off = byFactor({ allowedFirstAuthFactors: ['PASSWORD'] }, base)
    expect(off.PASSWORD).toMatchObject({ works: false, reasons: [{ code: 'userAuthOff' }] })
    expect(verdict({ explicitAuthFlows: ['ALLOW_USER_AUTH'] }).USER_AUTH?.works).toBe(true)
  })
})

describe('machine-to-machine capability check', () => {
  const machine: Partial<CapabilityInput> = {
    hasSecret: true,
    allowedOAuthFlowsUserPoolClient: true,
    allowedOAuthFlows: ['client_credentials'],
    allowedOAuthScopes: ['api.example.com/read']
  }
  const verdicts = (input: Partial<CapabilityInput>) =>
    Object.fromEntries(machineTokenCapabilities({ ...base, ...input }).map((c) => [c.method, c]))

  it('lets GetClientToken work without a domain, and the token endpoint only with one', () => {
    const v = verdicts(machine)
    expect(v.GetClientToken?.works).toBe(true)
    expect(v.tokenEndpoint).toMatchObject({ works: false, reasons: [{ code: 'noTokenEndpoint' }] })
    expect(verdicts({ ...machine, domain: 'api-auth' }).tokenEndpoint?.works).toBe(true)
  })

  it('says why a client cannot: no secret, no grant, no custom scope (openid does not count)', () => {
    const v = verdicts({
      ...machine,
      hasSecret: false,
      allowedOAuthFlows: ['code'],
      allowedOAuthScopes: ['openid']
    })
    expect(v.GetClientToken?.reasons.map((r) => r.code)).toEqual([
      'noSecret',
      'clientCredentialsMissing',
      'noCustomScopes'
    ])
    expect(v.GetClientToken?.works).toBe(false)
  })
})

describe('warnings of the client form', () => {
  const userAuth = { ...base, explicitAuthFlows: ['ALLOW_USER_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'] }
  const codes = (client: CapabilityInput, pool?: Parameters<typeof clientSettingWarnings>[1]) =>
    clientSettingWarnings(client, pool).map((w) => w.code)

  it('warns that choice-based sign-in offers passwords only when the policy allows no other factor', () => {
    expect(codes(userAuth, { allowedFirstAuthFactors: ['PASSWORD'], tier: 'ESSENTIALS' })).toEqual([
      'passwordlessNotInPolicy'
    ])
    expect(codes(userAuth, { allowedFirstAuthFactors: [], tier: 'ESSENTIALS' })).toEqual([
      'passwordlessNotInPolicy'
    ])
    expect(
      codes(userAuth, { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'], tier: 'ESSENTIALS' })
    ).toEqual([])
  })

  it('names the Lite plan first: adding factors would not help before the plan changes', () => {
    expect(codes(userAuth, { allowedFirstAuthFactors: ['PASSWORD', 'WEB_AUTHN'], tier: 'LITE' })).toEqual([
      'liteTier'
    ])
    expect(codes(userAuth, { allowedFirstAuthFactors: ['PASSWORD'], tier: 'LITE' })).toEqual(['liteTier'])
  })

  it('says nothing of choice-based sign-in the client does not allow, or while the pool is unknown', () => {
    expect(codes(base, { allowedFirstAuthFactors: ['PASSWORD'], tier: 'LITE' })).toEqual([])
    expect(codes(userAuth, undefined)).toEqual([])
  })

  it('warns that hosted UI grants need a domain, but not for client credentials alone', () => {
    const hosted = {
      ...base,
      allowedOAuthFlowsUserPoolClient: true,
      callbackUrls: ['https://app.example.com']
    }
    expect(codes({ ...hosted, allowedOAuthFlows: ['code'] })).toEqual(['noDomain'])
    expect(codes({ ...hosted, allowedOAuthFlows: ['implicit'] })).toEqual(['noDomain'])
    expect(codes({ ...hosted, allowedOAuthFlows: ['code'], domain: 'demo' })).toEqual([])
    expect(codes({ ...hosted, allowedOAuthFlows: ['client_credentials'] })).toEqual([])
    expect(codes({ ...hosted, allowedOAuthFlowsUserPoolClient: false, allowedOAuthFlows: ['code'] })).toEqual(
      []
    )
  })
})

describe('the pool domain’s base URL', () => {
  it('is https for Cognito and custom domains, plain http only for a server on this machine', () => {
    expect(hostedUiBaseUrl('demo', 'eu-west-1')).toBe('https://demo.auth.eu-west-1.amazoncognito.com')
    expect(hostedUiBaseUrl('auth.example.com', 'eu-west-1')).toBe('https://auth.example.com')
    expect(hostedUiBaseUrl('127.0.0.1:4100', 'eu-west-1')).toBe('http://127.0.0.1:4100')
    expect(hostedUiBaseUrl('auth.localhost:8080', 'eu-west-1')).toBe('http://auth.localhost:8080')
    expect(hostedUiBaseUrl(undefined, 'eu-west-1')).toBeUndefined()
  })
})
