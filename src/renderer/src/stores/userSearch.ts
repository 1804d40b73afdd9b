import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { UserSearchProgress } from '@shared/contract/userSearch'
import { api, unwrap } from '../api'

/** "Which pool is this person in?": one search over pools, Regions and connections, kept across screens. */
export const useUserSearchStore = defineStore('userSearch', () => {
  const identifier = ref('')
  const connectionIds = ref<string[]>([])
  const regions = ref<string[]>([])
  const progress = ref<UserSearchProgress | null>(null)
  const searchId = ref<string | null>(null)
  const running = computed(() => searchId.value !== null)

  async function search(): Promise<UserSearchProgress> {
    const id = crypto.randomUUID()
    searchId.value = id
    progress.value = null
    const stop = api().on('userSearch:progress', (p) => {
      if (p.searchId === id) progress.value = p
    })
    try {
      const result = await unwrap(
        api().userSearch.run({
          searchId: id,
          identifier: identifier.value,
          connectionIds: connectionIds.value,
          regions: regions.value
        })
      )
      progress.value = result
      return result
    } finally {
      stop()
      if (searchId.value === id) searchId.value = null
    }
  }

  async function cancel(): Promise<void> {
    if (searchId.value) await unwrap(api().userSearch.cancel({ searchId: searchId.value }))
  }

  return { identifier, connectionIds, regions, progress, running, search, cancel }
})
