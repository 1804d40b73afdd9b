import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { TestLoginFlow } from '@shared/capabilities'
import type { FindResult, SignInReport } from '@shared/contract/signInCheck'
import { api, unwrap } from '../api'

/** "Why can't this user sign in?": finding the user by what the person heard, and the check itself. */
export const useSignInCheckStore = defineStore('signInCheck', () => {
  const found = ref<FindResult | null>(null)
  const finding = ref(false)

  async function find(poolId: string, identifier: string): Promise<FindResult> {
    finding.value = true
    try {
      found.value = await unwrap(api().signInCheck.find({ poolId, identifier }))
      return found.value
    } finally {
      finding.value = false
    }
  }

  function run(
    poolId: string,
    username: string,
    client?: { clientId: string; flow: TestLoginFlow }
  ): Promise<SignInReport> {
    return unwrap(api().signInCheck.run({ poolId, username, ...(client ? { client } : {}) }))
  }

  function clear(): void {
    found.value = null
  }

  return { found, finding, find, run, clear }
})
