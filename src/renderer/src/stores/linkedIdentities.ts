import { defineStore } from 'pinia'
import type { RequestOf } from '@shared/contract'
import type { LinkedIdentities, LinkResult } from '@shared/contract/linkedIdentities'
import { api, unwrap } from '../api'

/** A user's linked provider identities and likely duplicates; linking and unlinking them. */
export const useLinkedIdentitiesStore = defineStore('linkedIdentities', () => {
  function list(poolId: string, username: string): Promise<LinkedIdentities> {
    return unwrap(api().linkedIdentities.list({ poolId, username }))
  }

  function link(request: RequestOf<'linkedIdentities', 'link'>): Promise<LinkResult> {
    return unwrap(api().linkedIdentities.link(request))
  }

  function unlink(
    poolId: string,
    username: string,
    providerName: string,
    providerUserId: string
  ): Promise<LinkResult> {
    return unwrap(api().linkedIdentities.unlink({ poolId, username, providerName, providerUserId }))
  }

  return { list, link, unlink }
})
