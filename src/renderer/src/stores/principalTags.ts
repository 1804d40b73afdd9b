import { defineStore } from 'pinia'
import type { PrincipalTagMap } from '@shared/contract/principalTags'
import { api, unwrap } from '../api'

/** Principal tags of an identity pool's providers: the screen holds the map it read; the store calls main. */
export const usePrincipalTagsStore = defineStore('principalTags', () => {
  const get = (identityPoolId: string, providerName: string): Promise<PrincipalTagMap> =>
    unwrap(api().principalTags.get({ identityPoolId, providerName }))

  const set = (map: PrincipalTagMap): Promise<PrincipalTagMap> => unwrap(api().principalTags.set(map))

  return { get, set }
})
