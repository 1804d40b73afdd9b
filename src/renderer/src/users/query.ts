import { VALUELESS_OPERATORS, indexQuerySchema, type IndexQuery, type UserRow } from '@shared/contract/users'
import { notSeenDaysProblem } from '@shared/last-seen'
import { sortRows as sortByColumn } from '@shared/user-query'

/**
 * The users table's query state: the index thread searches and sorts the pool index; only a server
 * search's few pages are sorted here, with the same rules (`@shared/user-query`).
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

export function sortRows(rows: readonly UserRow[], sort: SortState | null | undefined): readonly UserRow[] {
  return sort ? sortByColumn([...rows], sort.column, sort.direction) : rows
}
