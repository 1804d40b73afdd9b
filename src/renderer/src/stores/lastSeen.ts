import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { LastSeenProgress } from '@shared/contract/lastSeen'
import { api, unwrap } from '../api'
import type { BulkTarget } from './jobs'

/** Last seen of a pool's users, read into the pool index on demand; the index's rows then carry it. */
export const useLastSeenStore = defineStore('lastSeen', () => {
  const progress = ref<LastSeenProgress | null>(null)
  const loadId = ref<string | null>(null)
  const running = computed(() => loadId.value !== null)

  async function load(poolId: string, target: BulkTarget): Promise<LastSeenProgress> {
    const id = crypto.randomUUID()
    loadId.value = id
    progress.value = null
    const stop = api().on('lastSeen:progress', (p) => {
      if (p.loadId === id) progress.value = p
    })
    try {
      const result = await unwrap(api().lastSeen.load({ loadId: id, poolId, target }))
      progress.value = result
      return result
    } finally {
      stop()
      if (loadId.value === id) loadId.value = null
    }
  }

  async function cancel(): Promise<void> {
    if (loadId.value) await unwrap(api().lastSeen.cancel({ loadId: loadId.value }))
  }

  return { progress, running, load, cancel }
})
