import type { IndexQuery, UserRow } from '@shared/contract/users'
import { compileQuery, sortRows as sortByColumn } from '@shared/user-query'

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
    conditions: (query.conditions ?? []).filter((c) => c.attribute && c.value !== '')
  }
}

/** Whether the query narrows anything at all. */
export function isActive(query: IndexQuery): boolean {
  return (
    !!query.text ||
    (query.conditions ?? []).length > 0 ||
    (query.statuses ?? []).length > 0 ||
    (query.groups ?? []).length > 0 ||
    query.enabled !== undefined
  )
}

/** The rows matching the query, in their given order (the same array when nothing narrows it). */
export function filterRows(rows: readonly UserRow[], query: IndexQuery): readonly UserRow[] {
  const finished = finishedQuery(query)
  return isActive(finished) ? rows.filter(compileQuery(finished)) : rows
}

export function sortRows(rows: readonly UserRow[], sort: SortState | null | undefined): readonly UserRow[] {
  return sort ? sortByColumn([...rows], sort.column, sort.direction) : rows
}
