import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand
} from '@aws-sdk/client-cognito-identity-provider'
import { CognitoIdentityClient, CreateIdentityPoolCommand } from '@aws-sdk/client-cognito-identity'

/**
 * The demo data of `npm run sandbox` and of the E2E suite: two user pools (one with custom attributes,
 * users in every common state, groups and app clients with and without a secret) and an identity
 * pool linked to the first. Works against any Cognito endpoint; meant for a local emulator.
 */

export const DEMO_PASSWORD = 'Demo-Passw0rd!'
export const DEMO_TEMP_PASSWORD = 'Temp-Passw0rd!'

export interface DemoSeed {
  region: string
  customersPoolId: string
  staffPoolId: string
  webClientId: string
  serverClientId: string
  identityPoolId: string
  users: { username: string; status: 'CONFIRMED' | 'FORCE_CHANGE_PASSWORD'; enabled: boolean }[]
}

const FIRST = ['Aiko', 'Ben', 'Chika', 'Dan', 'Emi', 'Felix', 'Gen', 'Hana', 'Ivan', 'Jun', 'Kei', 'Lena']
const LAST = ['Sato', 'Smith', 'Suzuki', 'Jones', 'Tanaka', 'Brown', 'Ito', 'Garcia', 'Kato', 'Miller']
const PLANS = ['free', 'pro', 'enterprise']
const TENANTS = ['acme', 'globex', 'initech', 'umbrella']

