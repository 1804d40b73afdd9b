import { defineStore } from 'pinia'
import { usePoolsStore } from './pools'
import { api, unwrap } from '../api'

export const useTagsStore = defineStore('tags', () => {
  const pools = usePoolsStore()

  /** Makes the pool's tags exactly `tags`, then reads the pool again so its overview shows them. */
  async function apply(poolId: string, tags: Record<string, string>): Promise<void> {
    await unwrap(api().tags.apply({ poolId, tags }))
    await pools.open(poolId)
  }

  return { apply }
})
