import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PoolLogDelivery } from '@shared/contract/logDelivery'
import type { LogDeliveryEntry } from '@shared/log-delivery-rules'
import { api, unwrap } from '../api'

export const useLogDeliveryStore = defineStore('logDelivery', () => {
  /** The log delivery of the pool last loaded; null while another pool's would show. */
  const current = ref<PoolLogDelivery | null>(null)
  const loading = ref(false)

  async function load(poolId: string): Promise<void> {
    if (current.value?.poolId !== poolId) current.value = null
    loading.value = true
    try {
      current.value = await unwrap(api().logDelivery.get({ poolId }))
    } finally {
      loading.value = false
    }
  }

  async function save(poolId: string, entries: LogDeliveryEntry[]): Promise<void> {
    current.value = await unwrap(api().logDelivery.set({ poolId, entries }))
  }

  return { current, loading, load, save }
})
