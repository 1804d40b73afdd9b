import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PoolMessages } from '@shared/contract/messages'
import type { MessageSettings } from '@shared/messages'
import { api, unwrap } from '../api'

export const useMessagesStore = defineStore('messages', () => {
  /** The messages of the pool last loaded; null while another pool's would show. */
  const current = ref<PoolMessages | null>(null)
  const loading = ref(false)

  async function load(poolId: string): Promise<void> {
    if (current.value?.poolId !== poolId) current.value = null
    loading.value = true
    try {
      current.value = await unwrap(api().messages.get({ poolId }))
    } finally {
      loading.value = false
    }
  }

  async function save(poolId: string, settings: MessageSettings): Promise<void> {
    current.value = await unwrap(api().messages.set({ poolId, settings }))
  }

  return { current, loading, load, save }
})
