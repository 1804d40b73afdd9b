import { defineStore } from 'pinia'
import type { ResetAuthenticatorResult } from '@shared/contract/authFactors'
import { api, unwrap } from '../api'

/** A user's sign-in factors: the lost-authenticator step. */
export const useAuthFactorsStore = defineStore('authFactors', () => {
  function resetAuthenticator(
    poolId: string,
    username: string,
    signOut: boolean
  ): Promise<ResetAuthenticatorResult> {
    return unwrap(api().authFactors.resetAuthenticator({ poolId, username, signOut }))
  }
  return { resetAuthenticator }
})
