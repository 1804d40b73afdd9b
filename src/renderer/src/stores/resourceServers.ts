import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { ResourceServerDetail, ResourceServerSettings } from '@shared/contract/resourceServers'
import { scopeStrings } from '@shared/resource-server-rules'
import { api, unwrap } from '../api'
import { usePoolList } from '../composables/usePoolList'

export const useResourceServersStore = defineStore('resourceServers', () => {
  const {
    items: servers,
    poolId,
    loading,
    load
  } = usePoolList(async (pool) => (await unwrap(api().resourceServers.list({ poolId: pool }))).servers)

  /** Every custom scope of the loaded pool, as an app client names it (`identifier/scope`). */
  const customScopes = computed(() => servers.value.flatMap(scopeStrings))

  async function save(settings: ResourceServerSettings, isNew: boolean): Promise<ResourceServerDetail> {
    const detail = await unwrap(
      isNew ? api().resourceServers.create(settings) : api().resourceServers.update(settings)
    )
    await load(settings.poolId)
    return detail
  }

  async function remove(pool: string, identifier: string): Promise<void> {
    await unwrap(api().resourceServers.delete({ poolId: pool, identifier }))
    servers.value = servers.value.filter((s) => s.identifier !== identifier)
  }

  return { servers, poolId, loading, load, customScopes, save, remove }
})
