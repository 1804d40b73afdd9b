import { USER_STATUSES, type Condition, type IndexQuery, type UserRow } from './contract/users'
import { ABSENT, NO_DAY, UNVERIFIED, UserColumns, VERIFIED, dayString } from './user-columns'

/**
 * A pool at a glance: counts over the pool index's rows. Every bucket carries the users-table query
 * that selects exactly its users, and each count is taken with the same comparison that query makes,
 * so a click on a bar opens a table of exactly that many users.
 */

export const INSIGHT_PERIODS = ['day', 'week', 'month'] as const
export type InsightPeriod = (typeof INSIGHT_PERIODS)[number]

export interface InsightBucket {
  /** A status, a period's first day (YYYY-MM-DD, UTC), a provider, group or attribute value. */
  key: string
  /** Buckets that are not one value: users with none, values beyond the top ones, disabled users. */
  kind?: 'none' | 'other' | 'disabled'
  /** Invitation age buckets: days since the invitation, `to` absent for the open-ended last one. */
  range?: { from: number; to?: number }
  count: number
  query: IndexQuery
}

export interface Timeline {
  period: InsightPeriod
  buckets: InsightBucket[]
  /** Users in periods older than the first bucket shown (the series keeps the newest periods). */
  earlier: number
}

export interface InvitationInsights {
  validityDays: number
  /** FORCE_CHANGE_PASSWORD users whose temporary password is still valid. */
  pending: InsightBucket
  /** FORCE_CHANGE_PASSWORD users whose invitation has expired, by its age. */
  expired: InsightBucket[]
}

export interface PoolSummary {
  users: number
  statuses: InsightBucket[]
  disabled: InsightBucket
  signUps: Timeline
  modifications: Timeline
  invitations: InvitationInsights
  email: InsightBucket[]
  phone: InsightBucket[]
  providers: InsightBucket[]
  /** Null when the index holds no group memberships. */
  groups: InsightBucket[] | null
}

export interface AttributeDistribution {
  attribute: string
  users: number
  /** The most common values, then users without the attribute, then the rest. */
  buckets: InsightBucket[]
}

/** Statuses shown even when no user has them, so two pools' charts read alike. */
const MAIN_STATUSES = [
  'CONFIRMED',
  'FORCE_CHANGE_PASSWORD',
  'UNCONFIRMED',
  'RESET_REQUIRED',
  'EXTERNAL_PROVIDER'
] as const

/** The periods a timeline keeps: a year of days, ten years of weeks or months. */
export const MAX_TIMELINE_BUCKETS = 400

/** Invitation ages (days) that start a bucket after the validity period. */
const AGE_EDGES = [30, 90, 365]

/** The most values of one attribute shown; the rest are one bucket, whose query lists them all. */
export const MAX_TOP_VALUES = 15

const DAY_MS = 86_400_000

const exact = (attribute: string, operator: Condition['operator'], value = ''): Condition => ({
  attribute,
  operator,
  value,
  caseSensitive: true
})

function statusQuery(status: string): IndexQuery {
  return (USER_STATUSES as readonly string[]).includes(status)
    ? { statuses: [status as (typeof USER_STATUSES)[number]] }
    : { conditions: [exact('status', 'equals', status)] }
}

function increment(map: Map<string, number>, key: string, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by)
}

/** The first day (YYYY-MM-DD, UTC) of the period that holds a day. Weeks start on Monday (ISO 8601). */
export function periodStart(day: string, period: InsightPeriod): string {
  if (period === 'day') return day
  if (period === 'month') return `${day.slice(0, 7)}-01`
  const date = new Date(`${day}T00:00:00Z`)
  const back = (date.getUTCDay() + 6) % 7
  return new Date(date.getTime() - back * DAY_MS).toISOString().slice(0, 10)
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: string, period: InsightPeriod): string {
  const date = new Date(`${start}T00:00:00Z`)
  if (period === 'day') date.setUTCDate(date.getUTCDate() + 1)
  else if (period === 'week') date.setUTCDate(date.getUTCDate() + 7)
  else date.setUTCMonth(date.getUTCMonth() + 1)
  return date.toISOString().slice(0, 10)
}

/** Users per period of one date column, every period from the first to the last (empty ones too). */
export function timeline(days: Map<string, number>, column: string, period: InsightPeriod): Timeline {
  const perPeriod = new Map<string, number>()
  for (const [day, count] of days) {
    const start = periodStart(day, period)
    perPeriod.set(start, (perPeriod.get(start) ?? 0) + count)
  }
  const starts = [...perPeriod.keys()].sort()
  const first = starts[0]
  const last = starts[starts.length - 1]
  const buckets: InsightBucket[] = []
  if (first === undefined || last === undefined) return { period, buckets, earlier: 0 }
  for (let start = first; start <= last; start = nextPeriod(start, period)) {
    const end = nextPeriod(start, period)
    buckets.push({
      key: start,
      count: perPeriod.get(start) ?? 0,
      query: { conditions: [exact(column, 'atLeast', start), exact(column, 'lessThan', end)] }
    })
  }
  const kept = buckets.slice(-MAX_TIMELINE_BUCKETS)
  const earlier = buckets.slice(0, buckets.length - kept.length).reduce((sum, b) => sum + b.count, 0)
  return { period, buckets: kept, earlier }
}

