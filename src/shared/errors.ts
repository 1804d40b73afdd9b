/** Error codes every failure is reduced to before it crosses the IPC boundary. */
export const ERROR_CODES = [
  'VALIDATION',
  'PAYLOAD_TOO_LARGE',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'READ_ONLY',
  'NO_CONNECTION',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'INVALID_PASSWORD',
  'INVALID_PARAMETER',
  'NOT_AUTHORIZED',
  'USER_NOT_CONFIRMED',
  'PASSWORD_RESET_REQUIRED',
  'CODE_MISMATCH',
  'EXPIRED_CODE',
  'THROTTLED',
  'LIMIT_EXCEEDED',
  'CONCURRENT_MODIFICATION',
  'PRECONDITION',
  'OPERATION_NOT_ENABLED',
  'CREDENTIALS_MISSING',
  'CREDENTIALS_EXPIRED',
  'SSO_LOGIN_REQUIRED',
  'ACCESS_DENIED',
  'NETWORK',
  'ENDPOINT',
  'TIMEOUT',
  'NOT_SUPPORTED',
  'UNSUPPORTED_OPERATION',
  'CANCELLED',
  'INTERNAL'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** The serialisable shape of a failure: no stack, no class, safe to show. */
export interface AppErrorShape {
  code: ErrorCode
  /** The underlying exception name (e.g. `UserNotFoundException`), or the code when there is none. */
  name: string
  /** A sentence a support person understands, in English; the renderer localises by `code`. */
  message: string
  /** What to do about it. */
  hint?: string
  /** Whether the same call may succeed if tried again later. */
  retryable?: boolean
  /** Values the localised message may interpolate (profile name, field, policy...). */
  params?: Record<string, string | number>
  /** The service's own words, when they add something. */
  detail?: string
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape }

/** An error a service throws on purpose: it crosses IPC as-is (code, message, hint). */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly hint: string | undefined
  readonly retryable: boolean
  readonly params: Record<string, string | number> | undefined
  readonly detail: string | undefined

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      hint?: string
      retryable?: boolean
      params?: Record<string, string | number>
      detail?: string
      name?: string
    } = {}
  ) {
    super(message)
    this.name = options.name ?? code
    this.code = code
    this.hint = options.hint
    this.retryable = options.retryable ?? false
    this.params = options.params
    this.detail = options.detail
  }

  toShape(): AppErrorShape {
    const shape: AppErrorShape = { code: this.code, name: this.name, message: this.message }
    if (this.hint !== undefined) shape.hint = this.hint
    if (this.retryable) shape.retryable = true
    if (this.params !== undefined) shape.params = this.params
    if (this.detail !== undefined) shape.detail = this.detail
    return shape
  }
}

/**
 * Main's refusal of settings that break shared rules: each problem as `code:param:...` in
 * `params.reasons`, so a test or log reads which rules and the form (which words them) is pointed to.
 */
export function rulesBroken(subject: string, problems: readonly { code: string }[]): AppError {
  const values = (p: object) =>
    Object.values(p)
      .slice(1)
      .flatMap((v: unknown) => (v && typeof v === 'object' ? Object.values(v) : [v]))
  const reasons = problems.map((p) => [p.code, ...values(p)].join(':')).join(', ')
  return new AppError('VALIDATION', `The ${subject} settings break these rules: ${reasons}.`, {
    hint: 'Correct them in the form, which explains each one.',
    params: { reasons }
  })
}
