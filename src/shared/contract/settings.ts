import { z } from 'zod'
import { local, query } from './define'
import { boundedRecord, empty, strict, text, userPoolIdSchema } from '../schemas'

export const THEMES = ['system', 'light', 'dark'] as const
export const LANGUAGES = ['en', 'ja'] as const

/** Pools whose table columns are remembered; older ones fall back to the default columns. */
export const MAX_REMEMBERED_POOLS = 100
/** Connections whose last, starred and recent pools are remembered (as many as can be saved). */
export const MAX_REMEMBERED_CONNECTIONS = 200

const connectionKey = text(64, 1)

export const settingsSchema = strict({
  theme: z.enum(THEMES),
  language: z.enum(LANGUAGES),
  /** Columns shown in the users table, per user pool id. */
  tableColumns: boundedRecord(userPoolIdSchema, z.array(text(64, 1)).max(64), MAX_REMEMBERED_POOLS),
  /** The pool last opened, per connection id. */
  lastPoolId: boundedRecord(connectionKey, userPoolIdSchema, MAX_REMEMBERED_CONNECTIONS),
  /** Starred user pools, per connection id (optional: older settings files lack it). */
  favouritePools: boundedRecord(
    connectionKey,
    z.array(userPoolIdSchema).max(100),
    MAX_REMEMBERED_CONNECTIONS
  ).optional(),
  /** Recently opened user pools, newest first, per connection id. */
  recentPools: boundedRecord(
    connectionKey,
    z.array(userPoolIdSchema).max(10),
    MAX_REMEMBERED_CONNECTIONS
  ).optional()
})

export type Settings = z.infer<typeof settingsSchema>
export type Language = (typeof LANGUAGES)[number]
export type Theme = (typeof THEMES)[number]

export const settingsContract = {
  get: query(empty).returns<Settings>(),
  update: local(settingsSchema.partial()).returns<Settings>()
}
