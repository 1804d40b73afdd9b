import type { AuditValue } from '@shared/contract/audit'

export const REDACTED = '[redacted]'

/**
 * Keys whose values are secrets: passwords, client secrets, SECRET_HASH, tokens, challenge sessions,
 * one-time codes, SRP values, AWS keys, private keys and identity-pool logins (which carry ID tokens).
 * `LoginsToRemove` (UnlinkIdentity) lists provider names only, so the log can say which login was removed.
 */
const SECRET_KEY =
  /pass(word)?|secret|token|session|^code$|confirmation_?code|user_?code|mfa_?code|otp|srp_[ab]|signature|credential|access_?key|private_?key|logins$|answer/i
/** Settings that only name a secret's lifetime or kind, and are useful in the log. */
const HARMLESS_KEY = /validity|units$|revocation|^(Require|Minimum|AllowedFirstAuthFactors)/i
/** A JWT (ID, access or identity token) or another long opaque base64url blob. */
const TOKEN_VALUE = /^eyJ[\w-]{4,}\.[\w-]{4,}\.[\w-]*$|^[A-Za-z0-9+/_-]{200,}={0,2}$/

const MAX_STRING = 512
const MAX_ITEMS = 50
const MAX_DEPTH = 8

function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key) && !HARMLESS_KEY.test(key)
}

function clip(value: string): string {
  return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} characters)` : value
}

function walk(value: unknown, secret: boolean, depth: number, harmless = false): AuditValue {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return secret || TOKEN_VALUE.test(value) ? REDACTED : clip(value)
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Date) return value.toISOString()
  if (value instanceof Uint8Array) return secret ? REDACTED : `(${value.byteLength} bytes)`
  if (depth >= MAX_DEPTH) return '(nested too deep)'
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => walk(item, secret, depth + 1, harmless))
    if (value.length > MAX_ITEMS) items.push(`(${value.length - MAX_ITEMS} more)`)
    return items
  }
  if (typeof value === 'object') {
    // No prototype, so a `__proto__` key in a request stays a plain key.
    const out = Object.create(null) as Record<string, AuditValue>
    for (const [key, item] of Object.entries(value)) {
      if (item === undefined) continue
      // Attribute lists carry their names and values side by side: judge the value by its name.
      const named =
        typeof (value as { Name?: unknown }).Name === 'string' &&
        key === 'Value' &&
        isSecretKey((value as { Name: string }).Name)
      // Under a harmless key (TokenValidityUnits), child names like AccessToken name no secret.
      const inert = harmless || HARMLESS_KEY.test(key)
      out[key] = walk(item, secret || named || (!inert && isSecretKey(key)), depth + 1, inert)
    }
    return out
  }
  return String(value)
}

/**
 * A copy of a request fit for the audit log: every secret replaced by `[redacted]`, long strings and
 * arrays clipped, and nothing that is not plain JSON.
 */
export function redact(value: unknown): AuditValue {
  return walk(value, false, 0)
}
