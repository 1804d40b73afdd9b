import { query } from './define'
import { strict, userPoolIdSchema, usernameSchema } from '../schemas'
import type { TimelineEntry } from '../timeline'

export interface UserTimeline {
  username: string
  /** Newest first. */
  entries: TimelineEntry[]
  /** Whether the endpoint offers auth events (AdminListUserAuthEvents); the reason when it does not. */
  authEvents: { available: true } | { available: false; reason: string }
  /** The newest successful sign-in, when auth events are offered and there is one. */
  lastSeen?: string
}

export const timelineContract = {
  /** The user's dates, auth events, this console's audit records for them and bulk-job steps, as one list. */
  user: query(strict({ poolId: userPoolIdSchema, username: usernameSchema })).returns<UserTimeline>()
}
