import { randomInt } from 'node:crypto'
import type {
  CognitoIdentityProviderClient,
  SchemaAttributeType
} from '@aws-sdk/client-cognito-identity-provider'
import type { AttributeDataType, AttributeSpec, PasswordPolicy, PoolUserSchema } from '@shared/contract/users'
import { AppError } from '@shared/errors'
import { e164Schema, emailSchema } from '@shared/schemas'
import { describeUserPool } from './pools'

/** Attributes Cognito maintains itself: shown, never written by an admin. */
const SYSTEM_ATTRIBUTES = new Set(['sub', 'identities', 'cognito:mfa_enabled', 'cognito:user_status'])

function attributeSpec(a: SchemaAttributeType): AttributeSpec {
  const name = a.Name ?? ''
  const spec: AttributeSpec = {
    name,
    dataType: (a.AttributeDataType ?? 'String') as AttributeDataType,
    required: a.Required ?? false,
    mutable: a.Mutable ?? true,
    custom: name.startsWith('custom:') || name.startsWith('dev:'),
    writable: !SYSTEM_ATTRIBUTES.has(name) && !(a.DeveloperOnlyAttribute ?? false)
  }
  const num = (v: string | undefined) => (v !== undefined && v !== '' ? Number(v) : undefined)
  const bounds = {
    minLength: num(a.StringAttributeConstraints?.MinLength),
    maxLength: num(a.StringAttributeConstraints?.MaxLength),
    minValue: num(a.NumberAttributeConstraints?.MinValue),
    maxValue: num(a.NumberAttributeConstraints?.MaxValue)
  }
  for (const [key, value] of Object.entries(bounds) as [keyof typeof bounds, number | undefined][]) {
    if (value !== undefined && Number.isFinite(value)) spec[key] = value
  }
  return spec
}

/** Cognito's standard attributes, every pool has them (name → type). */
const STANDARD_ATTRIBUTES: Record<string, AttributeDataType> = {
  sub: 'String',
  name: 'String',
  given_name: 'String',
  family_name: 'String',
  middle_name: 'String',
  nickname: 'String',
  preferred_username: 'String',
  profile: 'String',
  picture: 'String',
  website: 'String',
  email: 'String',
  email_verified: 'Boolean',
  gender: 'String',
  birthdate: 'String',
  zoneinfo: 'String',
  locale: 'String',
  phone_number: 'String',
  phone_number_verified: 'Boolean',
  address: 'String',
  updated_at: 'Number'
}

/**
 * The pool's attributes with every standard attribute present: Cognito always lists them, but some
 * emulators (moto, when a pool has custom attributes) list only the custom ones.
 */
function withStandardAttributes(specs: AttributeSpec[]): AttributeSpec[] {
  const names = new Set(specs.map((s) => s.name))
  const missing = Object.entries(STANDARD_ATTRIBUTES)
    .filter(([name]) => !names.has(name))
    .map(([name, dataType]): AttributeSpec => ({
      name,
      dataType,
      required: false,
      mutable: name !== 'sub',
      custom: false,
      writable: !SYSTEM_ATTRIBUTES.has(name)
    }))
  return [...missing, ...specs]
}

/** What forms and validation need from DescribeUserPool. */
export async function describeUserSchema(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<PoolUserSchema> {
  const pool = await describeUserPool(idp, poolId)
  const p = pool.Policies?.PasswordPolicy
  return {
    poolId,
    poolName: pool.Name ?? '',
    attributes: withStandardAttributes((pool.SchemaAttributes ?? []).map(attributeSpec)),
    passwordPolicy: {
      minimumLength: p?.MinimumLength ?? 8,
      requireUppercase: p?.RequireUppercase ?? false,
      requireLowercase: p?.RequireLowercase ?? false,
      requireNumbers: p?.RequireNumbers ?? false,
      requireSymbols: p?.RequireSymbols ?? false,
      temporaryPasswordValidityDays: p?.TemporaryPasswordValidityDays ?? 7
    },
    usernameAttributes: pool.UsernameAttributes ?? [],
    aliasAttributes: pool.AliasAttributes ?? [],
    autoVerifiedAttributes: pool.AutoVerifiedAttributes ?? [],
    mfaConfiguration: (pool.MfaConfiguration ?? 'OFF') as PoolUserSchema['mfaConfiguration'],
    estimatedUsers: pool.EstimatedNumberOfUsers ?? 0
  }
}

/** Cognito's symbol set for passwords. */
const SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const LOWER = 'abcdefghijkmnopqrstuvwxyz'
const DIGITS = '23456789'

/** Every rule of the policy the password breaks, each as a sentence naming the rule. */
export function passwordProblems(policy: PasswordPolicy, password: string): string[] {
  const problems: string[] = []
  if (password.length < policy.minimumLength)
    problems.push(`The pool's policy requires at least ${policy.minimumLength} characters.`)
  if (policy.requireUppercase && !/[A-Z]/.test(password))
    problems.push("The pool's policy requires an uppercase letter.")
  if (policy.requireLowercase && !/[a-z]/.test(password))
    problems.push("The pool's policy requires a lowercase letter.")
  if (policy.requireNumbers && !/\d/.test(password)) problems.push("The pool's policy requires a number.")
  if (policy.requireSymbols && ![...password].some((c) => SYMBOLS.includes(c)))
    problems.push("The pool's policy requires a symbol, such as ! @ # $ % ^ & *.")
  if (/^\s|\s$/.test(password)) problems.push('A password cannot start or end with a space.')
  return problems
}

export function assertPasswordFits(policy: PasswordPolicy, password: string): void {
  const problems = passwordProblems(policy, password)
  if (problems.length > 0) {
    throw new AppError(
      'INVALID_PASSWORD',
      `The password does not meet the pool's password policy: ${problems.join(' ')}`,
      {
        hint: 'Choose a password that satisfies every rule, or generate one.',
        name: 'InvalidPasswordException',
        detail: problems.join(' ')
      }
    )
  }
}

/** A random password with every character kind, at least 16 characters or the policy's minimum. */
export function generatePassword(policy: PasswordPolicy): string {
  const pick = (set: string) => set[randomInt(set.length)] ?? ''
  const all = UPPER + LOWER + DIGITS + '!@#%&*-_+='
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick('!@#%&*-_+=')]
  while (chars.length < Math.max(16, policy.minimumLength)) chars.push(pick(all))
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? '']
  }
  return chars.join('')
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

