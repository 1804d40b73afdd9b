import type { UserRow } from './contract/users'
import { columnValue } from './user-query'

/**
 * The fields the Insights charts count, one typed array per field over the pool index's row slots,
 * prepared once as rows arrive and updated as they change, so a chart over a million users is one
 * pass of integer increments with no per-user string, object or Date work.
 */

/** A slot's day column when its date is missing or not ISO 8601. */
export const NO_DAY = -0x80000000

/** Email and phone states, as `<attribute>_verified` says (exactly "true" is verified). */
export const ABSENT = 0
export const UNVERIFIED = 1
export const VERIFIED = 2

const DAY_MS = 86_400_000
const INVITED = 'FORCE_CHANGE_PASSWORD'

/** Attribute columns kept at once; the least recently asked for is dropped first. */
const MAX_ATTRIBUTE_COLUMNS = 8

/** The digits at `from` (`count` of them) of a string, or -1 when one is not a digit. */
function digits(text: string, from: number, count: number): number {
  let value = 0
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - 48
    if (c < 0 || c > 9) return -1
    value = value * 10 + c
  }
  return value
}

/**
 * The UTC day number (days since 1970-01-01) of an ISO date's date part (YYYY-MM-DD...), or NO_DAY.
 * Read from the characters with the civil-calendar formula: a million rows read no Date and cut no string.
 */
export function dayNumber(iso: string): number {
  const year = digits(iso, 0, 4)
  const month = digits(iso, 5, 2)
  const day = digits(iso, 8, 2)
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return NO_DAY
  if (iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NO_DAY
  // Howard Hinnant's days_from_civil: years start in March, so leap days fall at a year's end.
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** The YYYY-MM-DD of a UTC day number. */
export const dayString = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** Provider names in a user's `identities` attribute (Cognito writes it as compact JSON). */
const PROVIDER = /"providerName":"((?:[^"\\]|\\.)*)"/g

function providersOf(identities: string | undefined): string[] {
  if (!identities) return []
  const names = new Set<string>()
  for (const match of identities.matchAll(PROVIDER)) names.add(match[1] ?? '')
  return [...names]
}

function verification(value: string | undefined, flag: string | undefined): number {
  return !value ? ABSENT : flag === 'true' ? VERIFIED : UNVERIFIED
}

/** Distinct values numbered in order of first sight, code 0 being the placeholder it starts with. */
class Dictionary<T> {
  readonly values: T[] = []
  private readonly codes = new Map<string, number>()

  constructor(first: T, key: string) {
    this.code(first, key)
  }

  code(value: T, key: string): number {
    let code = this.codes.get(key)
    if (code === undefined) {
      code = this.values.length
      this.codes.set(key, code)
      this.values.push(value)
    }
    return code
  }
}

/** One attribute's values by slot, as codes into its dictionary (code 0: no value). */
export interface AttributeColumn {
  codes: Uint32Array
  values: readonly string[]
}

interface KeptAttribute {
  codes: Uint32Array
  dictionary: Dictionary<string>
}

export class UserColumns {
  /** 0 for an empty slot, else 1 + the status's index in `statusNames`. */
  status = new Uint16Array(0)
  enabled = new Uint8Array(0)
  created = new Int32Array(0)
  modified = new Int32Array(0)
  /**
   * Epoch ms of the last modification of a FORCE_CHANGE_PASSWORD user (NaN for others): invitation
   * ages are exact, not by day.
   */
  modifiedAt = new Float64Array(0)
  email = new Uint8Array(0)
  phone = new Uint8Array(0)
  /** Codes into `providerSets` (0: not federated). */
  providers = new Uint32Array(0)
  /** Codes into `groupSets` (0: memberships not loaded). */
  groups = new Uint32Array(0)
  /** Slots in use: the arrays hold at least this many. */
  length = 0
  /** The range of day numbers any slot has held (it only widens), for counting per day in arrays. */
  firstDay = Number.POSITIVE_INFINITY
  lastDay = Number.NEGATIVE_INFINITY

  // The placeholder's key is no status, so code 0 stays "empty slot" whatever a row's status is.
  private statusDictionary = new Dictionary<string>('', '\u0001')
  private providerDictionary = new Dictionary<readonly string[]>([], '')
  private groupDictionary = new Dictionary<readonly string[] | null>(null, '\u0001')
  private readonly attributes = new Map<string, KeptAttribute>()

