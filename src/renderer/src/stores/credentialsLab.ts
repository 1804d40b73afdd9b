import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LoginSummary } from '@shared/contract/testLogin'
import type { LabRunRequest, LabRunResult } from '@shared/contract/credentialsLab'
import { api, unwrap } from '../api'

/** The last lab run, in this window's memory only. */
export const useCredentialsLabStore = defineStore('credentialsLab', () => {
  const result = ref<LabRunResult | null>(null)
  const running = ref(false)
  const logins = ref<LoginSummary[]>([])

  async function run(request: LabRunRequest): Promise<LabRunResult> {
    running.value = true
    try {
      result.value = await unwrap(api().credentialsLab.run(request))
      return result.value
    } finally {
      running.value = false
    }
  }

  async function loadLogins(): Promise<void> {
    logins.value = (await unwrap(api().testLogin.list())).logins.filter((l) => l.status === 'signedIn')
  }

  function clear(): void {
    result.value = null
  }

  return { result, running, logins, run, loadLogins, clear }
})
