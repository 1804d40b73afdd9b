import { defineStore } from 'pinia'
import { ref } from 'vue'
import type {
  ClientSessionConfiguration,
  PoolSessionConfiguration
} from '@shared/contract/sessionConfiguration'
import type { ClientSessionSettings, PoolSessionSettings } from '@shared/session-configuration-rules'
import { api, unwrap } from '../api'

export const useSessionConfigurationStore = defineStore('sessionConfiguration', () => {
  /** The pool-wide configuration last loaded. */
  const pool = ref<PoolSessionConfiguration | null>(null)
  /** The app client's configuration last loaded. */
  const client = ref<ClientSessionConfiguration | null>(null)
  const loading = ref(false)

  async function whileLoading<T>(read: () => Promise<T>): Promise<T> {
    loading.value = true
    try {
      return await read()
    } finally {
      loading.value = false
    }
  }

  async function loadPool(poolId: string): Promise<void> {
    if (pool.value?.poolId !== poolId) pool.value = null
    pool.value = await whileLoading(() => unwrap(api().sessionConfiguration.getPool({ poolId })))
  }

  async function loadClient(poolId: string, clientId: string): Promise<void> {
    if (client.value?.poolId !== poolId || client.value.clientId !== clientId) client.value = null
    client.value = await whileLoading(() =>
      unwrap(api().sessionConfiguration.getClient({ poolId, clientId }))
    )
  }

  async function savePool(poolId: string, settings: PoolSessionSettings): Promise<void> {
    pool.value = await unwrap(api().sessionConfiguration.setPool({ poolId, settings }))
  }

  async function saveClient(
    poolId: string,
    clientId: string,
    settings: ClientSessionSettings
  ): Promise<void> {
    client.value = await unwrap(api().sessionConfiguration.setClient({ poolId, clientId, settings }))
  }

  return { pool, client, loading, loadPool, loadClient, savePool, saveClient }
})
