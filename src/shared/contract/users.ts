import { z } from 'zod'
import { command, local, query } from './define'
import type { AppErrorShape } from '../errors'
import { notSeenDaysProblem } from '../last-seen'
import {
  deviceKeySchema,
  groupNameSchema,
  nextTokenSchema,
  strict,
  text,
  userPoolIdSchema,
  usernameSchema
} from '../schemas'

export const USER_STATUSES = [
  'UNCONFIRMED',
  'CONFIRMED',
  'ARCHIVED',
  'COMPROMISED',
  'UNKNOWN',
  'RESET_REQUIRED',
  'FORCE_CHANGE_PASSWORD',
  'EXTERNAL_PROVIDER'
] as const

/** One user as the table and the index hold it: flat, serialisable, attributes by name. */
export interface UserRow {
  username: string
  /** The immutable `sub` attribute. */
  sub: string
  status: string
  enabled: boolean
  /** ISO 8601. */
  created: string
  modified: string
  attributes: Record<string, string>
  /** Group names; present on index rows once the index has read group memberships. */
  groups?: string[]
  /** When the user was last seen; present on index rows once it was loaded (`lastSeen:load`). */
  lastSeen?: LastSeen
}

/** A user's last activity as the pool records it: its sessions where it tracks them, else its auth events. */
export interface LastSeen {
  /** ISO 8601 time of the newest session activity or successful auth event; absent when there is none. */
  at?: string
  source: 'sessions' | 'authEvents'
  /** When the console read it (ISO 8601). */
  checkedAt: string
}

/** The attributes ListUsers can filter on (one at a time, with `=` or `^=`). */
export const SEARCHABLE_ATTRIBUTES = [
  'username',
  'email',
  'phone_number',
  'name',
  'given_name',
  'family_name',
  'preferred_username',
  'cognito:user_status',
  'status',
  'sub'
] as const

export const serverFilterSchema = strict({
  attribute: z.enum(SEARCHABLE_ATTRIBUTES),
  operator: z.enum(['=', '^=']),
  value: text(256)
})

export type ServerFilter = z.infer<typeof serverFilterSchema>

export const listUsersRequest = strict({
  poolId: userPoolIdSchema,
  filter: serverFilterSchema.optional(),
  limit: z.number().int().min(1).max(60).optional(),
  nextToken: nextTokenSchema
})

export interface UsersPage {
  users: UserRow[]
  nextToken?: string
  /** The ListUsers filter string actually sent, shown to the person. */
  filter?: string
}

// ---------------------------------------------------------------------------------------------
// Pool index
//
// Decision: the index lives in its own thread, one per pool, which answers queries over it
// (`users:indexQuery`) with a window of the sorted result (`offset`, `limit` up to MAX_INDEX_WINDOW).
// The renderer asks only for the rows it shows (plus a margin) as it scrolls: it never holds a copy of
// the pool. The matching rules live in the pure module `src/shared/user-query.ts`.
// ---------------------------------------------------------------------------------------------

export const CONDITION_OPERATORS = [
  'contains',
  'startsWith',
  'endsWith',
  'equals',
  'notEquals',
  /** Compare as text, so ISO dates compare in time order (`created lessThan 2026-01-01`). */
  'lessThan',
  'atLeast',
  /** Whether the column has a value at all; these ignore `value`. */
  'present',
  'absent',
  /** Users whose last seen was loaded and is older than `value` days (never seen: since creation). */
  'notSeenForDays'
] as const

/** Operators that test only whether a value is there, so a condition with them needs no value. */
export const VALUELESS_OPERATORS: readonly (typeof CONDITION_OPERATORS)[number][] = ['present', 'absent']

/** A column name: a built-in column or an attribute name (custom attributes included). */
export const columnSchema = text(64, 1)

export const conditionSchema = strict({
  /** A built-in column (username, status...) or an attribute name, e.g. `custom:tenant`. */
  attribute: columnSchema,
  operator: z.enum(CONDITION_OPERATORS),
  value: text(2048),
  /** Case-sensitive match; off by default. */
  caseSensitive: z.boolean().optional()
}).superRefine((c, ctx) => {
  const problem = c.operator === 'notSeenForDays' ? notSeenDaysProblem(c.value) : null
  if (problem)
    ctx.addIssue({
      code: 'custom',
      path: ['value'],
      message: `“Not seen for” takes a whole number of days from ${problem.min} to ${problem.max}.`,
      params: { reason: problem.code }
    })
})

