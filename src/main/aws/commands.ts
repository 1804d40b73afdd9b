/**
 * Which SDK commands change something in AWS. Those are refused on read-only connections (a second
 * line behind the router's check) and written to the audit log.
 */
const READ_PREFIXES = /^(List|Describe|Get|AdminGet|AdminList|Lookup)/
/** Named like reads, but they change the directory: the identity of a new back-end user id is created and linked. */
const WRITES_NAMED_AS_READS = new Set(['GetOpenIdTokenForDeveloperIdentity'])
/** Sign-in calls test credentials; they do not change the directory. */
const SIGN_IN = new Set([
  'InitiateAuth',
  'AdminInitiateAuth',
  'GetCallerIdentity',
  'GetId',
  'GetCredentialsForIdentity',
  'GetOpenIdToken',
  'AssumeRoleWithWebIdentity',
  'GetTokensFromRefreshToken'
])
/** Answers to these challenges only prove who signs in; the others set a password or an MFA device. */
const SIGN_IN_CHALLENGES = new Set([
  'SMS_MFA',
  'SOFTWARE_TOKEN_MFA',
  'EMAIL_OTP',
  'SMS_OTP',
  'SELECT_MFA_TYPE',
  'SELECT_CHALLENGE',
  'PASSWORD',
  'PASSWORD_SRP',
  'PASSWORD_VERIFIER',
  'DEVICE_SRP_AUTH',
  'DEVICE_PASSWORD_VERIFIER',
  'CUSTOM_CHALLENGE',
  'WEB_AUTHN'
])
const CHALLENGE_ANSWERS = new Set(['RespondToAuthChallenge', 'AdminRespondToAuthChallenge'])

export function operationName(commandName: string): string {
  return commandName.endsWith('Command') ? commandName.slice(0, -'Command'.length) : commandName
}

/**
 * Whether a command changes AWS state. A challenge answer is a write only when it sets something
 * (NEW_PASSWORD_REQUIRED, MFA_SETUP); without the request at hand it counts as one, to be safe.
 */
export function isWriteCommand(commandName: string, input?: unknown): boolean {
  const op = operationName(commandName)
  if (CHALLENGE_ANSWERS.has(op)) {
    const challenge =
      typeof input === 'object' && input !== null
        ? (input as { ChallengeName?: unknown }).ChallengeName
        : undefined
    return !(typeof challenge === 'string' && SIGN_IN_CHALLENGES.has(challenge))
  }
  if (WRITES_NAMED_AS_READS.has(op)) return true
  return !READ_PREFIXES.test(op) && !SIGN_IN.has(op)
}
