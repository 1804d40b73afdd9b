import { ref, type Ref } from 'vue'

/**
 * A store's list of one pool's items (clients, groups): emptied when another pool is asked for, so a
 * screen never shows the last pool's items under the new pool's name while it loads.
 */
export function usePoolList<T>(fetch: (poolId: string) => Promise<T[]>): {
  items: Ref<T[]>
  poolId: Ref<string | null>
  loading: Ref<boolean>
  load: (pool: string) => Promise<void>
} {
  const items = ref<T[]>([]) as Ref<T[]>
  const poolId = ref<string | null>(null)
  const loading = ref(false)

  async function load(pool: string): Promise<void> {
    if (poolId.value !== pool) items.value = []
    poolId.value = pool
    loading.value = true
    try {
      items.value = await fetch(pool)
    } finally {
      loading.value = false
    }
  }

  return { items, poolId, loading, load }
}
