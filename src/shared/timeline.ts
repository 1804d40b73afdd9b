/**
 * A user's timeline: what Cognito and this console know happened to one user, as one list, newest
 * first. Pure, so the order and "last seen" are the same wherever they are computed.
 */
import type { AuthEventInfo } from './contract/users'

export const TIMELINE_KINDS = ['account', 'authEvent', 'audit', 'job'] as const
export type TimelineKind = (typeof TIMELINE_KINDS)[number]

export interface TimelineEntry {
  /** ISO 8601. */
  at: string
  kind: TimelineKind
  /** Unique within the timeline. */
  key: string
  /** `account`: the user's own dates. */
  account?: 'created' | 'modified'
  authEvent?: AuthEventInfo
  /** A change this console made (its audit record). */
  audit?: {
    operation: string
    result: 'ok' | 'error'
    errorCode?: string
    connection: string
    caller?: string
  }
  /** A step of a bulk job of this session. */
  job?: { jobId: string; kind: string; description: string; outcome: string }
}

/** Newest first; entries at the same moment keep the order they were given in. */
export function mergeTimeline(...parts: readonly TimelineEntry[][]): TimelineEntry[] {
  return parts
    .flat()
    .map((entry, i) => ({ entry, i }))
    .sort((a, b) => b.entry.at.localeCompare(a.entry.at) || a.i - b.i)
    .map(({ entry }) => entry)
}

/** The newest successful sign-in, as auth events report it. */
export function lastSeen(events: readonly AuthEventInfo[]): string | undefined {
  return events
    .filter((e) => e.type === 'SignIn' && e.response === 'Pass' && e.created)
    .map((e) => e.created)
    .sort()
    .at(-1)
}

/** The entries whose kind is shown and whose words contain the text (case-insensitive). */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  kinds: readonly TimelineKind[],
  text = ''
): TimelineEntry[] {
  const needle = text.trim().toLowerCase()
  return entries.filter(
    (e) =>
      kinds.includes(e.kind) &&
      (!needle || JSON.stringify([e.account, e.authEvent, e.audit, e.job]).toLowerCase().includes(needle))
  )
}
