import { z } from 'zod'
import { local, query } from './define'
import { empty, strict, text, userPoolIdSchema } from '../schemas'

export const THEMES = ['system', 'light', 'dark'] as const
export const LANGUAGES = ['en', 'ja'] as const

export const settingsSchema = strict({
  theme: z.enum(THEMES),
  language: z.enum(LANGUAGES),
  /** Columns shown in the users table, per user pool id. */
  tableColumns: z.record(userPoolIdSchema, z.array(text(64, 1)).max(64)),
  /** The pool last opened, per connection id. */
  lastPoolId: z.record(text(64, 1), userPoolIdSchema),
  /** Starred user pools, per connection id (optional: older settings files lack it). */
  favouritePools: z.record(text(64, 1), z.array(userPoolIdSchema).max(100)).optional(),
  /** Recently opened user pools, newest first, per connection id. */
  recentPools: z.record(text(64, 1), z.array(userPoolIdSchema).max(10)).optional()
})

export type Settings = z.infer<typeof settingsSchema>
export type Language = (typeof LANGUAGES)[number]
export type Theme = (typeof THEMES)[number]

export const settingsContract = {
  get: query(empty).returns<Settings>(),
  update: local(settingsSchema.partial()).returns<Settings>()
}