export const indexQuerySchema = strict({
  /** Free text: matches username, sub and every attribute value (case-insensitive contains). */
  text: text(256).optional(),
  /** `all` ANDs the conditions, `any` ORs them. */
  match: z.enum(['all', 'any']).optional(),
  conditions: z.array(conditionSchema).max(20).optional(),
  statuses: z.array(z.enum(USER_STATUSES)).max(USER_STATUSES.length).optional(),
  enabled: z.boolean().optional(),
  /** Users in at least one of these groups. */
  groups: z.array(groupNameSchema).max(100).optional(),
  sort: strict({ column: columnSchema, direction: z.enum(['asc', 'desc']) }).optional()
})

export type Condition = z.infer<typeof conditionSchema>
export type IndexQuery = z.infer<typeof indexQuerySchema>

export type IndexState = 'idle' | 'loading' | 'done' | 'cancelled' | 'failed'

/** Where a pool's index stands; also the payload of the `users:indexProgress` event. */
export interface IndexStatus {
  poolId: string
  state: IndexState
  /** Users held in the index. */
  indexed: number
  /** DescribeUserPool's EstimatedNumberOfUsers ("about M users"). */
  estimated: number
  partitions: { done: number; total: number }
  /** Throttled ListUsers calls that were backed off and retried. */
  throttled: number
  /** Partitions restarted because their pagination token expired. */
  restarts: number
  /** Whether group memberships are in the index (the group filter and column need them). */
  groupsLoaded: boolean
  startedAt?: string
  /** When the index was complete ("X s ago"). */
  finishedAt?: string
  elapsedMs: number
  /** The UserList rate the load ran at, per second. */
  ratePerSecond: number
  error?: AppErrorShape
}

export const indexStartRequest = strict({
  poolId: userPoolIdSchema,
  /** UserList requests per second for this connection (Cognito's default quota is 30; adjustable). */
  ratePerSecond: z.number().min(1).max(1000).optional(),
  /** Also read group memberships (ListGroups + ListUsersInGroup) for the group filter. */
  includeGroups: z.boolean().optional()
})

/** The most rows one `users:indexQuery` answer holds: a screenful with room to spare, never the pool. */
export const MAX_INDEX_WINDOW = 10_000

export const indexQueryRequest = strict({
  poolId: userPoolIdSchema,
  query: indexQuerySchema,
  offset: z.number().int().min(0).optional(),
  /** Rows to return from `offset` (default 200). */
  limit: z.number().int().min(0).max(MAX_INDEX_WINDOW).optional()
})

export interface IndexQueryResult {
  /** Matching users in the whole index. */
  total: number
  offset: number
  rows: UserRow[]
  /** Attribute names seen in the index, for the column chooser and the condition builder. */
  attributeNames: string[]
  /** The index's version: it changes whenever a row does, so windows of different versions never mix. */
  version: number
  status: IndexStatus
  /** Time the index thread spent filtering and sorting, ms. */
  tookMs: number
}

// ---------------------------------------------------------------------------------------------
// Pool schema, user detail and single actions
// ---------------------------------------------------------------------------------------------

export type AttributeDataType = 'String' | 'Number' | 'DateTime' | 'Boolean'

/** One attribute of the pool schema (DescribeUserPool SchemaAttributes), as forms need it. */
export interface AttributeSpec {
  /** Full name, `custom:` prefix included. */
  name: string
  dataType: AttributeDataType
  required: boolean
  mutable: boolean
  custom: boolean
  /** Whether an admin may write it (false for sub, identities, *_verified handled separately...). */
  writable: boolean
  minLength?: number
  maxLength?: number
  minValue?: number
  maxValue?: number
}

export interface PasswordPolicy {
  minimumLength: number
  requireUppercase: boolean
  requireLowercase: boolean
  requireNumbers: boolean
  requireSymbols: boolean
  temporaryPasswordValidityDays: number
}

export interface PoolUserSchema {
  poolId: string
  poolName: string
  attributes: AttributeSpec[]
  passwordPolicy: PasswordPolicy
  /** Attributes that may be used as the username instead of one (email / phone_number). */
  usernameAttributes: string[]
  aliasAttributes: string[]
  autoVerifiedAttributes: string[]
  mfaConfiguration: 'OFF' | 'ON' | 'OPTIONAL'
  estimatedUsers: number
}

export interface MfaSettings {
  preferred?: 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP'
  enabled: ('SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP')[]
}

export interface UserDetail {
  user: UserRow
  groups: string[]
  mfa: MfaSettings
  /** What the status means, in words. */
  statusMeaning: string
}

/** A list the endpoint may not offer (moto lacks AdminListDevices / AdminListUserAuthEvents). */
export type Availability<T> = { available: true; items: T[] } | { available: false; reason: string }

