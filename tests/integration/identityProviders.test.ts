import {
  CognitoIdentityProviderClient,
  DescribeIdentityProviderCommand,
  GetIdentityProviderByIdentifierCommand,
  type GetIdentityProviderByIdentifierResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { findIdentityProviderByIdentifier } from '../../src/main/cognito/identityProviders'
import { createHarness, type Harness } from '../support/harness'
import { SAML_METADATA, serveOidcIssuer } from '../support/oidc-issuer'
import { clientSettings, plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string
let emailPoolId: string
let oidc: Awaited<ReturnType<typeof serveOidcIssuer>>

const samlInput = (name: string, metadata: string) => ({
  poolId,
  name,
  type: 'SAML' as const,
  details: { MetadataFile: metadata, IDPSignout: 'true' as const },
  attributeMapping: { email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
  idpIdentifiers: ['example.com']
})

const oidcInput = (name: string, issuer: string, secret?: string) => ({
  poolId,
  name,
  type: 'OIDC' as const,
  details: {
    client_id: 'oidc-client',
    ...(secret ? { client_secret: secret } : {}),
    attributes_request_method: 'GET' as const,
    oidc_issuer: issuer,
    authorize_scopes: 'openid email'
  },
  attributeMapping: { email: 'email', username: 'sub' },
  idpIdentifiers: []
})

/** What Cognito (here moto) holds, secrets included: read straight from the SDK, not through the console. */
async function stored(name: string) {
  const { IdentityProvider } = await h.ctx.connections
    .active()
    .clients.idp.send(new DescribeIdentityProviderCommand({ UserPoolId: poolId, ProviderName: name }))
  return IdentityProvider
}

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`idps-${run}`))).id
  emailPoolId = (
    await h.ok('pools', 'create', { ...plainPool(`idps-email-${run}`), requiredAttributes: ['email'] })
  ).id
  oidc = await serveOidcIssuer()
})
afterAll(async () => {
  h?.dispose()
  await oidc?.close()
})

