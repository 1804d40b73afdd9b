import {
  AdminDeleteSoftwareTokenCommand,
  AdminGetUserCommand,
  AdminSetUserMFAPreferenceCommand,
  AdminUserGlobalSignOutCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import type { AuthenticatorStepResult, ResetAuthenticatorResult } from '@shared/contract/authFactors'
import { toAppError } from '../aws/errors'
import type { UserRef } from './user-actions'

type Idp = CognitoIdentityProviderClient

/** Runs a step; an endpoint without the operation (an emulator) is reported, any other failure stops. */
async function step(
  name: AuthenticatorStepResult['step'],
  work: () => Promise<unknown>
): Promise<AuthenticatorStepResult> {
  try {
    await work()
    return { step: name, outcome: 'done' }
  } catch (error) {
    if (toAppError(error).code === 'UNSUPPORTED_OPERATION') return { step: name, outcome: 'notOffered' }
    throw error
  }
}

/**
 * The lost-authenticator step: the software token goes, authenticator MFA is turned off in the user's
 * preference (their other factors stay), and, when asked, every session ends. At the next sign-in a pool
 * that requires MFA asks the user to set up a new authenticator.
 */
export async function resetAuthenticator(
  idp: Idp,
  ref: UserRef & { signOut: boolean }
): Promise<ResetAuthenticatorResult> {
  const user = { UserPoolId: ref.poolId, Username: ref.username }
  const steps = [
    await step('deleteSoftwareToken', () => idp.send(new AdminDeleteSoftwareTokenCommand(user))),
    await step('mfaPreference', () =>
      idp.send(
        new AdminSetUserMFAPreferenceCommand({
          ...user,
          SoftwareTokenMfaSettings: { Enabled: false, PreferredMfa: false }
        })
      )
    ),
    ref.signOut
      ? await step('signOut', () => idp.send(new AdminUserGlobalSignOutCommand(user)))
      : { step: 'signOut' as const, outcome: 'skipped' as const }
  ]
  const after = await idp.send(new AdminGetUserCommand(user))
  return {
    username: ref.username,
    steps,
    mfa: {
      enabled: after.UserMFASettingList ?? [],
      ...(after.PreferredMfaSetting ? { preferred: after.PreferredMfaSetting } : {})
    }
  }
}
