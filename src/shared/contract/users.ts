import { z } from 'zod'
import { query } from './define'
import { nextTokenSchema, strict, text, userPoolIdSchema } from '../schemas'

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

export const usersContract = {
  /** One page of ListUsers (server search): at most 60 users, optionally filtered. */
  list: query(listUsersRequest).returns<UsersPage>()
}