/**
 * Age edges (ISO instants) of the invitation buckets. A FORCE_CHANGE_PASSWORD user's last
 * modification is when the temporary password was last set (the invitation or a resend), so the
 * invitation's age counts from it.
 */
function invitationRanges(validityDays: number): { from: number; to?: number }[] {
  const edges = [validityDays, ...AGE_EDGES.filter((d) => d > validityDays)]
  return edges.map((from, i) => {
    const to = edges[i + 1]
    return to === undefined ? { from } : { from, to }
  })
}

const daysBefore = (now: number, days: number): string => new Date(now - days * DAY_MS).toISOString()

function invitationQuery(range: { from: number; to?: number }, now: number): IndexQuery {
  const conditions = [exact('modified', 'lessThan', daysBefore(now, range.from))]
  if (range.to !== undefined) conditions.push(exact('modified', 'atLeast', daysBefore(now, range.to)))
  return { statuses: ['FORCE_CHANGE_PASSWORD'], conditions }
}

/** Verified, unverified and absent, as `<attribute>_verified` says (exactly "true" is verified). */
function verification(
  counts: { verified: number; unverified: number; absent: number },
  attribute: string
): InsightBucket[] {
  const flag = `${attribute}_verified`
  return [
    {
      key: 'verified',
      count: counts.verified,
      query: { conditions: [exact(attribute, 'present'), exact(flag, 'equals', 'true')] }
    },
    {
      key: 'unverified',
      count: counts.unverified,
      query: { conditions: [exact(attribute, 'present'), exact(flag, 'notEquals', 'true')] }
    },
    { key: 'absent', count: counts.absent, query: { conditions: [exact(attribute, 'absent')] } }
  ]
}

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)

export interface SummaryOptions {
  period: InsightPeriod
  /** The pool's TemporaryPasswordValidityDays. */
  validityDays: number
  /** Epoch ms the invitation ages count back from. */
  now: number
}

/** Every chart of the Insights tab but the attribute distribution, over a list of rows. */
export function summarizePool(rows: readonly UserRow[], options: SummaryOptions): PoolSummary {
  return summarizeColumns(UserColumns.of(rows), null, options)
}

/** Per-day counts of a day column, from the columns' first day; returned as YYYY-MM-DD -> users. */
function perDay(counts: Uint32Array, firstDay: number): Map<string, number> {
  const days = new Map<string, number>()
  counts.forEach((count, i) => {
    if (count) days.set(dayString(firstDay + i), count)
  })
  return days
}

/**
 * Every chart of the Insights tab but the attribute distribution, in one pass over prepared columns:
 * over `slots` (a query's result) or, when null, every slot in use.
 */
