import { stringify } from 'yaml'
import { SECRET_DETAIL_KEYS, REQUIRED_SECRETS, type ProviderType } from '@shared/identity-provider-rules'
import type { PoolSnapshot, SnapshotSection } from '@shared/pool-snapshot'
import { sdkRoleMapping, type IdentityPoolWithRoles } from './identityPools'

/**
 * A snapshot as a CloudFormation template. The API and CloudFormation name most settings alike; the
 * tables below say where they differ and what CloudFormation has no property for. Property names are
 * checked against the CloudFormation resource specification in tests/unit/cloudformation.test.ts.
 */

type Value = SnapshotSection[string]
type Properties = Record<string, unknown>

/** Pool settings CloudFormation takes under the same name as the API. */
const POOL_PROPERTIES = [
  'Policies',
  'DeletionProtection',
  'LambdaConfig',
  'AutoVerifiedAttributes',
  'AliasAttributes',
  'UsernameAttributes',
  'SmsVerificationMessage',
  'EmailVerificationMessage',
  'EmailVerificationSubject',
  'VerificationMessageTemplate',
  'SmsAuthenticationMessage',
  'UserAttributeUpdateSettings',
  'DeviceConfiguration',
  'EmailConfiguration',
  'SmsConfiguration',
  'UserPoolTags',
  'AdminCreateUserConfig',
  'UserPoolAddOns',
  'UsernameConfiguration',
  'AccountRecoverySetting',
  'UserPoolTier',
  'KeyConfiguration',
  'IssuerConfiguration'
] as const

/** SetUserPoolMfaConfig's factor switches as CloudFormation's EnabledMfas list. */
function enabledMfas(mfa: SnapshotSection): string[] {
  const enabled = (key: string) => (mfa[key] as { Enabled?: boolean } | undefined)?.Enabled === true
  return [
    ...(mfa['SmsMfaConfiguration'] ? ['SMS_MFA'] : []),
    ...(enabled('SoftwareTokenMfaConfiguration') ? ['SOFTWARE_TOKEN_MFA'] : []),
    ...(mfa['EmailMfaConfiguration'] ? ['EMAIL_OTP'] : [])
  ]
}

function pick(section: SnapshotSection, names: readonly string[]): Properties {
  return Object.fromEntries(names.filter((n) => section[n] !== undefined).map((n) => [n, section[n]]))
}