export interface DeviceInfo {
  key: string
  name?: string
  /** Whether the user chose to remember it (then it may skip MFA), when the pool says. */
  remembered?: boolean
  created?: string
  lastAuthenticated?: string
  lastModified?: string
  attributes: Record<string, string>
}

export const AUTH_EVENT_FEEDBACK = ['Valid', 'Invalid'] as const

export interface AuthEventInfo {
  id: string
  type: string
  created: string
  response?: string
  risk?: string
  /** What Cognito decided: NoRisk, AccountTakeover or Block. */
  decision?: string
  compromisedCredentials?: boolean
  /** Each challenge of the sign-in (Password, Mfa) and whether it succeeded. */
  challenges?: { name: string; response: string }[]
  /** Feedback given on the event (Valid or Invalid), where the pool collects it. */
  feedback?: string
  ipAddress?: string
  device?: string
  city?: string
  country?: string
}

/** What a single action did. `outcome` is a stable key the renderer localises; `message` is English. */
export interface ActionResult {
  outcome: UserActionOutcome
  message: string
  params: Record<string, string>
  /** The user as it is after the action (absent after delete). */
  user?: UserRow
  /** A generated temporary password, shown once. */
  temporaryPassword?: string
}

export type UserActionOutcome =
  | 'created'
  | 'invitationResent'
  | 'confirmed'
  | 'passwordSet'
  | 'temporaryPasswordSet'
  | 'passwordReset'
  | 'enabled'
  | 'disabled'
  | 'signedOut'
  | 'deleted'
  | 'attributesUpdated'
  | 'attributesDeleted'
  | 'addedToGroup'
  | 'removedFromGroup'
  | 'mfaUpdated'

const userRequest = strict({ poolId: userPoolIdSchema, username: usernameSchema })
const deviceRequest = { poolId: userPoolIdSchema, username: usernameSchema, deviceKey: deviceKeySchema }

/** Attribute values as typed; main validates them against the pool schema (types, E.164, email...). */
const attributeValues = z.record(text(64, 1), text(2048)).refine((r) => Object.keys(r).length <= 100)

export const createUserRequest = strict({
  poolId: userPoolIdSchema,
  username: usernameSchema,
  attributes: attributeValues,
  /** Typed temporary password; when absent and `generatePassword` is set, main generates one. */
  temporaryPassword: text(256, 1).optional(),
  generatePassword: z.boolean().optional(),
  /** false: MessageAction SUPPRESS (no invitation is sent). */
  sendInvitation: z.boolean(),
  deliveryMediums: z
    .array(z.enum(['EMAIL', 'SMS']))
    .max(2)
    .optional(),
  emailVerified: z.boolean().optional(),
  phoneVerified: z.boolean().optional()
})

export const setPasswordRequest = strict({
  poolId: userPoolIdSchema,
  username: usernameSchema,
  password: text(256, 1),
  permanent: z.boolean()
})

export const mfaFactorSchema = z.enum(['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'])

export const setMfaRequest = strict({
  poolId: userPoolIdSchema,
  username: usernameSchema,
  enabled: z.array(mfaFactorSchema).max(3),
  preferred: mfaFactorSchema.optional()
})

const userRowSchema = strict({
  username: text(128),
  sub: text(64),
  status: text(64),
  enabled: z.boolean(),
  created: text(64),
  modified: text(64),
  attributes: z.record(text(64, 1), text(2048)),
  groups: z.array(text(128)).max(1000).optional(),
  lastSeen: strict({
    at: text(64).optional(),
    source: z.enum(['sessions', 'authEvents']),
    checkedAt: text(64)
  }).optional()
})

