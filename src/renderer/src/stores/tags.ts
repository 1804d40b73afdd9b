import { defineStore } from 'pinia'
import type { ResourceTags, TagTarget } from '@shared/contract/tags'
import { usePoolsStore } from './pools'
import { api, unwrap } from '../api'

export const useTagsStore = defineStore('tags', () => {
  const pools = usePoolsStore()

  /**
   * Makes the pool's tags exactly `tags`; a user pool is read again so its overview shows them, an
   * identity pool's screen takes the tags read back.
   */
  async function apply(target: TagTarget, tags: Record<string, string>): Promise<ResourceTags> {
    const result = await unwrap(api().tags.apply({ ...target, tags }))
    if ('poolId' in target) await pools.open(target.poolId)
    return result
  }

  return { apply }
})