export async function seedDemo(options: {
  endpoint: string
  region?: string
  credentials?: { accessKeyId: string; secretAccessKey: string }
  users?: number
}): Promise<DemoSeed> {
  const region = options.region ?? 'us-east-1'
  const config = {
    region,
    endpoint: options.endpoint,
    credentials: options.credentials ?? {
      accessKeyId: 'AKIAMOTOTESTKEY00000',
      secretAccessKey: 'motoTestSecretKey'
    }
  }
  const idp = new CognitoIdentityProviderClient(config)
  const identity = new CognitoIdentityClient(config)
  try {
    const customers = await idp.send(
      new CreateUserPoolCommand({
        PoolName: 'demo-customers',
        UsernameAttributes: undefined,
        AliasAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        MfaConfiguration: 'OPTIONAL',
        Policies: {
          PasswordPolicy: {
            MinimumLength: 10,
            RequireUppercase: true,
            RequireLowercase: true,
            RequireNumbers: true,
            RequireSymbols: true,
            TemporaryPasswordValidityDays: 7
          }
        },
        Schema: [
          { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true },
          {
            Name: 'tenant',
            AttributeDataType: 'String',
            Mutable: true,
            StringAttributeConstraints: { MinLength: '1', MaxLength: '64' }
          },
          {
            Name: 'plan',
            AttributeDataType: 'String',
            Mutable: true,
            StringAttributeConstraints: { MinLength: '1', MaxLength: '32' }
          }
        ],
        AdminCreateUserConfig: {
          AllowAdminCreateUserOnly: false,
          InviteMessageTemplate: {
            EmailSubject: 'Your demo account',
            EmailMessage: 'Hello {username}, your temporary password is {####}'
          }
        },
        UserPoolTags: { env: 'demo' }
      })
    )
    const customersPoolId = customers.UserPool?.Id ?? ''
    const staff = await idp.send(
      new CreateUserPoolCommand({ PoolName: 'demo-staff', UsernameAttributes: ['email'] })
    )
    const staffPoolId = staff.UserPool?.Id ?? ''

    const web = await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: customersPoolId,
        ClientName: 'web-app',
        ExplicitAuthFlows: [
          'ALLOW_USER_PASSWORD_AUTH',
          'ALLOW_USER_SRP_AUTH',
          'ALLOW_ADMIN_USER_PASSWORD_AUTH',
          'ALLOW_REFRESH_TOKEN_AUTH'
        ],
        ReadAttributes: ['email', 'email_verified', 'custom:tenant', 'custom:plan', 'name'],
        CallbackURLs: ['http://localhost:3000/callback'],
        LogoutURLs: ['http://localhost:3000/'],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email', 'profile'],
        AllowedOAuthFlowsUserPoolClient: true,
        SupportedIdentityProviders: ['COGNITO']
      })
    )
    const server = await idp.send(
      new CreateUserPoolClientCommand({
        UserPoolId: customersPoolId,
        ClientName: 'backend-with-secret',
        GenerateSecret: true,
        ExplicitAuthFlows: [
          'ALLOW_ADMIN_USER_PASSWORD_AUTH',
          'ALLOW_USER_PASSWORD_AUTH',
          'ALLOW_REFRESH_TOKEN_AUTH'
        ]
      })
    )
    for (const [GroupName, Description, Precedence] of [
      ['admins', 'Full access to the demo app', 1],
      ['support', 'Customer support staff', 5],
      ['beta', 'Early access features', 10]
    ] as const) {
      await idp.send(
        new CreateGroupCommand({ UserPoolId: customersPoolId, GroupName, Description, Precedence })
      )
    }

    const users: DemoSeed['users'] = []
    const count = options.users ?? 40
    for (let i = 0; i < count; i++) {
      const first = FIRST[i % FIRST.length] ?? 'User'
      const last = LAST[(i * 7) % LAST.length] ?? 'Demo'
      const username = `${first.toLowerCase()}.${last.toLowerCase()}${i}`
      await idp.send(
        new AdminCreateUserCommand({
          UserPoolId: customersPoolId,
          Username: username,
          TemporaryPassword: DEMO_TEMP_PASSWORD,
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: `${username}@example.com` },
            { Name: 'email_verified', Value: 'true' },
            { Name: 'name', Value: `${first} ${last}` },
            { Name: 'phone_number', Value: `+8190${String(10000000 + i * 7919).slice(0, 8)}` },
            { Name: 'custom:tenant', Value: TENANTS[i % TENANTS.length] ?? 'acme' },
            { Name: 'custom:plan', Value: PLANS[i % PLANS.length] ?? 'free' }
          ]
        })
      )
      const confirmed = i % 4 !== 3
      if (confirmed) {
        await idp.send(
          new AdminSetUserPasswordCommand({
            UserPoolId: customersPoolId,
            Username: username,
            Password: DEMO_PASSWORD,
            Permanent: true
          })
        )
      }
      const enabled = i % 9 !== 8
      if (!enabled)
        await idp.send(new AdminDisableUserCommand({ UserPoolId: customersPoolId, Username: username }))
      if (i % 5 === 0)
        await idp.send(
          new AdminAddUserToGroupCommand({
            UserPoolId: customersPoolId,
            Username: username,
            GroupName: 'beta'
          })
        )
      if (i % 11 === 0)
        await idp.send(
          new AdminAddUserToGroupCommand({
            UserPoolId: customersPoolId,
            Username: username,
            GroupName: 'support'
          })
        )
      users.push({ username, status: confirmed ? 'CONFIRMED' : 'FORCE_CHANGE_PASSWORD', enabled })
    }

    const identityPool = await identity.send(
      new CreateIdentityPoolCommand({
        IdentityPoolName: 'demo_identities',
        AllowUnauthenticatedIdentities: true,
        AllowClassicFlow: true,
        CognitoIdentityProviders: [
          {
            ProviderName: `cognito-idp.${region}.amazonaws.com/${customersPoolId}`,
            ClientId: web.UserPoolClient?.ClientId ?? '',
            ServerSideTokenCheck: true
          }
        ]
      })
    )

    return {
      region,
      customersPoolId,
      staffPoolId,
      webClientId: web.UserPoolClient?.ClientId ?? '',
      serverClientId: server.UserPoolClient?.ClientId ?? '',
      identityPoolId: identityPool.IdentityPoolId ?? '',
      users
    }
  } finally {
    idp.destroy()
    identity.destroy()
  }
}