/** How an export writes its users: a CSV, a JSON array, or JSON Lines (one user per line). */
export const EXPORT_FORMATS = ['csv', 'json', 'jsonl'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const exportRequest = strict({
  poolId: userPoolIdSchema,
  /** Chosen by the caller, so the export can be cancelled (`users:exportCancel`) while it writes. */
  exportId: z.uuid().optional(),
  /**
   * The index query's result (but the users unticked from it, `except`), users of the index by name
   * (a ticked selection), or rows the renderer holds (a server-search page).
   */
  source: z.union([
    strict({
      kind: z.literal('index'),
      query: indexQuerySchema.optional(),
      except: z.array(usernameSchema).max(100_000).optional()
    }),
    strict({ kind: z.literal('indexUsers'), usernames: z.array(usernameSchema).min(1).max(100_000) }),
    strict({ kind: z.literal('rows'), rows: z.array(userRowSchema).max(10_000) })
  ]),
  format: z.enum(EXPORT_FORMATS),
  /**
   * CSV only. `import`: the pool's GetCSVHeader columns, so a Cognito user import job accepts the
   * file (and this console's import reads it back); `table`: `columns` in that order; `backup`: the
   * import layout plus each user's enabled state and groups, which this console's import restores.
   */
  layout: z.enum(['import', 'table', 'backup']).optional(),
  columns: z.array(columnSchema).max(200).optional()
})

export interface FileSaveResult {
  /** False when the person cancelled the save dialog, or the export while it wrote. */
  saved: boolean
  /** True when the export was cancelled while it wrote: its partial file was removed. */
  cancelled?: boolean
  path?: string
  /** Users written (an export), or items saved. */
  count: number
}

/** How far an export has written its file: sent as `users:exportProgress` while it writes. */
export interface ExportProgress {
  exportId: string
  written: number
  /** Users the export covers (an estimate when users were unticked from a query's result). */
  total: number
}

export const usersContract = {
  /** One page of ListUsers (server search): at most 60 users, optionally filtered. */
  list: query(listUsersRequest).returns<UsersPage>(),

  /** Starts (or restarts) loading the whole pool into main's index in the background. */
  indexStart: query(indexStartRequest).returns<IndexStatus>(),
  indexCancel: local(strict({ poolId: userPoolIdSchema })).returns<IndexStatus>(),
  indexStatus: query(strict({ poolId: userPoolIdSchema })).returns<IndexStatus>(),
  /** Filter and sort the index; returns a window of the result (see the decision above). */
  indexQuery: query(indexQueryRequest).returns<IndexQueryResult>(),

  /** Attribute schema, password policy, MFA configuration and estimated size of a pool (the pool's groups: `groups:list`). */
  schema: query(strict({ poolId: userPoolIdSchema })).returns<PoolUserSchema>(),
  /** A password that satisfies the pool's policy. */
  generatePassword: query(strict({ poolId: userPoolIdSchema })).returns<{ password: string }>(),
  get: query(userRequest).returns<UserDetail>(),
  devices: query(userRequest).returns<Availability<DeviceInfo>>(),
  authEvents: query(userRequest).returns<Availability<AuthEventInfo>>(),
  /** AdminUpdateAuthEventFeedback: the event was the user (Valid) or not (Invalid); the events after it. */
  authEventFeedback: command(
    strict({
      poolId: userPoolIdSchema,
      username: usernameSchema,
      eventId: text(256, 1),
      feedback: z.enum(AUTH_EVENT_FEEDBACK)
    })
  ).returns<Availability<AuthEventInfo>>(),
  /** AdminForgetDevice; returns the user's devices after it. */
  forgetDevice: command(strict(deviceRequest)).returns<Availability<DeviceInfo>>(),
  /** AdminUpdateDeviceStatus: remembered or not (a remembered device may skip MFA); returns the devices after it. */
  setDeviceStatus: command(strict({ ...deviceRequest, remembered: z.boolean() })).returns<
    Availability<DeviceInfo>
  >(),

  create: command(createUserRequest).returns<ActionResult>(),
  updateAttributes: command(
    strict({ poolId: userPoolIdSchema, username: usernameSchema, attributes: attributeValues })
  ).returns<ActionResult>(),
  deleteAttributes: command(
    strict({
      poolId: userPoolIdSchema,
      username: usernameSchema,
      names: z.array(text(64, 1)).min(1).max(50)
    })
  ).returns<ActionResult>(),
  resendInvitation: command(userRequest).returns<ActionResult>(),
  confirmSignUp: command(userRequest).returns<ActionResult>(),
  setPassword: command(setPasswordRequest).returns<ActionResult>(),
  /** AdminResetUserPassword: the user gets a code by email/SMS and is RESET_REQUIRED until they use it. */
  resetPassword: command(userRequest).returns<ActionResult>(),
  enable: command(userRequest).returns<ActionResult>(),
  disable: command(userRequest).returns<ActionResult>(),
  globalSignOut: command(userRequest).returns<ActionResult>(),
  delete: command(userRequest).returns<ActionResult>(),
  addToGroup: command(
    strict({ poolId: userPoolIdSchema, username: usernameSchema, group: groupNameSchema })
  ).returns<ActionResult>(),
  removeFromGroup: command(
    strict({ poolId: userPoolIdSchema, username: usernameSchema, group: groupNameSchema })
  ).returns<ActionResult>(),
  setMfa: command(setMfaRequest).returns<ActionResult>(),
  /** Writes users to a CSV, JSON or JSON Lines file the person picks in a save dialog, row by row. */
  export: local(exportRequest).returns<FileSaveResult>(),
  /** Stops an export while it writes; its partial file is removed. */
  exportCancel: local(strict({ exportId: z.uuid() })).returns<{ cancelled: boolean }>()
}
