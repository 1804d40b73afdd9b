import { z } from 'zod'
import type { AttributeSpec, PoolUserSchema } from './contract/users'
import { E164_PATTERN } from './schemas'

/**
 * What is wrong with an attribute value, as a code with parameters: main words it in English for its
 * errors, the renderer in the person's language. Building codes rather than sentences keeps checking
 * 50,000 rows of an import file well under a second.
 */
export type AttributeProblemCode =
  | 'unknownAttribute'
  | 'systemAttribute'
  | 'immutable'
  | 'required'
  | 'tooLong'
  | 'tooShort'
  | 'email'
  | 'phone'
  | 'birthdate'
  | 'boolean'
  | 'number'
  | 'numberMin'
  | 'numberMax'
  | 'dateTime'

export interface AttributeProblem {
  code: AttributeProblemCode
  attribute: string
  /** The bound broken: `max` for tooLong/numberMax, `min` for tooShort/numberMin. */
  limit?: number
}

/** Cognito refuses a standard attribute value over 2,048 characters; custom ones follow their schema. */
export const STANDARD_ATTRIBUTE_MAX_LENGTH = 2_048

/** The patterns of `emailSchema` and `e164Schema`, tested without building a refusal object. */
const EMAIL = z.regexes.email
const E164 = E164_PATTERN
const BIRTHDATE = /^(\d{4}|0000)-\d{2}-\d{2}$/
const NUMBER = /^-?\d+(\.\d+)?$/
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/

function valueProblem(spec: AttributeSpec, value: string): AttributeProblem | null {
  const attribute = spec.name
  // Checked first, and even where an endpoint (moto) does not enforce it.
  const max = spec.maxLength ?? (spec.custom ? undefined : STANDARD_ATTRIBUTE_MAX_LENGTH)
  if (max !== undefined && value.length > max) return { code: 'tooLong', attribute, limit: max }
  if (attribute === 'phone_number') return E164.test(value) ? null : { code: 'phone', attribute }
  if (attribute === 'email')
    return value.includes('@') && EMAIL.test(value) ? null : { code: 'email', attribute }
  if (attribute === 'birthdate' && !BIRTHDATE.test(value)) return { code: 'birthdate', attribute }
  switch (spec.dataType) {
    case 'Boolean':
      return value === 'true' || value === 'false' ? null : { code: 'boolean', attribute }
    case 'Number': {
      if (!NUMBER.test(value)) return { code: 'number', attribute }
      const n = Number(value)
      if (spec.minValue !== undefined && n < spec.minValue)
        return { code: 'numberMin', attribute, limit: spec.minValue }
      if (spec.maxValue !== undefined && n > spec.maxValue)
        return { code: 'numberMax', attribute, limit: spec.maxValue }
      return null
    }
    case 'DateTime': {
      const shaped = DATE_ONLY.test(value) || DATE_TIME.test(value)
      return shaped && !Number.isNaN(Date.parse(value)) ? null : { code: 'dateTime', attribute }
    }
    default:
      return spec.minLength !== undefined && value.length < spec.minLength
        ? { code: 'tooShort', attribute, limit: spec.minLength }
        : null
  }
}

/**
 * Checks attribute values against the pool schema: unknown, system and (on update) immutable attributes,
 * formats (E.164, email, dates, numbers, booleans) and length / value bounds. With `create`, also
 * required attributes. `specs` may be passed in when many rows are checked against one schema.
 */
export function attributeRuleProblems(
  schema: PoolUserSchema,
  values: Record<string, string>,
  mode: 'create' | 'update',
  specs: ReadonlyMap<string, AttributeSpec> = new Map(schema.attributes.map((a) => [a.name, a]))
): AttributeProblem[] {
  const problems: AttributeProblem[] = []
  for (const [attribute, value] of Object.entries(values)) {
    const spec = specs.get(attribute)
    if (!spec) problems.push({ code: 'unknownAttribute', attribute })
    else if (!spec.writable) problems.push({ code: 'systemAttribute', attribute })
    else if (mode === 'update' && !spec.mutable) problems.push({ code: 'immutable', attribute })
    else if (value !== '' || mode === 'update') {
      const problem = valueProblem(spec, value)
      if (problem) problems.push(problem)
    }
  }
  if (mode === 'create') {
    for (const spec of schema.attributes) {
      if (spec.required && spec.writable && !values[spec.name])
        problems.push({ code: 'required', attribute: spec.name })
    }
  }
  return problems
}
