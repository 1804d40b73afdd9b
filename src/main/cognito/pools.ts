import {
  paginateListUserPools,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import type { UserPoolSummary } from '@shared/contract/pools'

const iso = (d: Date | undefined) => (d ? d.toISOString() : undefined)

/** Every user pool of the account and region, following ListUserPools pages (60 a page). */
export async function listUserPools(
  idp: CognitoIdentityProviderClient,
  max = 1000
): Promise<UserPoolSummary[]> {
  const pools: UserPoolSummary[] = []
  for await (const page of paginateListUserPools({ client: idp, pageSize: 60 }, { MaxResults: 60 })) {
    for (const p of page.UserPools ?? []) {
      const summary: UserPoolSummary = {
        id: p.Id ?? '',
        name: p.Name ?? '',
        lambdaTriggers: Object.values(p.LambdaConfig ?? {}).filter(Boolean).length
      }
      const created = iso(p.CreationDate)
      const modified = iso(p.LastModifiedDate)
      if (p.Status) summary.status = p.Status
      if (created) summary.creationDate = created
      if (modified) summary.lastModifiedDate = modified
      pools.push(summary)
      if (pools.length >= max) return pools
    }
  }
  return pools
}