describe('identity providers against moto', () => {
  it('creates a SAML provider from uploaded metadata, lists, edits and deletes it', async () => {
    const created = await h.ok('identityProviders', 'create', samlInput('Corp', SAML_METADATA))
    expect(created).toMatchObject({
      name: 'Corp',
      type: 'SAML',
      details: { IDPSignout: 'true' },
      idpIdentifiers: ['example.com']
    })
    expect((await h.ok('identityProviders', 'list', { poolId })).providers.map((p) => p.name)).toContain(
      'Corp'
    )

    const edited = await h.ok('identityProviders', 'update', {
      ...samlInput('Corp', SAML_METADATA),
      details: { MetadataURL: 'https://idp.example.com/metadata' },
      attributeMapping: { email: 'mail', name: 'displayName' }
    })
    expect(edited.attributeMapping).toEqual({ email: 'mail', name: 'displayName' })
    // The new source replaces the uploaded file; the sign-out flag the form left out is dropped.
    const details = (await stored('Corp'))?.ProviderDetails ?? {}
    expect(details.MetadataURL).toBe('https://idp.example.com/metadata')
    expect(details.MetadataFile).toBeUndefined()

    await h.ok('identityProviders', 'delete', { poolId, name: 'Corp' })
    const gone = await h.call('identityProviders', 'describe', { poolId, name: 'Corp' })
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('reads an OIDC issuer’s discovery document from a local provider', async () => {
    const discovery = await h.ok('identityProviders', 'discover', { issuer: oidc.issuer })
    expect(discovery).toMatchObject({
      issuer: oidc.issuer,
      authorizationEndpoint: `${oidc.issuer}/authorize`,
      tokenEndpoint: `${oidc.issuer}/token`,
      userinfoEndpoint: `${oidc.issuer}/userinfo`,
      jwksUri: `${oidc.issuer}/jwks`,
      claimsSupported: ['sub', 'email', 'name']
    })
    expect(oidc.requests).toContain('/issuer/.well-known/openid-configuration')
  })

  it('writes an OIDC secret from main, never returns it, and keeps it when an edit leaves it empty', async () => {
    const created = await h.ok('identityProviders', 'create', oidcInput('Okta', oidc.issuer, 'top-secret-1'))
    expect(created.secretsSet).toEqual(['client_secret'])
    expect(JSON.stringify(created)).not.toContain('top-secret-1')
    const described = await h.ok('identityProviders', 'describe', { poolId, name: 'Okta' })
    expect(JSON.stringify(described)).not.toContain('top-secret-1')
    expect((await stored('Okta'))?.ProviderDetails?.client_secret).toBe('top-secret-1')

    await h.ok('identityProviders', 'update', {
      ...oidcInput('Okta', oidc.issuer),
      details: { ...oidcInput('Okta', oidc.issuer).details, authorize_scopes: 'openid email profile' }
    })
    const after = (await stored('Okta'))?.ProviderDetails ?? {}
    expect(after).toMatchObject({ client_secret: 'top-secret-1', authorize_scopes: 'openid email profile' })

    await h.ok('identityProviders', 'update', oidcInput('Okta', oidc.issuer, 'top-secret-2'))
    expect((await stored('Okta'))?.ProviderDetails?.client_secret).toBe('top-secret-2')
  })

  it('keeps the Apple private key out of the answer and out of the audit log', async () => {
    const key =
      '-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg\n-----END PRIVATE KEY-----'
    const created = await h.ok('identityProviders', 'create', {
      poolId,
      name: 'SignInWithApple',
      type: 'SignInWithApple',
      details: { client_id: 'com.example.app', team_id: 'TEAM123', key_id: 'KEY123', private_key: key },
      attributeMapping: { email: 'email' },
      idpIdentifiers: []
    })
    expect(created).toMatchObject({ details: { team_id: 'TEAM123' }, secretsSet: ['private_key'] })
    expect(JSON.stringify(created)).not.toContain('PRIVATE KEY')
    await h.ctx.audit.flush()
    const entry = h.ctx.audit.log
      .read()
      .find((e) => e.operation === 'CreateIdentityProvider' && e.poolId === poolId)
    expect(entry?.result).toBe('ok')
    expect(JSON.stringify(entry)).not.toContain('PRIVATE KEY')
  })

  it('offers a provider on an app client and takes it off, keeping the client’s other settings', async () => {
    await h.ok('identityProviders', 'create', {
      poolId,
      name: 'Google',
      type: 'Google',
      details: { client_id: 'g-client', client_secret: 'g-secret', authorize_scopes: 'openid email' },
      attributeMapping: { email: 'email' },
      idpIdentifiers: []
    })
    const client = await h.ok('appClients', 'create', {
      poolId,
      generateSecret: false,
      ...clientSettings('web', {
        allowedOAuthFlowsUserPoolClient: true,
        allowedOAuthFlows: ['code'],
        allowedOAuthScopes: ['openid'],
        callbackUrls: ['https://app.example.com/callback'],
        tokenValidity: {
          access: { value: 30, unit: 'minutes' },
          id: { value: 30, unit: 'minutes' },
          refresh: { value: 7, unit: 'days' }
        }
      })
    })
    const on = await h.ok('identityProviders', 'setOnClient', {
      poolId,
      name: 'Google',
      clientId: client.clientId,
      enabled: true
    })
    expect(on.supportedIdentityProviders).toEqual(['COGNITO', 'Google'])
    const kept = await h.ok('appClients', 'describe', { poolId, clientId: client.clientId })
    expect(kept).toMatchObject({
      supportedIdentityProviders: ['COGNITO', 'Google'],
      callbackUrls: ['https://app.example.com/callback'],
      allowedOAuthFlows: ['code'],
      tokenValidity: { access: { value: 30, unit: 'minutes' }, refresh: { value: 7, unit: 'days' } }
    })
    await h.ok('identityProviders', 'setOnClient', {
      poolId,
      name: 'Google',
      clientId: client.clientId,
      enabled: false
    })
    expect(
      (await h.ok('appClients', 'describe', { poolId, clientId: client.clientId })).supportedIdentityProviders
    ).toEqual(['COGNITO'])
    const missing = await h.call('identityProviders', 'setOnClient', {
      poolId,
      name: 'NoSuchIdp',
      clientId: client.clientId,
      enabled: true
    })
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})

describe('identity providers: bad input is refused before the call', () => {
  it('refuses a malformed metadata URL', async () => {
    const result = await h.call('identityProviders', 'create', {
      ...samlInput('BadUrl', SAML_METADATA),
      details: { MetadataURL: 'idp.example.com/metadata' }
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })
  })

  it('refuses uploaded XML that is not IdP metadata, saying which part is missing', async () => {
    const notXml = await h.call('identityProviders', 'create', samlInput('BadXml', 'entityID=https://idp'))
    expect(notXml).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reasons: 'samlNotXml' } }
    })
    const spOnly = await h.call(
      'identityProviders',
      'create',
      samlInput('SpOnly', '<EntityDescriptor entityID="x"><SPSSODescriptor/></EntityDescriptor>')
    )
    expect(spOnly).toMatchObject({ ok: false, error: { params: { reasons: 'samlNoIdpDescriptor' } } })
    expect((await h.ok('identityProviders', 'list', { poolId })).providers.map((p) => p.name)).not.toContain(
      'SpOnly'
    )
  })

  it('refuses an OIDC issuer without a discovery document, naming the URL it tried', async () => {
    const result = await h.call(
      'identityProviders',
      'create',
      oidcInput('NoDiscovery', `${oidc.origin}/nowhere`, 's')
    )
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', params: { url: `${oidc.origin}/nowhere/.well-known/openid-configuration` } }
    })
    expect(oidc.requests).toContain('/nowhere/.well-known/openid-configuration')
  })

  it('refuses a mapping to an attribute the pool lacks, and a pool’s required attribute left unmapped', async () => {
    const unknown = await h.call('identityProviders', 'create', {
      ...samlInput('Mapper', SAML_METADATA),
      attributeMapping: { 'custom:tenant': 'tenant' }
    })
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reasons: 'mappingUnknownAttribute:custom:tenant' } }
    })
    const unmapped = await h.call('identityProviders', 'create', {
      ...samlInput('Mapper', SAML_METADATA),
      poolId: emailPoolId,
      attributeMapping: { name: 'displayName' }
    })
    expect(unmapped).toMatchObject({
      ok: false,
      error: { params: { reasons: 'mappingRequiredMissing:email' } }
    })
  })

  it('refuses a social provider under another name and one created without its secret', async () => {
    const renamed = await h.call('identityProviders', 'create', {
      poolId,
      name: 'MyGoogle',
      type: 'Google',
      details: { client_id: 'g', client_secret: 's' },
      attributeMapping: {},
      idpIdentifiers: []
    })
    expect(renamed).toMatchObject({ ok: false, error: { params: { reasons: 'socialName:Google' } } })
    const noSecret = await h.call('identityProviders', 'create', {
      poolId,
      name: 'Facebook',
      type: 'Facebook',
      details: { client_id: 'f' },
      attributeMapping: {},
      idpIdentifiers: []
    })
    expect(noSecret).toMatchObject({
      ok: false,
      error: { params: { reasons: 'secretMissing:client_secret' } }
    })
  })
})