export function summarizeColumns(
  columns: UserColumns,
  slots: Uint32Array | null,
  options: SummaryOptions
): PoolSummary {
  const { period, validityDays, now } = options
  const { status, enabled, created, modified, modifiedAt, email, phone, providers, groups } = columns
  const statusCounts = new Uint32Array(columns.statusNames.length)
  const providerCounts = new Uint32Array(columns.providerSets.length)
  const groupCounts = new Uint32Array(columns.groupSets.length)
  const emailCounts = new Uint32Array(3)
  const phoneCounts = new Uint32Array(3)
  const firstDay = Number.isFinite(columns.firstDay) ? columns.firstDay : 0
  const dayCount = Number.isFinite(columns.firstDay) ? columns.lastDay - columns.firstDay + 1 : 0
  const createdCounts = new Uint32Array(dayCount)
  const modifiedCounts = new Uint32Array(dayCount)
  const ranges = invitationRanges(validityDays)
  const cutoffs = ranges.map((r) => now - r.from * DAY_MS)
  const expired = new Array<number>(ranges.length).fill(0)
  const invited = columns.statusNames.indexOf('FORCE_CHANGE_PASSWORD')
  let pending = 0
  let disabled = 0
  let users = 0

  const end = slots ? slots.length : columns.length
  for (let i = 0; i < end; i++) {
    const slot = slots ? (slots[i] as number) : i
    const code = status[slot] as number
    if (code === 0) continue
    users++
    statusCounts[code]!++
    if (!enabled[slot]) disabled++
    const day = created[slot] as number
    if (day !== NO_DAY) createdCounts[day - firstDay]!++
    const changed = modified[slot] as number
    if (changed !== NO_DAY) modifiedCounts[changed - firstDay]!++
    const at = modifiedAt[slot] as number
    if (code === invited && !Number.isNaN(at)) {
      // Cutoffs run from the newest to the oldest; the user belongs to the last one it is before.
      let bucket = -1
      for (let c = 0; c < cutoffs.length && at < cutoffs[c]!; c++) bucket = c
      if (bucket < 0) pending++
      else expired[bucket]!++
    }
    emailCounts[email[slot] as number]!++
    phoneCounts[phone[slot] as number]!++
    providerCounts[providers[slot] as number]!++
    groupCounts[groups[slot] as number]!++
  }

  const statusesSeen = new Map<string, number>()
  statusCounts.forEach((count, code) => {
    if (count) statusesSeen.set(columns.statusNames[code] as string, count)
  })
  const providerTotals = new Map<string, number>()
  providerCounts.forEach((count, code) => {
    if (count) for (const name of columns.providerSets[code] ?? []) increment(providerTotals, name, count)
  })
  const groupTotals = new Map<string, number>()
  let withoutGroup = 0
  let groupsLoaded = false
  groupCounts.forEach((count, code) => {
    const set = columns.groupSets[code]
    if (!count || !set) return
    groupsLoaded = true
    if (set.length === 0) withoutGroup += count
    for (const name of set) increment(groupTotals, name, count)
  })
  const verificationCounts = (counts: Uint32Array) => ({
    verified: counts[VERIFIED] ?? 0,
    unverified: counts[UNVERIFIED] ?? 0,
    absent: counts[ABSENT] ?? 0
  })

  const statusKeys = [...new Set<string>([...MAIN_STATUSES, ...statusesSeen.keys()])]
  return {
    users,
    statuses: statusKeys.map((key) => ({ key, count: statusesSeen.get(key) ?? 0, query: statusQuery(key) })),
    disabled: { key: '', kind: 'disabled', count: disabled, query: { enabled: false } },
    signUps: timeline(perDay(createdCounts, firstDay), 'created', period),
    modifications: timeline(perDay(modifiedCounts, firstDay), 'modified', period),
    invitations: {
      validityDays,
      pending: {
        key: 'pending',
        count: pending,
        query: {
          statuses: ['FORCE_CHANGE_PASSWORD'],
          conditions: [exact('modified', 'atLeast', daysBefore(now, validityDays))]
        }
      },
      expired: ranges.map((range, i) => ({
        key: `${range.from}-${range.to ?? ''}`,
        range,
        count: expired[i] ?? 0,
        query: invitationQuery(range, now)
      }))
    },
    email: verification(verificationCounts(emailCounts), 'email'),
    phone: verification(verificationCounts(phoneCounts), 'phone_number'),
    providers: [...providerTotals].sort(byCount).map(([key, count]) => ({
      key,
      count,
      query: { conditions: [exact('identities', 'contains', `"providerName":"${key}"`)] }
    })),
    groups: groupsLoaded
      ? [
          ...[...groupTotals].sort(byCount).map(([key, count]) => ({ key, count, query: { groups: [key] } })),
          {
            key: '',
            kind: 'none' as const,
            count: withoutGroup,
            query: { conditions: [exact('groups', 'absent')] }
          }
        ]
      : null
  }
}

/** The most common values of one column or attribute, users without it, and the rest. */
export function distribution(
  rows: readonly UserRow[],
  attribute: string,
  limit = MAX_TOP_VALUES
): AttributeDistribution {
  return distributeColumn(UserColumns.of(rows), rows, null, attribute, limit)
}

/**
 * `distribution` over prepared columns: one count per value code of the attribute's column, over
 * `slots` (a query's result) or, when null, every slot in use.
 */
export function distributeColumn(
  columns: UserColumns,
  rows: readonly (UserRow | undefined)[],
  slots: Uint32Array | null,
  attribute: string,
  limit = MAX_TOP_VALUES
): AttributeDistribution {
  const { codes, values } = columns.attribute(attribute, rows)
  const { status } = columns
  const counts = new Uint32Array(values.length)
  let users = 0
  const end = slots ? slots.length : columns.length
  for (let i = 0; i < end; i++) {
    const slot = slots ? (slots[i] as number) : i
    if (status[slot] === 0) continue
    users++
    counts[codes[slot] as number]!++
  }
  // Code 0 is the empty value: users without the attribute.
  const absent = counts[0] ?? 0
  const sorted: [string, number][] = []
  for (let code = 1; code < counts.length; code++)
    if (counts[code]) sorted.push([values[code] as string, counts[code] as number])
  sorted.sort(byCount)
  const top = sorted.slice(0, Math.min(limit, MAX_TOP_VALUES))
  const rest = sorted.slice(top.length).reduce((sum, [, count]) => sum + count, 0)
  const buckets: InsightBucket[] = top.map(([key, count]) => ({
    key,
    count,
    query: { conditions: [exact(attribute, 'equals', key)] }
  }))
  if (absent)
    buckets.push({
      key: '',
      kind: 'none',
      count: absent,
      query: { conditions: [exact(attribute, 'absent')] }
    })
  if (rest) {
    buckets.push({
      key: '',
      kind: 'other',
      count: rest,
      query: {
        conditions: [exact(attribute, 'present'), ...top.map(([key]) => exact(attribute, 'notEquals', key))]
      }
    })
  }
  return { attribute, users, buckets }
}
