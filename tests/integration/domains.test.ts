import {
  CognitoIdentityProviderClient,
  CreateManagedLoginBrandingCommand,
  CreateUserPoolDomainCommand,
  DeleteManagedLoginBrandingCommand,
  DescribeManagedLoginBrandingByClientCommand,
  DescribeUserPoolCommand,
  DescribeUserPoolDomainCommand,
  ResourceNotFoundException,
  UpdateUserPoolDomainCommand,
  type CreateManagedLoginBrandingResponse
} from '@aws-sdk/client-cognito-identity-provider'
import { mockClient } from 'aws-sdk-client-mock'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import {
  createBranding,
  deleteBranding,
  describeBranding,
  describeDomain,
  updateDomain
} from '../../src/main/cognito/domains'
import { createHarness, type Harness } from '../support/harness'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
const CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789'
let h: Harness

const newPool = async (name: string) => (await h.ok('pools', 'create', plainPool(`${name}-${run}`))).id

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
})
afterAll(() => h?.dispose())

describe('domains against moto', () => {
  it('adds a prefix domain, shows its sign-in URL, and deletes it', async () => {
    const poolId = await newPool('prefix')
    expect(await h.ok('domains', 'describe', { poolId })).toEqual({ poolId, domain: null })
    const prefix = `shop-${run}`
    const created = await h.ok('domains', 'create', {
      poolId,
      kind: 'prefix',
      domain: prefix,
      managedLoginVersion: 2
    })
    expect(created).toMatchObject({
      domain: prefix,
      kind: 'prefix',
      status: 'ACTIVE',
      baseUrl: `https://${prefix}.auth.us-east-1.amazoncognito.com`
    })
    const again = await h.call('domains', 'create', {
      poolId,
      kind: 'prefix',
      domain: `x${prefix}`,
      managedLoginVersion: 1
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'PRECONDITION' } })

    await h.ok('domains', 'delete', { poolId, domain: prefix })
    expect(await h.ok('domains', 'describe', { poolId })).toEqual({ poolId, domain: null })
  })

  it('adds a custom domain with a us-east-1 certificate and shows the CloudFront target for DNS', async () => {
    const poolId = await newPool('custom')
    const created = await h.ok('domains', 'create', {
      poolId,
      kind: 'custom',
      domain: `auth-${run}.example.com`,
      certificateArn: CERT,
      managedLoginVersion: 1
    })
    // moto 5.2.1 does not return CustomDomainConfig, so the certificate is not read back here.
    expect(created).toMatchObject({
      kind: 'custom',
      baseUrl: `https://auth-${run}.example.com`
    })
    expect(created.cloudFrontTarget).toMatch(/\.cloudfront\.net$/)
  })

  it('refuses a reserved prefix, a bad custom domain and a certificate outside us-east-1 before calling', async () => {
    const poolId = await newPool('refused')
    const reserved = await h.call('domains', 'create', {
      poolId,
      kind: 'prefix',
      domain: 'my-cognito-login',
      managedLoginVersion: 2
    })
    expect(reserved).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reasons: 'prefixReserved:cognito' } }
    })
    const custom = await h.call('domains', 'create', {
      poolId,
      kind: 'custom',
      domain: 'localhost',
      certificateArn: CERT.replace('us-east-1', 'eu-west-1'),
      managedLoginVersion: 2
    })
    expect(custom).toMatchObject({
      ok: false,
      error: { params: { reasons: 'customFormat, arnOtherRegion:eu-west-1:us-east-1' } }
    })
    expect(await h.ok('domains', 'describe', { poolId })).toEqual({ poolId, domain: null })
  })
})

describe('what moto lacks, mocked as AWS answers', () => {
  const idp = () => new CognitoIdentityProviderClient({ region: 'us-east-1' })

  it('sends the managed login version and reads it back (moto 5.2.1 ignores ManagedLoginVersion)', async () => {
    const mock = mockClient(CognitoIdentityProviderClient)
    try {
      mock.on(UpdateUserPoolDomainCommand).resolves({ ManagedLoginVersion: 2 })
      mock.on(DescribeUserPoolCommand).resolves({ UserPool: { Id: 'us-east-1_abc', Domain: 'shop' } })
      mock.on(DescribeUserPoolDomainCommand).resolves({
        DomainDescription: { Domain: 'shop', Status: 'ACTIVE', ManagedLoginVersion: 2 }
      })
      const detail = await updateDomain(idp(), {
        poolId: 'us-east-1_abc',
        kind: 'prefix',
        domain: 'shop',
        managedLoginVersion: 2
      })
      expect(mock.commandCalls(UpdateUserPoolDomainCommand)[0]?.args[0].input).toEqual({
        UserPoolId: 'us-east-1_abc',
        Domain: 'shop',
        ManagedLoginVersion: 2
      })
      expect(detail.managedLoginVersion).toBe(2)
      expect(mock.commandCalls(CreateUserPoolDomainCommand)).toHaveLength(0)
      expect((await describeDomain(idp(), 'us-east-1_abc')).kind).toBe('prefix')
    } finally {
      mock.restore()
    }
  })

  it('creates a client’s branding with Cognito’s defaults, reads it, deletes it (moto 5.2.1 has no branding)', async () => {
    const mock = mockClient(CognitoIdentityProviderClient)
    try {
      const answer: CreateManagedLoginBrandingResponse = {
        ManagedLoginBranding: {
          ManagedLoginBrandingId: 'brand-1',
          UserPoolId: 'us-east-1_abc',
          UseCognitoProvidedValues: true,
          Assets: [
            { Category: 'PAGE_HEADER_LOGO', ColorMode: 'LIGHT', Extension: 'PNG', Bytes: new Uint8Array(42) }
          ],
          LastModifiedDate: new Date('2026-11-01T00:00:00Z')
        }
      }
      mock.on(CreateManagedLoginBrandingCommand).resolves(answer)
      mock
        .on(DescribeManagedLoginBrandingByClientCommand)
        .rejectsOnce(new ResourceNotFoundException({ message: 'no branding', $metadata: {} }))
        .resolves(answer)
      mock.on(DeleteManagedLoginBrandingCommand).resolves({})

      expect(await describeBranding(idp(), 'us-east-1_abc', 'client1')).toBeNull()
      const created = await createBranding(idp(), 'us-east-1_abc', 'client1')
      expect(mock.commandCalls(CreateManagedLoginBrandingCommand)[0]?.args[0].input).toEqual({
        UserPoolId: 'us-east-1_abc',
        ClientId: 'client1',
        UseCognitoProvidedValues: true
      })
      expect(created).toEqual({
        brandingId: 'brand-1',
        useCognitoProvidedValues: true,
        settings: null,
        assets: [{ category: 'PAGE_HEADER_LOGO', colorMode: 'LIGHT', extension: 'PNG', bytes: 42 }],
        lastModifiedDate: '2026-11-01T00:00:00.000Z'
      })
      expect((await describeBranding(idp(), 'us-east-1_abc', 'client1'))?.brandingId).toBe('brand-1')
      await deleteBranding(idp(), 'us-east-1_abc', 'brand-1')
      expect(mock.commandCalls(DeleteManagedLoginBrandingCommand)[0]?.args[0].input).toEqual({
        UserPoolId: 'us-east-1_abc',
        ManagedLoginBrandingId: 'brand-1'
      })
    } finally {
      mock.restore()
    }
  })
})