describe('identity providers: what moto lacks', () => {
  it('finds a provider by an IdP identifier, without its secret', async () => {
    // moto 5.2.1 has no GetIdentityProviderByIdentifier: mocked with the answer AWS documents.
    const mock = mockClient(CognitoIdentityProviderClient)
    try {
      const answer: GetIdentityProviderByIdentifierResponse = {
        IdentityProvider: {
          UserPoolId: poolId,
          ProviderName: 'Okta',
          ProviderType: 'OIDC',
          ProviderDetails: {
            client_id: 'c',
            client_secret: 'never-shown',
            oidc_issuer: 'https://id.example.com'
          },
          AttributeMapping: { email: 'email' },
          IdpIdentifiers: ['example.com']
        }
      }
      mock.on(GetIdentityProviderByIdentifierCommand).resolves(answer)
      const found = await findIdentityProviderByIdentifier(
        new CognitoIdentityProviderClient({ region: 'us-east-1' }),
        poolId,
        'example.com'
      )
      expect(mock.commandCalls(GetIdentityProviderByIdentifierCommand)[0]?.args[0].input).toEqual({
        UserPoolId: poolId,
        IdpIdentifier: 'example.com'
      })
      expect(found).toMatchObject({
        name: 'Okta',
        secretsSet: ['client_secret'],
        idpIdentifiers: ['example.com']
      })
      expect(JSON.stringify(found)).not.toContain('never-shown')
    } finally {
      mock.restore()
    }
  })
})