/** Cognito refuses a standard attribute value over 2,048 characters; custom ones follow their schema. */
const STANDARD_ATTRIBUTE_MAX_LENGTH = 2_048

function validateValue(spec: AttributeSpec, value: string): string[] {
  const name = spec.name
  // Checked first, and even where an endpoint (moto) does not enforce it.
  const maxLength = spec.maxLength ?? (name.startsWith('custom:') ? undefined : STANDARD_ATTRIBUTE_MAX_LENGTH)
  if (maxLength !== undefined && value.length > maxLength)
    return [`${name}: at most ${maxLength} characters are allowed.`]
  if (name === 'phone_number') {
    const r = e164Schema.safeParse(value)
    return r.success ? [] : [`${name}: ${r.error.issues[0]?.message ?? 'invalid phone number'}`]
  }
  if (name === 'email') {
    const r = emailSchema.safeParse(value)
    return r.success ? [] : [`${name}: ${r.error.issues[0]?.message ?? 'invalid email'}`]
  }
  if (name === 'birthdate' && !/^(\d{4}|0000)-\d{2}-\d{2}$/.test(value))
    return [`${name}: a birthdate is written YYYY-MM-DD, e.g. 1990-04-01.`]
  switch (spec.dataType) {
    case 'Boolean':
      return value === 'true' || value === 'false' ? [] : [`${name}: write true or false.`]
    case 'Number': {
      if (!/^-?\d+(\.\d+)?$/.test(value)) return [`${name}: a number is expected, e.g. 42.`]
      const n = Number(value)
      if (spec.minValue !== undefined && n < spec.minValue)
        return [`${name}: the smallest allowed value is ${spec.minValue}.`]
      if (spec.maxValue !== undefined && n > spec.maxValue)
        return [`${name}: the largest allowed value is ${spec.maxValue}.`]
      return []
    }
    case 'DateTime': {
      const m = DATE_ONLY.exec(value)
      const valid = m
        ? !Number.isNaN(Date.parse(value))
        : /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value))
      return valid ? [] : [`${name}: a date is written YYYY-MM-DD or as an ISO 8601 date-time.`]
    }
    default: {
      if (spec.minLength !== undefined && value.length < spec.minLength)
        return [`${name}: at least ${spec.minLength} characters are needed.`]
      return []
    }
  }
}

/**
 * Checks attribute values against the pool schema: unknown, system and (on update) immutable attributes,
 * formats (E.164, email, dates, numbers, booleans) and length / value bounds. With `creating`, also
 * required attributes. Returns one sentence per problem, naming the attribute.
 */
export function attributeProblems(
  schema: PoolUserSchema,
  values: Record<string, string>,
  mode: 'create' | 'update'
): string[] {
  const specs = new Map(schema.attributes.map((a) => [a.name, a]))
  const problems: string[] = []
  for (const [name, value] of Object.entries(values)) {
    const spec = specs.get(name)
    if (!spec) {
      problems.push(`${name}: this pool has no such attribute (custom attributes are named custom:…).`)
      continue
    }
    if (!spec.writable) problems.push(`${name}: Cognito maintains this attribute; it cannot be written.`)
    else if (mode === 'update' && !spec.mutable)
      problems.push(`${name}: this attribute is immutable; it can only be set when the user is created.`)
    else if (value !== '' || mode === 'update') problems.push(...validateValue(spec, value))
  }
  if (mode === 'create') {
    for (const spec of schema.attributes) {
      if (spec.required && spec.writable && !values[spec.name])
        problems.push(`${spec.name}: this pool requires it for every user.`)
    }
  }
  return problems
}

export function assertAttributes(
  schema: PoolUserSchema,
  values: Record<string, string>,
  mode: 'create' | 'update'
): void {
  const problems = attributeProblems(schema, values, mode)
  if (problems.length > 0) {
    throw new AppError('INVALID_PARAMETER', `Some attribute values are not valid: ${problems.join(' ')}`, {
      hint: 'Correct the attributes named and try again.',
      detail: problems.join('\n')
    })
  }
}
