import { z } from 'zod'
import { command } from './define'
import { strict, userPoolIdSchema, usernameSchema } from '../schemas'

export const resetAuthenticatorRequest = strict({
  poolId: userPoolIdSchema,
  username: usernameSchema,
  /** Also end every session, so a stolen device's tokens stop refreshing. */
  signOut: z.boolean()
})

export type AuthenticatorStep = 'deleteSoftwareToken' | 'mfaPreference' | 'signOut'

export interface AuthenticatorStepResult {
  step: AuthenticatorStep
  /** `notOffered`: the endpoint lacks the operation (the other steps still ran). */
  outcome: 'done' | 'notOffered' | 'skipped'
}

export interface ResetAuthenticatorResult {
  username: string
  steps: AuthenticatorStepResult[]
  /** The user's MFA after the reset. */
  mfa: { enabled: string[]; preferred?: string }
}

export const authFactorsContract = {
  /**
   * A lost authenticator app, in one step: deletes the software token (AdminDeleteSoftwareToken),
   * turns authenticator MFA off in the user's preference, and optionally signs them out everywhere.
   */
  resetAuthenticator: command(resetAuthenticatorRequest).returns<ResetAuthenticatorResult>()
}
