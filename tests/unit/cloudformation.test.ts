import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { cloudFormationTemplate } from '../../src/main/cognito/cloudformation'
import type { IdentityPoolWithRoles } from '../../src/main/cognito/identityPools'
import { fullSnapshot } from '../support/snapshot-fixture'

/** The CloudFormation resource specification as AWS publishes it (through the CDK's service spec). */
const db = await loadAwsServiceSpec()

type SpecType = { type: string; reference?: { $ref: string }; element?: SpecType }
type SpecProperty = { type: SpecType }

/** Every property name in `value` that the specification of `type` does not have, as a path. */
function unknownProperties(value: unknown, type: SpecType, path: string): string[] {
  if (value === null || typeof value !== 'object') return []
  // An intrinsic function (Ref, Fn::...) stands in for a value of any type.
  if (Object.keys(value).some((k) => k === 'Ref' || k.startsWith('Fn::'))) return []
  if (type.type === 'array' && Array.isArray(value) && type.element)
    return value.flatMap((v, i) => unknownProperties(v, type.element as SpecType, `${path}[${i}]`))
  if (type.type === 'map' && type.element)
    return Object.entries(value).flatMap(([k, v]) =>
      unknownProperties(v, type.element as SpecType, `${path}.${k}`)
    )
  if (type.type !== 'ref' || !type.reference) return []
  const definition = db.get('typeDefinition', type.reference.$ref) as {
    properties: Record<string, SpecProperty>
  }
  return checkObject(value as Record<string, unknown>, definition.properties, path)
}

function checkObject(
  value: Record<string, unknown>,
  properties: Record<string, SpecProperty>,
  path: string
): string[] {
  return Object.entries(value).flatMap(([key, v]) => {
    const property = properties[key]
    if (!property) return [`${path}.${key}`]
    return unknownProperties(v, property.type, `${path}.${key}`)
  })
}

