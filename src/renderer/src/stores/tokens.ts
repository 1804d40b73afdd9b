import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { TokenInspection } from '@shared/contract/tokens'
import { api, unwrap } from '../api'

export interface InspectRequest {
  token: string
  expectedPoolId?: string
  expectedClientId?: string
  expectedTokenUse?: 'id' | 'access'
  expectedScopes?: string[]
  expectedGroups?: string[]
}

/** A token kept to compare the next one with: only its decoded claims. */
export interface ComparedToken {
  payload: Record<string, unknown>
}

/** The token inspector: the last token inspected and what main found. */
export const useTokensStore = defineStore('tokens', () => {
  const result = ref<TokenInspection | null>(null)
  const inspected = ref<InspectRequest | null>(null)
  const loading = ref(false)
  /** A token another screen hands over (a machine token), inspected when the inspector opens. */
  const handoff = ref<InspectRequest | null>(null)
  /** The claims the next token inspected is compared with. */
  const compared = ref<ComparedToken | null>(null)

  async function inspect(req: InspectRequest): Promise<TokenInspection> {
    loading.value = true
    try {
      const inspection = await unwrap(api().tokens.inspect(req))
      result.value = inspection
      inspected.value = req
      return inspection
    } finally {
      loading.value = false
    }
  }

  function reset(): void {
    result.value = null
    inspected.value = null
  }

  return { result, inspected, loading, handoff, compared, inspect, reset }
})