/** `My app-client` -> `MyAppClient`: a logical id is letters and digits only, unique in the template. */
function logicalIds(prefix: string, names: readonly string[], taken: Set<string>): string[] {
  return names.map((name) => {
    const base =
      prefix +
      name
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((w) => w[0]?.toUpperCase() + w.slice(1))
        .join('')
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}${n}`
    taken.add(id)
    return id
  })
}

const POOL_REF = { Ref: 'UserPool' }

/**
 * The identity pools that use the pool, as it is in the template: its own provider and clients by
 * GetAtt/Ref (clients found by name in `clientNames`, id -> name), other providers as they are.
 */
function identityPoolResources(
  snapshot: PoolSnapshot,
  identityPools: readonly IdentityPoolWithRoles[],
  clientNames: ReadonlyMap<string, string>,
  clientRefs: ReadonlyMap<string, string | undefined>,
  taken: Set<string>
): Record<string, Properties> {
  const resources: Record<string, Properties> = {}
  const ids = logicalIds(
    'IdentityPool',
    identityPools.map(({ pool }) => pool.name),
    taken
  )
  const providerName = { 'Fn::GetAtt': ['UserPool', 'ProviderName'] }
  /** A client of this pool as the template names it, or null when the template does not hold it. */
  const clientRef = (userPoolId: string, clientId: string) => {
    const ref =
      userPoolId === snapshot.source.poolId ? clientRefs.get(clientNames.get(clientId) ?? '') : undefined
    return ref ? { Ref: ref } : null
  }
  identityPools.forEach(({ pool, roles }, i) => {
    const id = ids[i] as string
    const logins = { ...pool.social, ...pool.otherLoginProviders }
    resources[id] = {
      Type: 'AWS::Cognito::IdentityPool',
      Properties: {
        IdentityPoolName: pool.name,
        AllowUnauthenticatedIdentities: pool.allowUnauthenticated,
        ...(pool.allowClassicFlow !== undefined ? { AllowClassicFlow: pool.allowClassicFlow } : {}),
        CognitoIdentityProviders: pool.userPools.map((p) => {
          const ref = clientRef(p.userPoolId, p.clientId)
          return {
            ProviderName: ref ? providerName : p.providerName,
            ClientId: ref ?? p.clientId,
            ServerSideTokenCheck: p.serverSideTokenCheck
          }
        }),
        ...(Object.keys(logins).length > 0 ? { SupportedLoginProviders: logins } : {}),
        ...(pool.oidcProviderArns.length > 0 ? { OpenIdConnectProviderARNs: pool.oidcProviderArns } : {}),
        ...(pool.samlProviderArns.length > 0 ? { SamlProviderARNs: pool.samlProviderArns } : {}),
        ...(pool.developerProviderName ? { DeveloperProviderName: pool.developerProviderName } : {}),
        ...(Object.keys(pool.tags).length > 0
          ? { IdentityPoolTags: Object.entries(pool.tags).map(([Key, Value]) => ({ Key, Value })) }
          : {})
      }
    }
    if (!roles || (!roles.authenticated && !roles.unauthenticated && roles.mappings.length === 0)) return
    const byProvider = new Map(pool.userPools.map((p) => [p.providerName + ':' + p.clientId, p]))
    resources[`${id}Roles`] = {
      Type: 'AWS::Cognito::IdentityPoolRoleAttachment',
      Properties: {
        IdentityPoolId: { Ref: id },
        Roles: {
          ...(roles.authenticated ? { authenticated: roles.authenticated } : {}),
          ...(roles.unauthenticated ? { unauthenticated: roles.unauthenticated } : {})
        },
        ...(roles.mappings.length > 0
          ? {
              RoleMappings: Object.fromEntries(
                roles.mappings.map((m, n) => {
                  const provider = byProvider.get(m.provider)
                  const ref = provider ? clientRef(provider.userPoolId, provider.clientId) : null
                  return [
                    `Mapping${n + 1}`,
                    {
                      // The key Cognito files a mapping under: "<provider name>:<client id>".
                      IdentityProvider: ref ? { 'Fn::Join': [':', [providerName, ref]] } : m.provider,
                      ...sdkRoleMapping(m)
                    }
                  ]
                })
              )
            }
          : {})
      }
    }
  })
  return resources
}

/**
 * The template of a snapshot, with the identity pools that use the pool when they are known
 * (`clientNames`: the pool's client ids -> names, to refer to the template's clients).
 */
export function cloudFormationTemplate(
  snapshot: PoolSnapshot,
  identityPools: readonly IdentityPoolWithRoles[] = [],
  clientNames: ReadonlyMap<string, string> = new Map()
): string {
  const parameters: Record<string, Properties> = {}
  const resources: Record<string, Properties> = {}
  const taken = new Set(['UserPool'])
  const pool = snapshot.pool
  const mfa = snapshot.mfa
  const webAuthn = mfa['WebAuthnConfiguration'] as
    { RelyingPartyId?: string; UserVerification?: string } | undefined
  const mfas = enabledMfas(mfa)
  resources['UserPool'] = {
    Type: 'AWS::Cognito::UserPool',
    DeletionPolicy: 'Retain',
    UpdateReplacePolicy: 'Retain',
    Properties: {
      UserPoolName: pool['PoolName'],
      ...pick(pool, POOL_PROPERTIES),
      Schema: ((pool['Schema'] as Value[] | undefined) ?? []).map((attribute) => {
        const a = attribute as Record<string, Value>
        return { ...a, Name: String(a['Name']).replace(/^custom:/, '') }
      }),
      ...(mfa['MfaConfiguration'] ? { MfaConfiguration: mfa['MfaConfiguration'] } : {}),
      ...(mfas.length > 0 ? { EnabledMfas: mfas } : {}),
      ...(webAuthn?.RelyingPartyId ? { WebAuthnRelyingPartyID: webAuthn.RelyingPartyId } : {}),
      ...(webAuthn?.UserVerification ? { WebAuthnUserVerification: webAuthn.UserVerification } : {})
    }
  }

  const serverIds = logicalIds(
    'ResourceServer',
    snapshot.resourceServers.map((r) => String(r['Name'] ?? r['Identifier'])),
    taken
  )
  snapshot.resourceServers.forEach((server, i) => {
    resources[serverIds[i] as string] = {
      Type: 'AWS::Cognito::UserPoolResourceServer',
      Properties: { UserPoolId: POOL_REF, ...pick(server, ['Identifier', 'Name', 'Scopes']) }
    }
  })

  const providerIds = logicalIds(
    'IdentityProvider',
    snapshot.identityProviders.map((p) => String(p['ProviderName'])),
    taken
  )
  snapshot.identityProviders.forEach((provider, i) => {
    const id = providerIds[i] as string
    const details: Properties = { ...(provider['ProviderDetails'] as Properties | undefined) }
    // The snapshot holds no secret: each becomes a parameter CloudFormation never echoes.
    for (const key of REQUIRED_SECRETS[provider['ProviderType'] as ProviderType] ?? []) {
      if (!(SECRET_DETAIL_KEYS as readonly string[]).includes(key)) continue
      const parameter = `${id}${key === 'client_secret' ? 'ClientSecret' : 'PrivateKey'}`
      parameters[parameter] = {
        Type: 'String',
        NoEcho: true,
        Description: `${key} of the ${String(provider['ProviderName'])} identity provider`
      }
      details[key] = { Ref: parameter }
    }
    resources[id] = {
      Type: 'AWS::Cognito::UserPoolIdentityProvider',
      Properties: {
        UserPoolId: POOL_REF,
        ...pick(provider, ['ProviderName', 'ProviderType', 'AttributeMapping', 'IdpIdentifiers']),
        ProviderDetails: details
      }
    }
  })

  const clientIds = logicalIds(
    'AppClient',
    snapshot.appClients.map((c) => String(c['ClientName'])),
    taken
  )
  snapshot.appClients.forEach((client, i) => {
    const { HasSecret, ...settings } = client
    const dependsOn = [...providerIds, ...serverIds]
    resources[clientIds[i] as string] = {
      Type: 'AWS::Cognito::UserPoolClient',
      ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {}),
      Properties: {
        UserPoolId: POOL_REF,
        ...settings,
        GenerateSecret: HasSecret === true
      }
    }
  })

  if (snapshot.threatProtection) {
    resources['ThreatProtection'] = {
      Type: 'AWS::Cognito::UserPoolRiskConfigurationAttachment',
      // The snapshot holds the pool-wide settings, which Cognito files under the client "ALL".
      Properties: { UserPoolId: POOL_REF, ClientId: 'ALL', ...snapshot.threatProtection }
    }
  }

  const clientLogicalIds = new Map(snapshot.appClients.map((c, i) => [String(c['ClientName']), clientIds[i]]))
  const brandingIds = logicalIds(
    'Branding',
    (snapshot.branding ?? []).map((b) => b.ClientName),
    taken
  )
  ;(snapshot.branding ?? []).forEach(({ ClientName, ...style }, i) => {
    const client = clientLogicalIds.get(ClientName)
    if (!client) return
    resources[brandingIds[i] as string] = {
      Type: 'AWS::Cognito::ManagedLoginBranding',
      Properties: { UserPoolId: POOL_REF, ClientId: { Ref: client }, ...style }
    }
  })

  const clientRiskIds = logicalIds(
    'ThreatProtection',
    (snapshot.clientThreatProtection ?? []).map((c) => String(c['ClientName'])),
    taken
  )
  ;(snapshot.clientThreatProtection ?? []).forEach(({ ClientName, ...settings }, i) => {
    const client = clientLogicalIds.get(String(ClientName))
    if (!client) return
    resources[clientRiskIds[i] as string] = {
      Type: 'AWS::Cognito::UserPoolRiskConfigurationAttachment',
      Properties: { UserPoolId: POOL_REF, ClientId: { Ref: client }, ...settings }
    }
  })

  const termsIds = logicalIds(
    'Terms',
    (snapshot.terms ?? []).map((d) => `${String(d['ClientName'])} ${String(d['TermsName'])}`),
    taken
  )
  ;(snapshot.terms ?? []).forEach((document, i) => {
    const client = clientLogicalIds.get(String(document['ClientName']))
    if (!client) return
    resources[termsIds[i] as string] = {
      Type: 'AWS::Cognito::Terms',
      Properties: {
        UserPoolId: POOL_REF,
        ClientId: { Ref: client },
        TermsName: document['TermsName'],
        // The only source and enforcement Cognito offers.
        TermsSource: 'LINK',
        Enforcement: 'NONE',
        Links: document['Links']
      }
    }
  })

  if (snapshot.logDelivery) {
    resources['LogDelivery'] = {
      Type: 'AWS::Cognito::LogDeliveryConfiguration',
      Properties: { UserPoolId: POOL_REF, ...pick(snapshot.logDelivery, ['LogConfigurations']) }
    }
  }

  const groupIds = logicalIds(
    'Group',
    snapshot.groups.map((g) => String(g['GroupName'])),
    taken
  )
  snapshot.groups.forEach((group, i) => {
    resources[groupIds[i] as string] = {
      Type: 'AWS::Cognito::UserPoolGroup',
      Properties: {
        UserPoolId: POOL_REF,
        ...pick(group, ['GroupName', 'Description', 'Precedence', 'RoleArn'])
      }
    }
  })

  Object.assign(
    resources,
    identityPoolResources(snapshot, identityPools, clientNames, clientLogicalIds, taken)
  )

  if (snapshot.domain) {
    resources['Domain'] = {
      Type: 'AWS::Cognito::UserPoolDomain',
      Properties: {
        UserPoolId: POOL_REF,
        ...pick(snapshot.domain, ['Domain', 'CustomDomainConfig', 'ManagedLoginVersion'])
      }
    }
  }

  return stringify(
    {
      AWSTemplateFormatVersion: '2010-09-09',
      Description: `User pool ${snapshot.source.poolName} (${snapshot.source.poolId}, ${snapshot.source.region}) as of ${snapshot.takenAt}`,
      ...(Object.keys(parameters).length > 0 ? { Parameters: parameters } : {}),
      Resources: resources,
      Outputs: { UserPoolId: { Value: POOL_REF } }
    },
    { lineWidth: 0 }
  )
}
