import { z } from 'zod'
import { ENDPOINT_URL_MESSAGES, endpointUrlProblem } from './endpoint-url'

/**
 * Field schemas shared by every domain. Each refusal says what a valid value looks like, since the
 * message reaches the person who typed it.
 */

/** A bounded string: every string that crosses IPC has a ceiling. */
export const text = (max: number, min = 0) => z.string().min(min).max(max)

export const regionSchema = z
  .string()
  .regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'A region looks like us-east-1 or ap-northeast-1.')

export const userPoolIdSchema = z
  .string()
  .max(55)
  .regex(
    /^[\w-]+_[0-9a-zA-Z]+$/,
    'A user pool ID looks like ap-northeast-1_AbCdEf123 (region, underscore, id).'
  )

export const clientIdSchema = z
  .string()
  .max(128)
  .regex(/^[\w+]+$/, 'An app client ID is letters and digits, e.g. 1example23456789.')

export const identityPoolIdSchema = z
  .string()
  .max(55)
  .regex(
    /^[\w-]+:[0-9a-f-]+$/,
    'An identity pool ID looks like ap-northeast-1:0000aaaa-1111-bbbb-2222-cccc3333dddd.'
  )

/** Cognito usernames: up to 128 characters of letters, marks, numbers, symbols and punctuation. */
export const usernameSchema = z
  .string()
  .min(1, 'A username is required.')
  .max(128, 'A username is at most 128 characters.')
  .regex(/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, 'A username cannot contain spaces or control characters.')

export const groupNameSchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u, 'A group name cannot contain spaces or control characters.')

/** Pagination token as Cognito returns it (opaque). */
/** A Cognito device key: the region, an underscore and the device's id. */
export const deviceKeySchema = z
  .string()
  .min(1)
  .max(55)
  .regex(/^[\w-]+_[0-9a-f-]+$/, 'A device key looks like us-east-1_0a1b2c3d-….')

export const nextTokenSchema = z.string().max(131072).optional()

/** E.164: a plus sign, country code and number, up to 15 digits. */
export const e164Schema = z
  .string()
  .regex(/^\+[1-9]\d{1,14}$/, 'A phone number must be in E.164 form: + and country code, e.g. +819012345678.')

export const emailSchema = z.string().max(2048).email('An email address looks like name@example.com.')

export const iamRoleArnSchema = z
  .string()
  .max(2048)
  .regex(
    /^arn:aws[\w-]*:iam::\d{12}:role\/[\w+=,.@\-/]{1,512}$/,
    'A role ARN looks like arn:aws:iam::123456789012:role/MyRole.'
  )

/** A connection's custom endpoint: https, or http on this machine only (see endpoint-url.ts). */
export const endpointUrlSchema = z
  .string()
  .max(2048)
  .superRefine((value, ctx) => {
    const problem = endpointUrlProblem(value)
    if (problem)
      ctx.addIssue({ code: 'custom', message: ENDPOINT_URL_MESSAGES[problem], params: { problem } })
  })

/**
 * A map with at most `max` keys. The limit is also written into the JSON schema the settings file is
 * checked with, so a crafted write (200,000 keys once made a 7.5 MB settings.json) cannot persist.
 */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(
  key: K,
  value: V,
  max: number
) {
  const record = z.record(key, value)
  // The JSON schema of the map itself, for the settings file and the surface snapshot.
  const { $schema: _, ...shape } = z.toJSONSchema(record, { target: 'draft-7', io: 'input' })
  // Counted before the keys are parsed, stopping at the limit: parsing 200,000 keys takes seconds.
  return z
    .custom<z.input<typeof record>>((r) => !hasMoreKeys(r, max), `At most ${max} entries are kept.`)
    .pipe(record)
    .meta({ ...shape, maxProperties: max })
}

function hasMoreKeys(value: unknown, max: number): boolean {
  if (typeof value !== 'object' || value === null) return false
  let n = 0
  for (const key in value) if (Object.hasOwn(value, key) && ++n > max) return true
  return false
}

/** Keeps the `max` most recently written keys of a map (insertion order: a rewritten key moves last). */
export function keepNewest<T>(
  record: Record<string, T>,
  key: string,
  value: T,
  max: number
): Record<string, T> {
  const rest = Object.entries(record).filter(([k]) => k !== key)
  return Object.fromEntries([...rest.slice(Math.max(0, rest.length - max + 1)), [key, value]])
}

/** An OAuth scope: openid, email... or a custom RESOURCE_SERVER_IDENTIFIER/SCOPE_NAME. */
export const oauthScopeSchema = z
  .string()
  .max(256)
  .regex(
    /^[\x21\x23-\x5B\x5D-\x7E]+$/,
    'A scope is printable characters without spaces, e.g. api.example.com/read.'
  )

/** An object schema that refuses unknown keys (and with them `__proto__` / `constructor` smuggling). */
export const strict = z.strictObject

export const empty = z.strictObject({})
