import type { Condition, IndexQuery, UserRow } from './contract/users'
import { notSeenFor } from './last-seen'

/**
 * Matching and sorting rules of the pool index, pure so main (which answers `users:indexQuery`) and the
 * renderer (filtering rows it already holds) give the same answers.
 */

/** The value of a column for a row: built-in columns first, then attributes by name. */
export function columnValue(row: UserRow, column: string): string {
  switch (column) {
    case 'username':
      return row.username
    case 'status':
      return row.status
    case 'enabled':
      return row.enabled ? 'true' : 'false'
    case 'created':
      return row.created
    case 'modified':
      return row.modified
    case 'groups':
      return (row.groups ?? []).join(', ')
    case 'sub':
      return row.sub
    case 'lastSeen':
      return row.lastSeen?.at ?? ''
    default:
      return row.attributes[column] ?? ''
  }
}

function valueTest(operator: Condition['operator'], needle: string): (value: string) => boolean {
  switch (operator) {
    case 'contains':
      return (v) => v.includes(needle)
    case 'startsWith':
      return (v) => v.startsWith(needle)
    case 'endsWith':
      return (v) => v.endsWith(needle)
    case 'equals':
      return (v) => v === needle
    case 'notEquals':
      return (v) => v !== needle
    // A missing value is neither less nor more than anything.
    case 'lessThan':
      return (v) => v !== '' && v < needle
    case 'atLeast':
      return (v) => v !== '' && v >= needle
    case 'present':
      return (v) => v !== ''
    case 'absent':
      return (v) => v === ''
    // Not a test of one column's value: conditionMatcher answers it from the row.
    case 'notSeenForDays':
      return () => false
  }
}

function conditionMatcher(c: Condition): (row: UserRow) => boolean {
  if (c.operator === 'notSeenForDays') {
    // "Now" is fixed when the query is compiled, so one query gives one answer over every row.
    const days = Number(c.value)
    const now = Date.now()
    return (row) => notSeenFor(row, days, now)
  }
  const test = valueTest(c.operator, c.caseSensitive ? c.value : c.value.toLowerCase())
  return (row) => {
    const value = columnValue(row, c.attribute)
    return test(c.caseSensitive ? value : value.toLowerCase())
  }
}

/** The text free search matches: username, sub and every attribute value, lower-cased. */
export function rowText(row: UserRow): string {
  return `${row.username}\u0000${row.sub}\u0000${Object.values(row.attributes).join('\u0000')}`.toLowerCase()
}

/** Columns `rowText` holds: the attributes, the username and the sub (other built-ins are not in it). */
const BUILT_IN_COLUMNS = new Set(['status', 'enabled', 'created', 'modified', 'groups', 'lastSeen'])

/**
 * Texts the `rowText` of every row matching the query's conditions contains: each case-insensitive
 * contains / starts with / ends with / equals needle of an AND on a column the row text holds (the
 * row text is its values lower-cased one by one, so a value's match is a match in it). A cheap test
 * before the exact one, never instead of it.
 */
export function requiredTexts(query: IndexQuery): string[] {
  if (query.match === 'any' && (query.conditions?.length ?? 0) > 1) return []
  return (query.conditions ?? [])
    .filter(
      (c) =>
        !c.caseSensitive &&
        c.value !== '' &&
        !BUILT_IN_COLUMNS.has(c.attribute) &&
        ['contains', 'startsWith', 'endsWith', 'equals'].includes(c.operator)
    )
    .map((c) => c.value.toLowerCase())
}

/** Whether a typed value of a condition can only narrow what the value it extends matched. */
function extendsValue(next: Condition, previous: Condition): boolean {
  if (next.value === previous.value) return true
  const [n, p] = next.caseSensitive
    ? [next.value, previous.value]
    : [next.value.toLowerCase(), previous.value.toLowerCase()]
  switch (next.operator) {
    case 'contains':
      return n.includes(p)
    case 'startsWith':
      return n.startsWith(p)
    case 'endsWith':
      return n.endsWith(p)
    default:
      return false
  }
}

/**
 * Whether every row matching `next` also matches `previous`: the same query with its free text or the
 * value of a contains / starts with / ends with condition typed further. The rows `next`
 * matches can then be looked for among those `previous` matched.
 */
export function narrows(next: IndexQuery, previous: IndexQuery): boolean {
  const shape = (q: IndexQuery) =>
    JSON.stringify({
      ...q,
      text: undefined,
      sort: undefined,
      conditions: q.conditions?.map((c) => ({ ...c, value: '' }))
    })
  if (shape(next) !== shape(previous) || !queryText(next).includes(queryText(previous))) return false
  // AND and OR both keep a narrower condition narrower.
  const before = previous.conditions ?? []
  return (next.conditions ?? []).every((c, i) => extendsValue(c, before[i] as Condition))
}

/** The free-text needle of a query, lower-cased; empty when the query has no text. */
export function queryText(query: IndexQuery): string {
  return query.text?.trim().toLowerCase() ?? ''
}

/** Compiles a query into a predicate once, so filtering 100,000 rows does no per-row set-up. */
export function compileQuery(query: IndexQuery): (row: UserRow) => boolean {
  const text = queryText(query)
  const filters = compileFilters(query)
  if (!text) return filters ?? (() => true)
  return filters ? (row) => rowText(row).includes(text) && filters(row) : (row) => rowText(row).includes(text)
}

/**
 * Everything of a query but its free text, or null when nothing else filters: the pool index matches
 * the text against each row's text it keeps ready, and the rest here.
 */
export function compileFilters(query: IndexQuery): ((row: UserRow) => boolean) | null {
  const tests: ((row: UserRow) => boolean)[] = []
  if (query.conditions?.length) {
    const matchers = query.conditions.map(conditionMatcher)
    tests.push(
      query.match === 'any' ? (row) => matchers.some((m) => m(row)) : (row) => matchers.every((m) => m(row))
    )
  }
  if (query.statuses?.length) {
    const statuses = new Set<string>(query.statuses)
    tests.push((row) => statuses.has(row.status))
  }
  if (query.enabled !== undefined) {
    const enabled = query.enabled
    tests.push((row) => row.enabled === enabled)
  }
  if (query.groups?.length) {
    const groups = new Set(query.groups)
    tests.push((row) => (row.groups ?? []).some((g) => groups.has(g)))
  }
  if (tests.length === 0) return null
  return (row) => tests.every((t) => t(row))
}

export function matchesQuery(row: UserRow, query: IndexQuery): boolean {
  return compileQuery(query)(row)
}

/** What a column sorts by: its value, lower-cased. */
export function sortKey(row: UserRow, column: string): string {
  return columnValue(row, column).toLowerCase()
}

/**
 * Sorts rows by a column (case-insensitive, by code unit: ISO dates sort in time order); empty values
 * sort last in either direction. Keys are computed once per row so 100,000 rows sort in tens of ms.
 */
export function sortRows(rows: UserRow[], column: string, direction: 'asc' | 'desc'): UserRow[] {
  const sign = direction === 'asc' ? 1 : -1
  const keyed = rows.map((row) => ({ key: sortKey(row, column), row }))
  keyed.sort((a, b) => {
    if (a.key === b.key) return 0
    if (!a.key) return 1
    if (!b.key) return -1
    return a.key < b.key ? -sign : sign
  })
  return keyed.map((k) => k.row)
}

/** Filters and sorts rows; returns a new array (the input is left as it is). */
export function runQuery(rows: readonly UserRow[], query: IndexQuery): UserRow[] {
  const result = rows.filter(compileQuery(query))
  return query.sort ? sortRows(result, query.sort.column, query.sort.direction) : result
}
