import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { QuotaOverrides, QuotaSettings } from '@shared/contract/limits'
import type { LimiterState } from '@shared/events'
import { api, unwrap } from '../api'

/** Quota settings and the latest limiter state of each connection (for the header indicator). */
export const useLimitsStore = defineStore('limits', () => {
  const quotas = ref<QuotaSettings | null>(null)
  const states = ref<Record<string, LimiterState>>({})

  async function loadQuotas(): Promise<void> {
    quotas.value = await unwrap(api().limits.quotas())
  }

  /** Asks the account for its provisioned limits again (after AWS raised a quota). */
  async function readAccount(): Promise<void> {
    quotas.value = await unwrap(api().limits.readAccount())
  }

  async function saveQuotas(overrides: QuotaOverrides): Promise<void> {
    quotas.value = await unwrap(api().limits.setQuotas({ overrides }))
  }

  function listen(): () => void {
    return api().on('limiter:state', (state) => {
      states.value = { ...states.value, [state.connectionId]: state }
    })
  }

  return { quotas, states, loadQuotas, readAccount, saveQuotas, listen }
})
