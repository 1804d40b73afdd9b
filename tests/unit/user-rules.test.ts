import { describe, expect, it } from 'vitest'
import type { AttributeSpec, PasswordPolicy, PoolUserSchema } from '@shared/contract/users'
import {
  attributeProblems,
  checkAttribute,
  passwordProblems,
  type AttributeProblemCode,
  type PasswordRule
} from '@shared/user-rules'

/** The one set of rules the form, the CSV import, the bulk dry run and main all run. */
const spec = (patch: Partial<AttributeSpec> & { name: string }): AttributeSpec => ({
  dataType: 'String',
  required: false,
  mutable: true,
  custom: patch.name.startsWith('custom:'),
  writable: true,
  ...patch
})

const SPECS: Record<string, AttributeSpec> = {
  email: spec({ name: 'email' }),
  phone_number: spec({ name: 'phone_number' }),
  birthdate: spec({ name: 'birthdate' }),
  email_verified: spec({ name: 'email_verified', dataType: 'Boolean' }),
  updated_at: spec({ name: 'updated_at', dataType: 'Number' }),
  sub: spec({ name: 'sub', writable: false, mutable: false }),
  'custom:seats': spec({ name: 'custom:seats', dataType: 'Number', minValue: 0, maxValue: 1000 }),
  'custom:badge': spec({ name: 'custom:badge', mutable: false }),
  'custom:since': spec({ name: 'custom:since', dataType: 'DateTime' }),
  'custom:code': spec({ name: 'custom:code', minLength: 2, maxLength: 4 }),
  given_name: spec({ name: 'given_name', required: true })
}

type Case = [
  name: string,
  value: string,
  mode: 'create' | 'update',
  code: AttributeProblemCode | null,
  params?: object
]

const CASES: Case[] = [
  ['email', 'carol@example.com', 'update', null],
  ['email', 'carol@', 'update', 'email'],
  ['phone_number', '+819012345678', 'update', null],
  ['phone_number', '090-1234-5678', 'update', 'phone'],
  ['phone_number', '+0123', 'update', 'phone'],
  ['birthdate', '1990-02-28', 'update', null],
  ['birthdate', '0000-02-29', 'update', null],
  ['birthdate', '1990-02-30', 'update', 'birthdate'],
  ['birthdate', '1990-13-01', 'update', 'birthdate'],
  ['birthdate', '1991-02-29', 'update', 'birthdate'],
  ['email', `${'a'.repeat(2040)}@example.com`, 'update', 'tooLong', { max: 2048 }],
  ['birthdate', '90-02-01', 'update', 'birthdate'],
  ['email_verified', 'true', 'update', null],
  ['email_verified', 'yes', 'update', 'boolean'],
  ['updated_at', '1700000000', 'update', null],
  ['custom:seats', '42', 'update', null],
  ['custom:seats', '-0', 'update', null],
  ['custom:seats', '4.5', 'update', 'number'],
  ['custom:seats', 'three', 'update', 'number'],
  ['custom:seats', '-1', 'update', 'numberMin', { min: 0 }],
  ['custom:seats', '1001', 'update', 'numberMax', { max: 1000 }],
  ['custom:since', '2024-05-01', 'update', null],
  ['custom:since', '2024-05-01T10:00:00Z', 'update', null],
  ['custom:since', 'May 1, 2024', 'update', 'dateTime'],
  ['custom:since', '2024-02-30', 'update', 'dateTime'],
  ['custom:code', 'ab', 'update', null],
  ['custom:code', 'a', 'update', 'tooShort', { min: 2 }],
  ['custom:code', 'abcde', 'update', 'tooLong', { max: 4 }],
  ['given_name', 'x'.repeat(2049), 'update', 'tooLong', { max: 2048 }],
  ['given_name', '', 'create', 'required'],
  ['email', '', 'create', null],
  ['sub', 'abc', 'update', 'system'],
  ['custom:badge', 'gold', 'create', null],
  ['custom:badge', 'gold', 'update', 'immutable'],
  ['custom:missing', 'x', 'update', 'unknown']
]

describe('attribute rules', () => {
  it.each(CASES)('%s = %j (%s) → %s', (name, value, mode, code, params = {}) => {
    const problem = checkAttribute(SPECS[name], name, value, mode)
    expect(problem).toEqual(code === null ? null : { name, code, params })
  })

  it('on create, lists a required attribute that was left out', () => {
    const schema = { attributes: Object.values(SPECS) } as PoolUserSchema
    expect(attributeProblems(schema, { email: 'carol@' }, 'create')).toEqual([
      { name: 'email', code: 'email', params: {} },
      { name: 'given_name', code: 'required', params: {} }
    ])
    expect(attributeProblems(schema, { given_name: 'Carol' }, 'create')).toEqual([])
  })
})

describe('password rules', () => {
  const strict: PasswordPolicy = {
    minimumLength: 10,
    requireUppercase: true,
    requireLowercase: true,
    requireNumbers: true,
    requireSymbols: true,
    temporaryPasswordValidityDays: 7
  }
  const lax: PasswordPolicy = {
    ...strict,
    requireUppercase: false,
    requireNumbers: false,
    requireSymbols: false
  }

  const PASSWORDS: [policy: PasswordPolicy, password: string, rules: PasswordRule[]][] = [
    [strict, 'Carol-Passw0rd!', []],
    [strict, 'short', ['length', 'uppercase', 'numbers', 'symbols']],
    [strict, 'carol-passw0rd', ['uppercase']],
    [strict, 'CAROL-PASSW0RD', ['lowercase']],
    [strict, 'Carol-Password', ['numbers']],
    [strict, 'CarolPassw0rd', ['symbols']],
    [strict, ' Carol-Passw0rd', ['spaces']],
    [strict, 'Carol-Passw0rd ', ['spaces']],
    [lax, 'correct horse battery', []],
    [lax, 'abc', ['length']]
  ]

  it.each(PASSWORDS)('%# %j breaks %j', (policy, password, rules) => {
    expect(passwordProblems(policy, password)).toEqual(rules)
  })
})
