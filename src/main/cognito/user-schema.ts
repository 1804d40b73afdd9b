import { randomInt } from 'node:crypto'
import type {
  CognitoIdentityProviderClient,
  SchemaAttributeType
} from '@aws-sdk/client-cognito-identity-provider'
import type { AttributeDataType, AttributeSpec, PasswordPolicy, PoolUserSchema } from '@shared/contract/users'
import { AppError } from '@shared/errors'
import {
  attributeProblems,
  passwordProblems,
  type AttributeProblem,
  type AttributeProblemCode,
  type PasswordRule
} from '@shared/user-rules'
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

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const LOWER = 'abcdefghijkmnopqrstuvwxyz'
const DIGITS = '23456789'

const PASSWORD_RULE_TEXT: Record<PasswordRule, (policy: PasswordPolicy) => string> = {
  length: (p) => `The pool's policy requires at least ${p.minimumLength} characters.`,
  uppercase: () => "The pool's policy requires an uppercase letter.",
  lowercase: () => "The pool's policy requires a lowercase letter.",
  numbers: () => "The pool's policy requires a number.",
  symbols: () => "The pool's policy requires a symbol, such as ! @ # $ % ^ & *.",
  spaces: () => 'A password cannot start or end with a space.'
}

export function assertPasswordFits(policy: PasswordPolicy, password: string): void {
  const problems = passwordProblems(policy, password).map((rule) => PASSWORD_RULE_TEXT[rule](policy))
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

const ATTRIBUTE_PROBLEM_TEXT: Record<AttributeProblemCode, (params: Record<string, number>) => string> = {
  unknown: () => 'this pool has no such attribute (custom attributes are named custom:…).',
  system: () => 'Cognito maintains this attribute; it cannot be written.',
  immutable: () => 'this attribute is immutable; it can only be set when the user is created.',
  required: () => 'this pool requires it for every user.',
  email: () => 'an email address looks like name@example.com.',
  phone: () => 'a phone number must be in E.164 form: + and country code, e.g. +819012345678.',
  birthdate: () => 'a birthdate is written YYYY-MM-DD, e.g. 1990-04-01.',
  dateTime: () => 'a date is written YYYY-MM-DD or as an ISO 8601 date-time.',
  boolean: () => 'write true or false.',
  number: () => 'a whole number is expected, e.g. 42.',
  numberMin: (p) => `the smallest allowed value is ${p.min}.`,
  numberMax: (p) => `the largest allowed value is ${p.max}.`,
  tooShort: (p) => `at least ${p.min} characters are needed.`,
  tooLong: (p) => `at most ${p.max} characters are allowed.`
}

/** One attribute problem as an English sentence naming the attribute (main's errors and reports). */
function attributeProblemText(problem: AttributeProblem): string {
  return `${problem.name}: ${ATTRIBUTE_PROBLEM_TEXT[problem.code](problem.params)}`
}

export function assertAttributes(
  schema: PoolUserSchema,
  values: Record<string, string>,
  mode: 'create' | 'update'
): void {
  const problems = attributeProblems(schema, values, mode).map(attributeProblemText)
  if (problems.length > 0) {
    throw new AppError('INVALID_PARAMETER', `Some attribute values are not valid: ${problems.join(' ')}`, {
      hint: 'Correct the attributes named and try again.',
      detail: problems.join('\n')
    })
  }
}
