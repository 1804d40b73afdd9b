/** Cognito's request-rate quota categories and their published defaults (requests per second). */

export const QUOTA_CATEGORIES = [
  'UserList',
  'UserRead',
  'UserCreation',
  'UserUpdate',
  'UserDeletion',
  'UserResourceRead',
  'UserResourceUpdate',
  'UserAuthentication',
  'UserPoolRead',
  'UserPoolUpdate',
  'ClientRead',
  'ClientUpdate',
  'GroupRead',
  'GroupUpdate',
  'IdentityId',
  'IdentityCredentials',
  'IdentityRead',
  'IdentityUpdate',
  'Other'
] as const

export type QuotaCategory = (typeof QUOTA_CATEGORIES)[number]

/** Default requests per second (AWS defaults; some are adjustable in the account's Service Quotas). */
export const DEFAULT_QUOTAS: Record<QuotaCategory, number> = {
  UserList: 30,
  UserRead: 120,
  UserCreation: 50,
  UserUpdate: 25,
  UserDeletion: 25,
  UserResourceRead: 50,
  UserResourceUpdate: 25,
  UserAuthentication: 120,
  UserPoolRead: 15,
  UserPoolUpdate: 15,
  ClientRead: 15,
  ClientUpdate: 15,
  GroupRead: 15,
  GroupUpdate: 15,
  IdentityId: 25,
  IdentityCredentials: 200,
  IdentityRead: 10,
  IdentityUpdate: 5,
  Other: 25
}

/**
 * The categories of user-pool operations whose provisioned limit the account can be asked for
 * (GetProvisionedLimit, class API_CATEGORY); identity-pool quotas and "Other" are not among them.
 */
export const ACCOUNT_QUOTA_CATEGORIES = QUOTA_CATEGORIES.filter(
  (c) => !c.startsWith('Identity') && c !== 'Other'
)

/** Where a rate in force comes from: the person's override, the account's provisioned limit, AWS's default. */
export type QuotaSource = 'override' | 'account' | 'default'

/** Lowest and highest rate a person may set: below 0.1/s a call waits ten seconds for its turn. */
export const MIN_QUOTA = 0.1
export const MAX_QUOTA = 10_000
