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
