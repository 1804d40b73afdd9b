import type { AttributeSpec, PasswordPolicy } from '@shared/contract/users'
import { e164Schema, emailSchema } from '@shared/schemas'

/**
 * Checks made as the person types, before any call: each returns an i18n key (under `users.invalid`)
 * with its parameters, or null. Main checks again against the pool schema; these only save a round trip.
 */
export interface Problem {
  key: 'required' | 'email' | 'phone' | 'date' | 'number' | 'numberRange' | 'boolean' | 'tooShort' | 'tooLong'
  params?: Record<string, string | number>
}

const BOOLEAN_ATTRIBUTES = new Set(['email_verified', 'phone_number_verified'])
const DATE = /^\d{4}-\d{2}-\d{2}$/

function validDate(value: string): boolean {
  if (!DATE.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

export function checkAttribute(spec: AttributeSpec | undefined, name: string, value: string): Problem | null {
  if (value === '') return spec?.required ? { key: 'required' } : null
  if (name === 'email' && !emailSchema.safeParse(value).success) return { key: 'email' }
  if (name === 'phone_number' && !e164Schema.safeParse(value).success) return { key: 'phone' }
  if (name === 'birthdate' && !validDate(value)) return { key: 'date' }
  if (BOOLEAN_ATTRIBUTES.has(name) || spec?.dataType === 'Boolean') {
    return value === 'true' || value === 'false' ? null : { key: 'boolean' }
  }
  if (name === 'updated_at' || spec?.dataType === 'Number') {
    if (!/^-?\d+$/.test(value)) return { key: 'number' }
    const n = Number(value)
    if (
      (spec?.minValue !== undefined && n < spec.minValue) ||
      (spec?.maxValue !== undefined && n > spec.maxValue)
    )
      return { key: 'numberRange', params: { min: spec?.minValue ?? '', max: spec?.maxValue ?? '' } }
    return null
  }
  if (spec?.dataType === 'DateTime' && Number.isNaN(new Date(value).getTime())) return { key: 'date' }
  if (spec?.minLength !== undefined && value.length < spec.minLength)
    return { key: 'tooShort', params: { min: spec.minLength } }
  if (value.length > (spec?.maxLength ?? 2048))
    return { key: 'tooLong', params: { max: spec?.maxLength ?? 2048 } }
  return null
}

export type PasswordRule = 'length' | 'uppercase' | 'lowercase' | 'numbers' | 'symbols'

/** The policy rules a password breaks (empty when it satisfies the pool's policy). */
export function passwordProblems(policy: PasswordPolicy, password: string): PasswordRule[] {
  const problems: PasswordRule[] = []
  if (password.length < policy.minimumLength) problems.push('length')
  if (policy.requireUppercase && !/[A-Z]/.test(password)) problems.push('uppercase')
  if (policy.requireLowercase && !/[a-z]/.test(password)) problems.push('lowercase')
  if (policy.requireNumbers && !/\d/.test(password)) problems.push('numbers')
  if (policy.requireSymbols && !/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/.test(password))
    problems.push('symbols')
  return problems
}