  get statusNames(): readonly string[] {
    return this.statusDictionary.values
  }
  get providerSets(): readonly (readonly string[])[] {
    return this.providerDictionary.values
  }
  get groupSets(): readonly (readonly string[] | null)[] {
    return this.groupDictionary.values
  }

  /** Columns of a plain list of rows, slot = position. */
  static of(rows: readonly UserRow[]): UserColumns {
    const columns = new UserColumns()
    rows.forEach((row, slot) => columns.set(slot, row))
    return columns
  }

  set(slot: number, row: UserRow): void {
    this.reserve(slot + 1)
    this.status[slot] = this.statusDictionary.code(row.status, row.status)
    this.enabled[slot] = row.enabled ? 1 : 0
    const created = dayNumber(row.created)
    const modified = dayNumber(row.modified)
    this.created[slot] = created
    this.modified[slot] = modified
    this.widen(created)
    this.widen(modified)
    // Only an open invitation's age is counted to the millisecond.
    this.modifiedAt[slot] = row.status === INVITED && row.modified ? Date.parse(row.modified) : Number.NaN
    const a = row.attributes
    this.email[slot] = verification(a.email, a.email_verified)
    this.phone[slot] = verification(a.phone_number, a.phone_number_verified)
    const providers = providersOf(a.identities)
    this.providers[slot] = providers.length
      ? this.providerDictionary.code(providers, providers.join('\u0000'))
      : 0
    this.groups[slot] = row.groups ? this.groupDictionary.code(row.groups, row.groups.join('\u0000')) : 0
    for (const [name, kept] of this.attributes) {
      const value = columnValue(row, name)
      kept.codes[slot] = kept.dictionary.code(value, value)
    }
  }

  /** Marks a slot empty (a removed user); its other fields are never read again. */
  clear(slot: number): void {
    if (slot < this.length) this.status[slot] = 0
  }

  /**
   * One attribute's column, built from the rows on first use and then kept up to date by `set`.
   * `rows` are the slots' rows (undefined for an empty slot).
   */
  attribute(name: string, rows: readonly (UserRow | undefined)[]): AttributeColumn {
    let kept = this.attributes.get(name)
    if (kept) {
      // Most recently used last, so the oldest is the one dropped.
      this.attributes.delete(name)
    } else {
      const dictionary = new Dictionary<string>('', '')
      const codes = new Uint32Array(this.status.length)
      for (let slot = 0; slot < this.length; slot++) {
        const row = rows[slot]
        if (!row) continue
        const value = columnValue(row, name)
        codes[slot] = dictionary.code(value, value)
      }
      kept = { codes, dictionary }
      if (this.attributes.size >= MAX_ATTRIBUTE_COLUMNS) {
        const oldest = this.attributes.keys().next().value
        if (oldest !== undefined) this.attributes.delete(oldest)
      }
    }
    this.attributes.set(name, kept)
    return { codes: kept.codes, values: kept.dictionary.values }
  }

  private widen(day: number): void {
    if (day === NO_DAY) return
    if (day < this.firstDay) this.firstDay = day
    if (day > this.lastDay) this.lastDay = day
  }

  private reserve(length: number): void {
    if (length > this.length) this.length = length
    if (length <= this.status.length) return
    const capacity = Math.max(length, this.status.length * 2, 1024)
    const grow = <T extends Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array>(
      old: T,
      make: (n: number) => T
    ): T => {
      const next = make(capacity)
      next.set(old)
      return next
    }
    this.status = grow(this.status, (n) => new Uint16Array(n))
    this.enabled = grow(this.enabled, (n) => new Uint8Array(n))
    this.created = grow(this.created, (n) => new Int32Array(n))
    this.modified = grow(this.modified, (n) => new Int32Array(n))
    this.modifiedAt = grow(this.modifiedAt, (n) => new Float64Array(n))
    this.email = grow(this.email, (n) => new Uint8Array(n))
    this.phone = grow(this.phone, (n) => new Uint8Array(n))
    this.providers = grow(this.providers, (n) => new Uint32Array(n))
    this.groups = grow(this.groups, (n) => new Uint32Array(n))
    for (const kept of this.attributes.values()) kept.codes = grow(kept.codes, (n) => new Uint32Array(n))
  }
}
