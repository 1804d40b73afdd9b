/**
 * Claims Cognito or OpenID Connect define; any other claim in a Cognito token was added by the pool
 * (a `custom:` attribute, or a pre-token-generation trigger).
 */
const STANDARD_CLAIMS = new Set([
  'sub',
  'iss',
  'aud',
  'client_id',
  'token_use',
  'auth_time',
  'iat',
  'exp',
  'nbf',
  'jti',
  'origin_jti',
  'event_id',
  'username',
  'cognito:username',
  'cognito:groups',
  'cognito:roles',
  'cognito:preferred_role',
  'scope',
  'email',
  'email_verified',
  'phone_number',
  'phone_number_verified',
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'profile',
  'picture',
  'website',
  'gender',
  'birthdate',
  'zoneinfo',
  'locale',
  'address',
  'updated_at',
  'nonce',
  'azp',
  'sid',
  'identities',
  'version',
  'at_hash',
  'amr'
])

/** Claims that change with every token issued: a difference in them says nothing about the setup. */
const PER_TOKEN_CLAIMS = new Set([
  'iat',
  'exp',
  'nbf',
  'auth_time',
  'jti',
  'origin_jti',
  'event_id',
  'at_hash'
])

export type ClaimChange = 'added' | 'removed' | 'changed' | 'same'

export interface ClaimDiffRow {
  claim: string
  change: ClaimChange
  /** Absent when the claim is not in that token. */
  before?: unknown
  after?: unknown
  /** Not a Cognito or OpenID claim: a custom attribute or one a pre-token-generation trigger added. */
  customised: boolean
  /** Differs in every token issued (times, token ids). */
  perToken: boolean
}

export interface ClaimDiff {
  rows: ClaimDiffRow[]
  counts: Record<ClaimChange, number>
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The claims of two tokens side by side: added, removed, changed and unchanged, in the tokens' order. */
export function diffClaims(before: Record<string, unknown>, after: Record<string, unknown>): ClaimDiff {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  const counts: Record<ClaimChange, number> = { added: 0, removed: 0, changed: 0, same: 0 }
  const rows = names.map((claim): ClaimDiffRow => {
    const had = Object.hasOwn(before, claim)
    const has = Object.hasOwn(after, claim)
    const change: ClaimChange = !had
      ? 'added'
      : !has
        ? 'removed'
        : same(before[claim], after[claim])
          ? 'same'
          : 'changed'
    counts[change] += 1
    return {
      claim,
      change,
      ...(had ? { before: before[claim] } : {}),
      ...(has ? { after: after[claim] } : {}),
      customised: !STANDARD_CLAIMS.has(claim),
      perToken: PER_TOKEN_CLAIMS.has(claim)
    }
  })
  return { rows, counts }
}
