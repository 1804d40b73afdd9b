/**
 * Principal tags for attribute-based access control: each session tag of an identity's credentials
 * takes its value from a claim of the provider's token. Checked once here, so the form and main refuse
 * the same map for the same reason.
 */
import type { IdentityPoolDetail } from './contract/identityPools'
import { oidcKeyOf } from './credentialsLab'
import { tagProblems, type TagProblem } from './tag-rules'

/** IdentityProviderName's limit in Get/SetPrincipalTagAttributeMap. */
export const MAX_PROVIDER_NAME = 128

export type PrincipalTagProblem =
  | Exclude<TagProblem, { code: 'valueTooLong' | 'valueCharacters' }>
  | { code: 'claimEmpty'; params: { key: string } }
  | { code: 'claimTooLong'; params: { key: string; max: number } }
  | { code: 'claimCharacters'; params: { key: string } }

/**
 * Every problem of a tag -> claim map as typed (a list of rows, so a key typed twice can be told).
 * Keys follow tag-rules (session tags are AWS tags); the claim is the tag's value and may not be empty.
 */
export function principalTagProblems(rows: readonly { key: string; claim: string }[]): PrincipalTagProblem[] {
  const problems = tagProblems(rows.map(({ key, claim }) => ({ key, value: claim }))).map(
    (p): PrincipalTagProblem => {
      if (p.code === 'valueTooLong') return { code: 'claimTooLong', params: p.params }
      if (p.code === 'valueCharacters') return { code: 'claimCharacters', params: p.params }
      return p
    }
  )
  for (const { key, claim } of rows) if (key && !claim) problems.push({ code: 'claimEmpty', params: { key } })
  return problems
}

/**
 * The providers of a pool that can map claims to principal tags, by the name
 * Get/SetPrincipalTagAttributeMap take: user pools, social providers, OIDC issuers and SAML providers.
 */
export function principalTagProviders(pool: IdentityPoolDetail): string[] {
  return [
    ...pool.userPools.map((p) => p.providerName),
    ...Object.keys(pool.social),
    ...Object.keys(pool.otherLoginProviders),
    ...pool.oidcProviderArns.map((arn) => oidcKeyOf(arn) ?? arn),
    ...pool.samlProviderArns
  ]
}
