import { fromEnv, fromIni } from '@aws-sdk/credential-providers'
import type { AwsCredentialIdentityProvider } from '@smithy/types'
import type { Connection } from '@shared/contract/connections'

/** Asks the person for the current code of an MFA device; resolves to null when they cancel. */
export type MfaCodeProvider = (profile: string, serialNumber: string) => Promise<string>

/**
 * The credential provider for a connection, from the SDK's own providers: fromIni covers static keys,
 * credential_process, SSO (cached token) and assume-role with MFA; fromEnv covers environment keys.
 * Credentials live only inside the SDK clients of the main process.
 */
export function credentialsFor(
  connection: Connection,
  askMfa: MfaCodeProvider
): AwsCredentialIdentityProvider {
  if (connection.source === 'environment') return fromEnv()
  const profile = connection.profile ?? 'default'
  return fromIni({
    profile,
    mfaCodeProvider: (serial) => askMfa(profile, serial)
  })
}
