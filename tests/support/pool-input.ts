import { NEW_CLIENT_SETTINGS } from '@shared/app-client-rules'
import type { ClientSettings } from '@shared/contract/appClients'
import type { IdentityPoolInput } from '@shared/contract/identityPools'
import type { CreatePoolInput } from '@shared/contract/pools'

/** A plain pool to hold clients or groups under test: username sign-in, no MFA, no required attributes. */
export const plainPool = (name: string): CreatePoolInput => ({
  name,
  signIn: 'username',
  aliases: [],
  caseSensitive: false,
  passwordPolicy: {
    minimumLength: 8,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: false,
    temporaryPasswordValidityDays: 7
  },
  mfa: 'OFF',
  requiredAttributes: [],
  customAttributes: [],
  selfSignUp: false,
  deletionProtection: false
})

/** An app client's settings: password and refresh flows, Cognito's defaults otherwise, unless overridden. */
export const clientSettings = (name: string, overrides: Partial<ClientSettings> = {}): ClientSettings => ({
  ...NEW_CLIENT_SETTINGS,
  name,
  explicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  ...overrides
})

/** An identity pool with no providers and neither guests nor the basic flow, unless overridden. */
export const identityPoolInput = (
  name: string,
  overrides: Partial<IdentityPoolInput> = {}
): IdentityPoolInput => ({
  name,
  allowUnauthenticated: false,
  allowClassicFlow: false,
  userPools: [],
  social: {},
  oidcProviderArns: [],
  samlProviderArns: [],
  tags: {},
  ...overrides
})
