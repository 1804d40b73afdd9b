/**
 * Which SDK commands change something in AWS. Those are refused on read-only connections (a second
 * line behind the router's check) and written to the audit log.
 */
const READ_PREFIXES = /^(List|Describe|Get|AdminGet|AdminList|Lookup)/
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

export function operationName(commandName: string): string {
  return commandName.endsWith('Command') ? commandName.slice(0, -'Command'.length) : commandName
}

export function isWriteCommand(commandName: string): boolean {
  const op = operationName(commandName)
  return !READ_PREFIXES.test(op) && !SIGN_IN.has(op)
}
