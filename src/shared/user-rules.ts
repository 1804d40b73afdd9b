import type { AttributeSpec, PasswordPolicy, PoolUserSchema } from './contract/users'
import { e164Schema, emailSchema } from './schemas'

/**
 * The checks a user's attribute values and passwords pass before any write: one set of rules for the
 * create form, the attribute editor, the CSV import, the bulk set-attribute dry run and main, which
 * enforces them. Each problem is a reason code with parameters; the renderer words it in en and ja,
 * main in English.
 */

export type AttributeProblemCode =
  | 'unknown'
  | 'system'
  | 'immutable'
  | 'required'
  | 'email'
  | 'phone'
  | 'birthdate'
  | 'dateTime'
  | 'boolean'
  | 'number'
  | 'numberMin'
  | 'numberMax'
  | 'tooShort'
  | 'tooLong'

export interface AttributeProblem {
  /** The attribute the problem is about. */
  name: string
  code: AttributeProblemCode
  params: Record<string, number>
}

/** Cognito's limit on any attribute value: standard ones at most this, custom ones by their schema. */
const MAX_ATTRIBUTE_LENGTH = 2048

/** OpenID Connect's birthdate: YYYY-MM-DD, with 0000 as the year when it is withheld. */
const BIRTHDATE = /^(\d{4})-(\d{2})-(\d{2})$/

function realDay(month: number, day: number, year: number): boolean {
  // A withheld year (0000) still allows 29 February.
  const date = new Date(Date.UTC(year === 0 ? 2000 : year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function validBirthdate(value: string): boolean {
  const m = BIRTHDATE.exec(value)
  return !!m && realDay(Number(m[2]), Number(m[3]), Number(m[1]))
}

/** A DateTime attribute: a date (YYYY-MM-DD) or an ISO 8601 date-time. */
function validDateTime(value: string): boolean {
  const m = BIRTHDATE.exec(value)
  if (m) return Number(m[1]) > 0 && realDay(Number(m[2]), Number(m[3]), Number(m[1]))
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value))
}

type ValueProblem = Omit<AttributeProblem, 'name'>
const problem = (code: AttributeProblemCode, params: Record<string, number> = {}): ValueProblem => ({
  code,
  params
})

/** What is wrong with one non-empty value of an attribute, by its format and the pool's bounds. */
function checkValue(spec: AttributeSpec, value: string): ValueProblem | null {
  // Checked first, and even where an endpoint (moto) does not enforce it.
  const max = Math.min(spec.maxLength ?? MAX_ATTRIBUTE_LENGTH, MAX_ATTRIBUTE_LENGTH)
  if (value.length > max) return problem('tooLong', { max })
  if (spec.name === 'email') return emailSchema.safeParse(value).success ? null : problem('email')
  if (spec.name === 'phone_number') return e164Schema.safeParse(value).success ? null : problem('phone')
  if (spec.name === 'birthdate') return validBirthdate(value) ? null : problem('birthdate')
  switch (spec.dataType) {
    case 'Boolean':
      return value === 'true' || value === 'false' ? null : problem('boolean')
    case 'Number': {
      // Cognito's Number attributes hold whole numbers.
      if (!/^-?\d+$/.test(value)) return problem('number')
      const n = Number(value)
      if (spec.minValue !== undefined && n < spec.minValue)
        return problem('numberMin', { min: spec.minValue })
      if (spec.maxValue !== undefined && n > spec.maxValue)
        return problem('numberMax', { max: spec.maxValue })
      return null
    }
    case 'DateTime':
      return validDateTime(value) ? null : problem('dateTime')
    default: {
      return spec.minLength !== undefined && value.length < spec.minLength
        ? problem('tooShort', { min: spec.minLength })
        : null
    }
  }
}

/**
 * What is wrong with one attribute as typed: unknown, maintained by Cognito, immutable (on update),
 * required and empty, or a value of the wrong form. An empty optional value on create means "not set".
 */
export function checkAttribute(
  spec: AttributeSpec | undefined,
  name: string,
  value: string,
  mode: 'create' | 'update'
): AttributeProblem | null {
  const found = ((): ValueProblem | null => {
    if (!spec) return problem('unknown')
    if (!spec.writable) return problem('system')
    if (mode === 'update' && !spec.mutable) return problem('immutable')
    if (value === '') return spec.required ? problem('required') : null
    return checkValue(spec, value)
  })()
  return found ? { name, ...found } : null
}

/**
 * Every problem of a set of attribute values against the pool schema; on create, required ones too.
 * `specs` (the schema by name) may be passed in when many rows are checked against one schema.
 */
export function attributeProblems(
  schema: PoolUserSchema,
  values: Record<string, string>,
  mode: 'create' | 'update',
  specs: ReadonlyMap<string, AttributeSpec> = new Map(schema.attributes.map((a) => [a.name, a]))
): AttributeProblem[] {
  const problems: AttributeProblem[] = []
  for (const [name, value] of Object.entries(values)) {
    const p = checkAttribute(specs.get(name), name, value, mode)
    if (p) problems.push(p)
  }
  if (mode === 'create') {
    for (const spec of schema.attributes) {
      if (spec.required && spec.writable && !(spec.name in values))
        problems.push({ name: spec.name, code: 'required', params: {} })
    }
  }
  return problems
}

export type PasswordRule = 'length' | 'uppercase' | 'lowercase' | 'numbers' | 'symbols' | 'spaces'

/** Cognito's symbol set for passwords. */
const PASSWORD_SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'

/** The rules of the pool's policy a password breaks (empty when it satisfies them). */
export function passwordProblems(policy: PasswordPolicy, password: string): PasswordRule[] {
  const rules: PasswordRule[] = []
  if (password.length < policy.minimumLength) rules.push('length')
  if (policy.requireUppercase && !/[A-Z]/.test(password)) rules.push('uppercase')
  if (policy.requireLowercase && !/[a-z]/.test(password)) rules.push('lowercase')
  if (policy.requireNumbers && !/\d/.test(password)) rules.push('numbers')
  if (policy.requireSymbols && ![...password].some((c) => PASSWORD_SYMBOLS.includes(c))) rules.push('symbols')
  // Cognito refuses a password that starts or ends with a space.
  if (/^\s|\s$/.test(password)) rules.push('spaces')
  return rules
}
