import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { UserPoolSummary } from '@shared/contract/pools'
import { api, unwrap } from '../api'

export const usePoolsStore = defineStore('pools', () => {
  const pools = ref<UserPoolSummary[]>([])
  const loading = ref(false)
  /** The connection the list belongs to, so a switch reloads it. */
  const loadedFor = ref<string | null>(null)

  async function load(connectionId: string): Promise<void> {
    loading.value = true
    try {
      pools.value = (await unwrap(api().pools.list())).pools
      loadedFor.value = connectionId
    } finally {
      loading.value = false
    }
  }

  function clear(): void {
    pools.value = []
    loadedFor.value = null
  }

  return { pools, loading, loadedFor, load, clear }
})
