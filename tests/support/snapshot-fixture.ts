import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type PoolSnapshot } from '@shared/pool-snapshot'

/**
 * A pool with one of everything a snapshot holds, in the API's shapes (as DescribeUserPool,
 * DescribeUserPoolClient and the other reads answer): for the diff, the plan and the template.
 */
export function fullSnapshot(overrides: Partial<PoolSnapshot> = {}): PoolSnapshot {
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    takenAt: '2026-11-27T10:00:00.000Z',
    source: { poolId: 'ap-northeast-1_Dev123', poolName: 'shop-dev', region: 'ap-northeast-1' },
    pool: {
      PoolName: 'shop-dev',
      Policies: {
        PasswordPolicy: {
          MinimumLength: 10,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: false,
          TemporaryPasswordValidityDays: 7,
          PasswordHistorySize: 3
        },
        SignInPolicy: { AllowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'] }
      },
      DeletionProtection: 'ACTIVE',
      LambdaConfig: {
        PreSignUp: 'arn:aws:lambda:ap-northeast-1:123456789012:function:pre-sign-up',
        PreTokenGenerationConfig: {
          LambdaArn: 'arn:aws:lambda:ap-northeast-1:123456789012:function:pre-token',
          LambdaVersion: 'V2_0'
        }
      },
      AutoVerifiedAttributes: ['email'],
      UsernameAttributes: ['email'],
      VerificationMessageTemplate: {
        EmailMessage: 'Your code is {####}',
        EmailSubject: 'Your code',
        SmsMessage: 'Your code is {####}',
        DefaultEmailOption: 'CONFIRM_WITH_CODE'
      },
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      DeviceConfiguration: { ChallengeRequiredOnNewDevice: true, DeviceOnlyRememberedOnUserPrompt: true },
      EmailConfiguration: { EmailSendingAccount: 'COGNITO_DEFAULT' },
      UserPoolTags: { team: 'shop', stage: 'dev' },
      AdminCreateUserConfig: {
        AllowAdminCreateUserOnly: false,
        InviteMessageTemplate: { EmailMessage: 'Hi {username}, {####}', EmailSubject: 'Welcome' }
      },
      UserPoolAddOns: { AdvancedSecurityMode: 'OFF' },
      UsernameConfiguration: { CaseSensitive: false },
      AccountRecoverySetting: { RecoveryMechanisms: [{ Priority: 1, Name: 'verified_email' }] },
      UserPoolTier: 'ESSENTIALS',
      Schema: [
        {
          Name: 'custom:tenant',
          AttributeDataType: 'String',
          DeveloperOnlyAttribute: false,
          Mutable: true,
          Required: false,
          StringAttributeConstraints: { MinLength: '1', MaxLength: '64' }
        },
        { Name: 'email', AttributeDataType: 'String', Required: true, Mutable: true }
      ]
    },
    mfa: {
      MfaConfiguration: 'OPTIONAL',
      SoftwareTokenMfaConfiguration: { Enabled: true },
      WebAuthnConfiguration: { RelyingPartyId: 'auth.example.com', UserVerification: 'preferred' }
    },
    appClients: [
      {
        ClientName: 'web',
        RefreshTokenValidity: 30,
        AccessTokenValidity: 60,
        IdTokenValidity: 60,
        TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'days' },
        ReadAttributes: ['email', 'custom:tenant'],
        WriteAttributes: ['email'],
        ExplicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
        SupportedIdentityProviders: ['COGNITO', 'Corp'],
        CallbackURLs: ['https://shop.example.com/callback'],
        LogoutURLs: ['https://shop.example.com/'],
        AllowedOAuthFlows: ['code'],
        AllowedOAuthScopes: ['openid', 'email', 'https://api.example.com/orders.read'],
        AllowedOAuthFlowsUserPoolClient: true,
        PreventUserExistenceErrors: 'ENABLED',
        EnableTokenRevocation: true,
        EnablePropagateAdditionalUserContextData: false,
        AuthSessionValidity: 3,
        HasSecret: false
      },
      {
        ClientName: 'orders-backend',
        ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
        AllowedOAuthFlows: ['client_credentials'],
        AllowedOAuthScopes: ['https://api.example.com/orders.read'],
        AllowedOAuthFlowsUserPoolClient: true,
        RefreshTokenRotation: { Feature: 'ENABLED', RetryGracePeriodSeconds: 10 },
        HasSecret: true
      }
    ],
    groups: [
      { GroupName: 'admins', Description: 'Administrators', Precedence: 1 },
      { GroupName: 'staff', Precedence: 5, RoleArn: 'arn:aws:iam::123456789012:role/staff' }
    ],
    identityProviders: [
      {
        ProviderName: 'Corp',
        ProviderType: 'SAML',
        ProviderDetails: { MetadataURL: 'https://idp.example.com/metadata', IDPSignout: 'true' },
        AttributeMapping: { email: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' },
        IdpIdentifiers: ['example.com']
      },
      {
        ProviderName: 'Google',
        ProviderType: 'Google',
        ProviderDetails: { client_id: 'abc.apps.googleusercontent.com', authorize_scopes: 'openid email' },
        AttributeMapping: { email: 'email' }
      }
    ],
    resourceServers: [
      {
        Identifier: 'https://api.example.com',
        Name: 'orders api',
        Scopes: [{ ScopeName: 'orders.read', ScopeDescription: 'Read orders' }]
      }
    ],
    domain: { Domain: 'shop-dev', ManagedLoginVersion: 2 },
    threatProtection: {
      CompromisedCredentialsRiskConfiguration: {
        EventFilter: ['SIGN_IN'],
        Actions: { EventAction: 'BLOCK' }
      },
      AccountTakeoverRiskConfiguration: {
        Actions: {
          LowAction: { Notify: false, EventAction: 'NO_ACTION' },
          MediumAction: { Notify: true, EventAction: 'MFA_IF_CONFIGURED' },
          HighAction: { Notify: true, EventAction: 'BLOCK' }
        },
        NotifyConfiguration: {
          SourceArn: 'arn:aws:ses:ap-northeast-1:123456789012:identity/example.com',
          From: 'security@example.com',
          BlockEmail: { Subject: 'Sign-in blocked', TextBody: 'We blocked a sign-in.' }
        }
      },
      RiskExceptionConfiguration: { SkippedIPRangeList: ['192.0.2.0/24'], BlockedIPRangeList: [] }
    },
    branding: [
      {
        ClientName: 'web',
        UseCognitoProvidedValues: false,
        Settings: { components: { pageBackground: { lightMode: { color: 'f5f5f5ff' } } } },
        Assets: [{ Category: 'PAGE_HEADER_LOGO', ColorMode: 'LIGHT', Extension: 'SVG', Bytes: 'PHN2Zy8+' }]
      }
    ],
    logDelivery: {
      LogConfigurations: [
        {
          EventSource: 'userNotification',
          LogLevel: 'ERROR',
          CloudWatchLogsConfiguration: {
            LogGroupArn: 'arn:aws:logs:ap-northeast-1:123456789012:log-group:/aws/cognito/shop'
          }
        }
      ]
    },
    clientThreatProtection: [
      {
        ClientName: 'orders-backend',
        CompromisedCredentialsRiskConfiguration: { EventFilter: [], Actions: { EventAction: 'NO_ACTION' } },
        RiskExceptionConfiguration: { SkippedIPRangeList: ['198.51.100.0/24'], BlockedIPRangeList: [] }
      }
    ],
    terms: [
      {
        ClientName: 'web',
        TermsName: 'terms-of-use',
        Links: { 'cognito:default': 'https://shop.example.com/terms' }
      }
    ],
    replicas: [{ Region: 'eu-west-1' }],
    sessionConfiguration: { UserSessionTracking: 'ENABLED', TokenSession: { MaxPerUser: 5 } },
    clientSessionConfiguration: [{ ClientName: 'orders-backend', SSOSession: { MaxValidityMinutes: 0 } }],
    unavailable: [],
    ...overrides
  }
}
