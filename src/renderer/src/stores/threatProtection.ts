import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RiskConfiguration } from '@shared/contract/threatProtection'
import type { RiskSettings, SecurityMode } from '@shared/threat-protection-rules'
import { api, unwrap } from '../api'

export const useThreatProtectionStore = defineStore('threatProtection', () => {
  /** The risk configuration last loaded (pool-wide or one client's); null while another would show. */
  const current = ref<RiskConfiguration | null>(null)
  const loading = ref(false)

  async function load(poolId: string, clientId?: string): Promise<void> {
    if (current.value?.poolId !== poolId || current.value.clientId !== clientId) current.value = null
    loading.value = true
    try {
      current.value = await unwrap(api().threatProtection.get({ poolId, ...(clientId ? { clientId } : {}) }))
    } finally {
      loading.value = false
    }
  }

  async function save(poolId: string, clientId: string | undefined, settings: RiskSettings): Promise<void> {
    current.value = await unwrap(
      api().threatProtection.set({ poolId, ...(clientId ? { clientId } : {}), settings })
    )
  }

  async function setMode(poolId: string, mode: SecurityMode): Promise<void> {
    await unwrap(api().threatProtection.setMode({ poolId, mode }))
  }

  return { current, loading, load, save, setMode }
})
