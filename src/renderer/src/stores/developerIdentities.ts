import { defineStore } from 'pinia'
import type { DeveloperIdentity, DeveloperToken } from '@shared/contract/developerIdentities'
import { api, unwrap } from '../api'

/** Developer-authenticated identities: the screen holds what it looked up; the store only calls main. */
export const useDeveloperIdentitiesStore = defineStore('developerIdentities', () => {
  const lookup = (identityPoolId: string, who: { identityId: string } | { userIdentifier: string }) =>
    unwrap(api().developerIdentities.lookup({ identityPoolId, ...who }))

  const issueToken = (identityPoolId: string, userIdentifier: string): Promise<DeveloperToken> =>
    unwrap(api().developerIdentities.issueToken({ identityPoolId, userIdentifier }))

  const merge = (
    identityPoolId: string,
    sourceUserIdentifier: string,
    destinationUserIdentifier: string
  ): Promise<DeveloperIdentity> =>
    unwrap(
      api().developerIdentities.merge({ identityPoolId, sourceUserIdentifier, destinationUserIdentifier })
    )

  const unlink = (
    identityPoolId: string,
    identityId: string,
    userIdentifier: string
  ): Promise<DeveloperIdentity> =>
    unwrap(api().developerIdentities.unlink({ identityPoolId, identityId, userIdentifier }))

  return { lookup, issueToken, merge, unlink }
})
