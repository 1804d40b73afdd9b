import type { UserRow } from './contract/users'

/** How far back "not seen for N days" may look: a day to ten years. */
export const NOT_SEEN_DAYS = { min: 1, max: 3650 } as const

/** The one rule for a "not seen for N days" value: a whole number of days in range, or why not. */
export function notSeenDaysProblem(value: string): { code: 'notSeenDays'; min: number; max: number } | null {
  const days = Number(value.trim())
  const ok = /^\d+$/.test(value.trim()) && days >= NOT_SEEN_DAYS.min && days <= NOT_SEEN_DAYS.max
  return ok ? null : { code: 'notSeenDays', ...NOT_SEEN_DAYS }
}

/**
 * Whether a user has not been seen for `days` as of `now`: only users whose last seen was loaded count
 * (an unknown is never stale), and a user never seen counts from the day the account was made.
 */
export function notSeenFor(row: UserRow, days: number, now: number): boolean {
  if (!row.lastSeen) return false
  const since = Date.parse(row.lastSeen.at ?? row.created)
  return Number.isFinite(since) && since <= now - days * 86_400_000
}
