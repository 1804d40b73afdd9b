import { VALUELESS_OPERATORS, indexQuerySchema, type IndexQuery, type UserRow } from '@shared/contract/users'
import { notSeenDaysProblem } from '@shared/last-seen'
import { compileQuery, rowText, sortRows as sortByColumn } from '@shared/user-query'

/**
 * The users table's search and sort over rows the renderer holds, with main's index rules
 * (`@shared/user-query`). Rows stay plain (never reactive) so that a pass over 100,000 of them is a
 * tight loop; the views run these functions from their own computeds.
 */

export const DEFAULT_COLUMNS = [
  'username',
  'status',
  'enabled',
  'email',
  'phone_number',
  'created',
  'modified'
] as const

export type SortState = NonNullable<IndexQuery['sort']>

/** Every attribute name present in the rows (custom ones included), sorted, for column and filter pickers. */
export function attributeNames(rows: readonly UserRow[], sample = 5000): string[] {
  const names = new Set<string>()
  const step = Math.max(1, Math.floor(rows.length / sample))
  for (let i = 0; i < rows.length; i += step) for (const name in rows[i]!.attributes) names.add(name)
  return [...names].sort()
}

/** The query without the conditions the person is still writing (no column or no value yet). */
export function finishedQuery(query: IndexQuery): IndexQuery {
  const text = query.text?.trim()
  return {
    ...query,
    ...(text ? { text } : { text: undefined }),
    conditions: (query.conditions ?? []).filter(
      (c) =>
        c.attribute &&
        (c.value !== '' || VALUELESS_OPERATORS.includes(c.operator)) &&
        !(c.operator === 'notSeenForDays' && notSeenDaysProblem(c.value))
    )
  }
}

/** A query passed as JSON text (in an address), or null when it is not a valid one. */
export function parseQuery(raw: unknown): IndexQuery | null {
  if (typeof raw !== 'string') return null
  try {
    const parsed = indexQuerySchema.safeParse(JSON.parse(raw))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Whether the query narrows anything at all. */
function isActive(query: IndexQuery): boolean {
  return (
    !!query.text ||
    (query.conditions ?? []).length > 0 ||
    (query.statuses ?? []).length > 0 ||
    (query.groups ?? []).length > 0 ||
    query.enabled !== undefined
  )
}

/**
 * One array's free text as a single string (rows apart by U+0001, which no typed search contains) with
 * each row's offset: a search is then one `indexOf` scan over the string instead of 100,000 calls.
 */
interface TextIndex {
  text: string
  /** starts[i] is where row i begins; starts[rows.length] is past the end. */
  starts: Int32Array
}

const textIndexes = new WeakMap<readonly UserRow[], TextIndex>()

function textIndexOf(rows: readonly UserRow[]): TextIndex {
  let index = textIndexes.get(rows)
  if (!index) {
    const starts = new Int32Array(rows.length + 1)
    const parts = new Array<string>(rows.length)
    let offset = 0
    for (let i = 0; i < rows.length; i++) {
      starts[i] = offset
      parts[i] = rowText(rows[i]!)
      offset += parts[i]!.length + 1
    }
    starts[rows.length] = offset
    index = { text: parts.join('\u0001'), starts }
    textIndexes.set(rows, index)
  }
  return index
}

/** Builds an array's text index ahead of the first search (callers do it when the browser is idle). */
export function prepareSearch(rows: readonly UserRow[]): void {
  textIndexOf(rows)
}

/** A flag per row: whether its text contains `needle` (lowercase). */
function rowsContaining(rows: readonly UserRow[], needle: string): Uint8Array {
  const { text, starts } = textIndexOf(rows)
  const found = new Uint8Array(rows.length)
  let row = 0
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, starts[row + 1]!)) {
    while (starts[row + 1]! <= at) row++
    found[row] = 1
  }
  return found
}

/** The rows matching the query, in their given order (the same array when nothing narrows it). */
export function filterRows(rows: readonly UserRow[], query: IndexQuery): readonly UserRow[] {
  const { text, ...rest } = finishedQuery(query)
  const needle = text?.toLowerCase()
  const matches = isActive(rest) ? compileQuery(rest) : null
  if (!needle && !matches) return rows
  const found = needle ? rowsContaining(rows, needle) : null
  return rows.filter((row, i) => (!found || found[i] === 1) && (!matches || matches(row)))
}

export function sortRows(rows: readonly UserRow[], sort: SortState | null | undefined): readonly UserRow[] {
  return sort ? sortByColumn([...rows], sort.column, sort.direction) : rows
}
