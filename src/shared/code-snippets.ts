/**
 * "Copy as code" for a finished sign-in or token call: the AWS CLI command and an AWS SDK for
 * JavaScript v3 snippet. Inputs are redacted when they are recorded, so a password, secret, code or
 * token never reaches a snippet, the screen or the clipboard: each is a `<PLACEHOLDER>` instead.
 */

/** One call to Cognito as a snippet can repeat it, with every secret already a placeholder. */
export interface RecordedCall {
  /** The SDK operation, e.g. InitiateAuth. */
  operation: string
  /**
   * The AWS CLI's service name (`cognito-idp`, `cognito-identity`, `lambda`...), or `oauth2` for a form
   * posted to the pool domain's /oauth2/token.
   */
  service: string
  region: string
  input: Record<string, unknown>
}

/** Parameter names whose values are secrets (passwords, codes, tokens, SRP values, sessions). */
const SECRET_KEY =
  /PASSWORD|SECRET|CODE|TOKEN|SRP_A|SIGNATURE|CREDENTIAL|^Session$|^AccessToken$|^RefreshToken$|^client_assertion$/i
/** Names that match the pattern above but carry no secret. */
const PLAIN_KEYS = new Set(['ChallengeName', 'PREFERRED_CHALLENGE', 'AuthFlow', 'grant_type', 'ClientId'])

const placeholderOf = (key: string): string => `<${key.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}>`

/** A copy of `input` with every secret value replaced by a placeholder named after its key. */
export function redactInput(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue
    if (SECRET_KEY.test(key) && !PLAIN_KEYS.has(key)) out[key] = placeholderOf(key)
    else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      out[key] = redactInput(value as Record<string, unknown>)
    else out[key] = value
  }
  return out
}

/** InitiateAuth -> initiate-auth */
export const cliName = (operation: string): string =>
  operation.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

/** Single-quoted for POSIX shells: a quote inside becomes '\''. */
const shellQuote = (text: string): string => `'${text.replace(/'/g, `'\\''`)}'`

/** The AWS CLI command (or curl, for the OAuth token endpoint) that repeats the call. */
export function cliSnippet(call: RecordedCall): string {
  if (call.service === 'oauth2') {
    const { url, ...form } = call.input
    const fields = Object.entries(form).map(
      ([k, v]) => `  --data-urlencode ${shellQuote(`${k}=${String(v)}`)}`
    )
    return [`curl -X POST ${shellQuote(String(url))}`, `  -u '<CLIENT_ID>:<CLIENT_SECRET>'`, ...fields].join(
      ' \\\n'
    )
  }
  return [
    `aws ${call.service} ${cliName(call.operation)}`,
    `  --region ${call.region}`,
    `  --cli-input-json ${shellQuote(JSON.stringify(call.input))}`
  ].join(' \\\n')
}

/** An AWS SDK for JavaScript v3 snippet (or a fetch, for the OAuth token endpoint) that repeats the call. */
export function sdkSnippet(call: RecordedCall): string {
  if (call.service === 'oauth2') {
    const { url, ...form } = call.input
    return [
      `const response = await fetch(${JSON.stringify(url)}, {`,
      `  method: 'POST',`,
      `  headers: {`,
      `    'content-type': 'application/x-www-form-urlencoded',`,
      `    authorization: 'Basic ' + btoa('<CLIENT_ID>:<CLIENT_SECRET>')`,
      `  },`,
      `  body: new URLSearchParams(${JSON.stringify(form, null, 2).replace(/\n/g, '\n  ')})`,
      `})`,
      `const tokens = await response.json()`
    ].join('\n')
  }
  const command = `${call.operation}Command`
  return [
    `import { CognitoIdentityProviderClient, ${command} } from '@aws-sdk/client-cognito-identity-provider'`,
    ``,
    `const client = new CognitoIdentityProviderClient({ region: ${JSON.stringify(call.region)} })`,
    `const output = await client.send(`,
    `  new ${command}(${JSON.stringify(call.input, null, 2).replace(/\n/g, '\n  ')})`,
    `)`
  ].join('\n')
}

/** The audit log's mark for a value it did not keep. */
const AUDIT_REDACTED = '[redacted]'

/** An audit record's parameters with each value the log did not keep as a placeholder named after its key. */
function placeholdersFor(value: unknown, key: string): unknown {
  if (value === AUDIT_REDACTED) return placeholderOf(key)
  if (Array.isArray(value)) return value.map((item) => placeholdersFor(item, key))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, placeholdersFor(v, k)]))
  return value
}

/** What an audit record needs to become a command: the AWS call it recorded. */
export interface AuditedCall {
  time: string
  service: string
  operation: string
  region: string
  result: 'ok' | 'error'
  parameters: unknown
}

/**
 * The AWS CLI command that repeats a change the console recorded, or null for a refusal (no AWS call).
 * The log never kept a secret, so secrets and passwords are placeholders to fill in.
 */
export function auditCliSnippet(entry: AuditedCall): string | null {
  if (entry.service === 'console') return null
  return cliSnippet({
    operation: entry.operation,
    service: entry.service,
    region: entry.region,
    input: placeholdersFor(entry.parameters, '') as Record<string, unknown>
  })
}

/** Several recorded changes as one shell script, oldest first, each with when it ran and how it ended. */
export function auditShellScript(entries: readonly AuditedCall[]): string {
  const commands = [...entries]
    .sort((a, b) => a.time.localeCompare(b.time))
    .flatMap((entry) => {
      const command = auditCliSnippet(entry)
      return command ? [`# ${entry.time} ${entry.operation}: ${entry.result}\n${command}`] : []
    })
  return (
    [
      '#!/bin/sh',
      '# Secrets and passwords are placeholders: fill them in before running.',
      'set -e',
      '',
      ...commands
    ].join('\n') + '\n'
  )
}
