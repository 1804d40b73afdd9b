import { fromEnv, fromIni } from '@aws-sdk/credential-providers'
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types'
import type { Connection } from '@shared/contract/connections'

/** Asks the person for the current code of an MFA device; resolves to null when they cancel. */
export type MfaCodeProvider = (profile: string, serialNumber: string) => Promise<string>

/**
 * The credential provider for a connection, from the SDK's own providers: fromIni covers static keys,
 * credential_process, SSO (cached token) and assume-role with MFA; fromEnv covers environment keys.
 * Credentials live only inside the SDK clients of the main process.
 */
/** Credentials closer than this to expiry are fetched again. */
const RENEW_BEFORE_MS = 5 * 60_000

/**
 * One credential lookup shared by the connection's clients, so an MFA code is asked once and an SSO
 * cache read once; renewed shortly before expiry, and never cached when the lookup fails.
 */
export function sharedCredentials(
  provider: AwsCredentialIdentityProvider,
  now: () => number = Date.now
): AwsCredentialIdentityProvider {
  let current: Promise<AwsCredentialIdentity> | undefined
  const load = (): Promise<AwsCredentialIdentity> => {
    const attempt = provider()
    current = attempt
    attempt.catch(() => {
      if (current === attempt) current = undefined
    })
    return attempt
  }
  return async () => {
    const credentials = await (current ?? load())
    const expiring =
      credentials.expiration !== undefined && credentials.expiration.getTime() - now() < RENEW_BEFORE_MS
    return expiring ? load() : credentials
  }
}

export function credentialsFor(
  connection: Connection,
  askMfa: MfaCodeProvider
): AwsCredentialIdentityProvider {
  return sharedCredentials(providerFor(connection, askMfa))
}

function providerFor(connection: Connection, askMfa: MfaCodeProvider): AwsCredentialIdentityProvider {
  if (connection.source === 'environment') return fromEnv()
  const profile = connection.profile ?? 'default'
  return fromIni({
    profile,
    mfaCodeProvider: (serial) => askMfa(profile, serial),
    // The STS client that assumes a profile's role talks to the connection's endpoint and region too,
    // so assume-role profiles work against an emulator.
    clientConfig: {
      region: connection.region,
      ...(connection.endpoint ? { endpoint: connection.endpoint } : {})
    }
  })
}