describe('CloudFormation template', () => {
  const snapshot = fullSnapshot()
  const providerName = `cognito-idp.ap-northeast-1.amazonaws.com/${snapshot.source.poolId}`
  const otherProvider = 'cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_Other1'
  const identityPool: IdentityPoolWithRoles = {
    pool: {
      id: 'ap-northeast-1:11111111-2222-3333-4444-555555555555',
      name: 'shop identities',
      allowUnauthenticated: false,
      allowClassicFlow: false,
      userPools: [
        {
          providerName,
          userPoolId: snapshot.source.poolId,
          clientId: 'webclientid',
          serverSideTokenCheck: true
        },
        {
          providerName: otherProvider,
          userPoolId: 'ap-northeast-1_Other1',
          clientId: 'otherclient',
          serverSideTokenCheck: false
        }
      ],
      social: { 'accounts.google.com': 'abc.apps.googleusercontent.com' },
      otherLoginProviders: {},
      oidcProviderArns: [],
      samlProviderArns: [],
      tags: { team: 'shop' }
    },
    roles: {
      authenticated: 'arn:aws:iam::123456789012:role/signed-in',
      mappings: [
        {
          provider: `${providerName}:webclientid`,
          type: 'Rules',
          ambiguousRoleResolution: 'Deny',
          rules: [
            {
              claim: 'cognito:groups',
              matchType: 'Contains',
              value: 'admins',
              roleArn: 'arn:aws:iam::123456789012:role/admin'
            }
          ]
        }
      ]
    }
  }
  const template = parse(
    cloudFormationTemplate(snapshot, [identityPool], new Map([['webclientid', 'web']]))
  ) as {
    Parameters: Record<string, { NoEcho?: boolean }>
    Resources: Record<string, { Type: string; Properties: Record<string, unknown>; DependsOn?: string[] }>
  }

  it('uses only property names the CloudFormation specification has, at every depth', () => {
    const types = new Set<string>()
    const unknown = Object.entries(template.Resources).flatMap(([id, resource]) => {
      types.add(resource.Type)
      const spec = db.lookup('resource', 'cloudFormationType', 'equals', resource.Type).only() as {
        properties: Record<string, SpecProperty>
      }
      return checkObject(resource.Properties, spec.properties, id)
    })
    expect(unknown).toEqual([])
    // Every resource family the snapshot holds is in the template, so each was checked.
    expect([...types].sort()).toEqual([
      'AWS::Cognito::IdentityPool',
      'AWS::Cognito::IdentityPoolRoleAttachment',
      'AWS::Cognito::LogDeliveryConfiguration',
      'AWS::Cognito::ManagedLoginBranding',
      'AWS::Cognito::Terms',
      'AWS::Cognito::UserPool',
      'AWS::Cognito::UserPoolClient',
      'AWS::Cognito::UserPoolDomain',
      'AWS::Cognito::UserPoolGroup',
      'AWS::Cognito::UserPoolIdentityProvider',
      'AWS::Cognito::UserPoolResourceServer',
      'AWS::Cognito::UserPoolRiskConfigurationAttachment'
    ])
  })

  it('the checker itself reports a misspelt property, nested or not', () => {
    const spec = db.lookup('resource', 'cloudFormationType', 'equals', 'AWS::Cognito::UserPool').only() as {
      properties: Record<string, SpecProperty>
    }
    expect(
      checkObject(
        { UserPoolNme: 'x', Policies: { PasswordPolicy: { MinLength: 8 } } },
        spec.properties,
        'UserPool'
      )
    ).toEqual(['UserPool.UserPoolNme', 'UserPool.Policies.PasswordPolicy.MinLength'])
  })

  it('makes each provider secret a NoEcho parameter and never writes a value for it', () => {
    expect(template.Parameters['IdentityProviderGoogleClientSecret']).toEqual(
      expect.objectContaining({ Type: 'String', NoEcho: true })
    )
    expect(template.Resources['IdentityProviderGoogle']?.Properties['ProviderDetails']).toEqual(
      expect.objectContaining({ client_secret: { Ref: 'IdentityProviderGoogleClientSecret' } })
    )
    expect(template.Resources['IdentityProviderCorp']?.Properties['ProviderDetails']).not.toHaveProperty(
      'client_secret'
    )
  })

  it('attaches threat protection to the whole pool and styles the template’s own client', () => {
    expect(template.Resources['ThreatProtection']?.Properties).toEqual(
      expect.objectContaining({ UserPoolId: { Ref: 'UserPool' }, ClientId: 'ALL' })
    )
    expect(template.Resources['BrandingWeb']?.Properties).toEqual(
      expect.objectContaining({ ClientId: { Ref: 'AppClientWeb' }, UseCognitoProvidedValues: false })
    )
  })

  it('attaches a client’s own threat protection and terms to that client, and delivers logs for the pool', () => {
    expect(template.Resources['ThreatProtectionOrdersBackend']?.Properties).toEqual(
      expect.objectContaining({
        ClientId: { Ref: 'AppClientOrdersBackend' },
        RiskExceptionConfiguration: { SkippedIPRangeList: ['198.51.100.0/24'], BlockedIPRangeList: [] }
      })
    )
    expect(template.Resources['TermsWebTermsOfUse']?.Properties).toEqual({
      UserPoolId: { Ref: 'UserPool' },
      ClientId: { Ref: 'AppClientWeb' },
      TermsName: 'terms-of-use',
      TermsSource: 'LINK',
      Enforcement: 'NONE',
      Links: { 'cognito:default': 'https://shop.example.com/terms' }
    })
    expect(template.Resources['LogDelivery']?.Properties['LogConfigurations']).toEqual([
      expect.objectContaining({ EventSource: 'userNotification', LogLevel: 'ERROR' })
    ])
    // Replicas are not configuration a template sets up here: none is written.
    expect(Object.values(template.Resources).some((r) => r.Type === 'AWS::Cognito::UserPoolReplica')).toBe(
      false
    )
  })

  it('names the template’s own pool and clients in the identity pool, other pools as they are', () => {
    const getAttProvider = { 'Fn::GetAtt': ['UserPool', 'ProviderName'] }
    expect(template.Resources['IdentityPoolShopIdentities']?.Properties['CognitoIdentityProviders']).toEqual([
      { ProviderName: getAttProvider, ClientId: { Ref: 'AppClientWeb' }, ServerSideTokenCheck: true },
      { ProviderName: otherProvider, ClientId: 'otherclient', ServerSideTokenCheck: false }
    ])
    const attachment = template.Resources['IdentityPoolShopIdentitiesRoles']?.Properties ?? {}
    expect(attachment['IdentityPoolId']).toEqual({ Ref: 'IdentityPoolShopIdentities' })
    expect(attachment['Roles']).toEqual({ authenticated: 'arn:aws:iam::123456789012:role/signed-in' })
    expect(attachment['RoleMappings']).toEqual({
      Mapping1: expect.objectContaining({
        IdentityProvider: { 'Fn::Join': [':', [getAttProvider, { Ref: 'AppClientWeb' }]] },
        Type: 'Rules'
      })
    })
  })

  it('keeps a template of a file without identity pools', () => {
    const alone = parse(cloudFormationTemplate(snapshot)) as { Resources: Record<string, { Type: string }> }
    expect(Object.values(alone.Resources).some((r) => r.Type.startsWith('AWS::Cognito::IdentityPool'))).toBe(
      false
    )
  })

  it('maps the API names CloudFormation spells differently', () => {
    const pool = template.Resources['UserPool']?.Properties ?? {}
    expect(pool['UserPoolName']).toBe('shop-dev')
    expect(pool['EnabledMfas']).toEqual(['SOFTWARE_TOKEN_MFA'])
    expect(pool['WebAuthnRelyingPartyID']).toBe('auth.example.com')
    // CloudFormation names custom attributes without the prefix Cognito adds.
    expect((pool['Schema'] as { Name: string }[]).map((a) => a.Name)).toEqual(['tenant', 'email'])
    const backend = template.Resources['AppClientOrdersBackend']
    expect(backend?.Properties['GenerateSecret']).toBe(true)
    expect(backend?.Properties).not.toHaveProperty('HasSecret')
    // Clients name providers and scopes, so they wait for them.
    expect(backend?.DependsOn).toEqual([
      'IdentityProviderCorp',
      'IdentityProviderGoogle',
      'ResourceServerOrdersApi'
    ])
  })
})
