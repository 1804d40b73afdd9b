import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LoginSummary } from '@shared/contract/testLogin'
import type {
  LabRunRequest,
  LabRunResult,
  LabUnlinkRequest,
  LabUnlinkResult
} from '@shared/contract/credentialsLab'
import { api, unwrap } from '../api'

/** The last lab run and the identity pool chosen for it, in this window's memory only. */
export const useCredentialsLabStore = defineStore('credentialsLab', () => {
  const result = ref<LabRunResult | null>(null)
  /** Counts runs, so each run's steps render afresh even when they have the same names. */
  const runs = ref(0)
  const running = ref(false)
  const logins = ref<LoginSummary[]>([])
  /** Kept while the person signs a user in on Test login and comes back. */
  const poolId = ref<string | null>(null)
  /** An ID token handed over from the token inspector, taken once by the lab's form. */
  const draftToken = ref('')

  async function run(request: LabRunRequest): Promise<LabRunResult> {
    running.value = true
    // A refused run must not leave the previous run's steps and credentials on screen.
    result.value = null
    runs.value++
    try {
      result.value = await unwrap(api().credentialsLab.run(request))
      return result.value
    } finally {
      running.value = false
    }
  }

  /** Unlinks a login of a run's identity; main holds the token under the run id. */
  async function unlinkLogin(request: LabUnlinkRequest): Promise<LabUnlinkResult> {
    return unwrap(api().credentialsLab.unlinkLogin(request))
  }

  async function loadLogins(): Promise<void> {
    logins.value = (await unwrap(api().testLogin.list())).logins.filter((l) => l.status === 'signedIn')
  }

  function clear(): void {
    result.value = null
  }

  return { result, runs, running, logins, poolId, draftToken, run, unlinkLogin, loadLogins, clear }
})
