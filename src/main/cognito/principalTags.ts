import {
  GetPrincipalTagAttributeMapCommand,
  SetPrincipalTagAttributeMapCommand,
  type CognitoIdentityClient
} from '@aws-sdk/client-cognito-identity'
import type { PrincipalTagMap } from '@shared/contract/principalTags'
import { AppError, rulesBroken } from '@shared/errors'
import { principalTagProblems, principalTagProviders } from '@shared/principal-tags'
import { describeIdentityPool } from './identityPools'

/** The claims of one provider's token that become session tags of the pool's credentials. */
export async function getPrincipalTags(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  providerName: string
): Promise<PrincipalTagMap> {
  const out = await identity.send(
    new GetPrincipalTagAttributeMapCommand({
      IdentityPoolId: identityPoolId,
      IdentityProviderName: providerName
    })
  )
  return {
    identityPoolId,
    providerName,
    useDefaults: out.UseDefaults ?? false,
    tags: out.PrincipalTags ?? {}
  }
}

/**
 * Sets one provider's map: Cognito's defaults, or exactly `tags` (an empty map tags nothing). Refused
 * before the call for a provider the pool does not have or a map that breaks the tag rules.
 */
export async function setPrincipalTags(
  identity: CognitoIdentityClient,
  map: PrincipalTagMap
): Promise<PrincipalTagMap> {
  const rows = Object.entries(map.tags).map(([key, claim]) => ({ key, claim }))
  const problems = map.useDefaults ? [] : principalTagProblems(rows)
  if (problems.length > 0) throw rulesBroken('principal tag', problems)
  const pool = await describeIdentityPool(identity, map.identityPoolId)
  if (!principalTagProviders(pool).includes(map.providerName))
    throw new AppError('VALIDATION', `The identity pool has no provider named ${map.providerName}.`, {
      params: { reason: 'providerUnknown', provider: map.providerName },
      hint: 'Pick one of the providers the identity pool lists.'
    })
  const out = await identity.send(
    new SetPrincipalTagAttributeMapCommand({
      IdentityPoolId: map.identityPoolId,
      IdentityProviderName: map.providerName,
      UseDefaults: map.useDefaults,
      ...(map.useDefaults ? {} : { PrincipalTags: map.tags })
    })
  )
  return {
    identityPoolId: map.identityPoolId,
    providerName: map.providerName,
    useDefaults: out.UseDefaults ?? map.useDefaults,
    tags: out.PrincipalTags ?? (map.useDefaults ? {} : map.tags)
  }
}
