import type { IndexQuery, UserRow } from '@shared/contract/users'
import { UserColumns } from '@shared/user-columns'
import { compileFilters, narrows, queryText, requiredTexts, rowText } from '@shared/user-query'
import {
  AGGREGATIONS,
  type AggregationInput,
  type AggregationName,
  type AggregationParams,
  type AggregationResult
} from './users-aggregations'
import {
  OrderBuild,
  firstSlots,
  readOrder,
  sortByOrder,
  updateOrder,
  type SortOrder
} from './users-index-order'

/** Rows of a result window and how many match in all. */
export interface IndexWindow {
  total: number
  offset: number
  rows: UserRow[]
  attributeNames: string[]
  /** Changes whenever a row changes: windows of one version belong to one result. */
  version: number
  /** Time spent filtering and sorting, ms. */
  tookMs: number
}

/** A query's result as kept for its next windows. */
interface Result {
  key: string
  total: number
  /** The matching slots in slot order; null when nothing filters (every row). */
  matches: Uint32Array | null
  /** The result's first slots in order: all of them, or its first rows while the order is being built. */
  head: Uint32Array
}

/** How the thread runs work between calls, and how much each step does. */
export interface IndexRowsOptions {
  schedule: (task: () => void) => void
  /** Rows' worth of work per step of an order's build (about 10 ms at 100,000). */
  work: number
}

/** Rows a sort answers from one pass while its column's order is built: windows deeper wait for it. */
const FIRST_ROWS = 2_000

/** Changed rows up to which kept sort orders are updated in place rather than built again. */
const UPDATE_ORDERS_UP_TO = 10_000

/** The calls the index thread answers (the public methods of `IndexRows`). */
export const INDEX_OPS = [
  'size',
  'get',
  'getMany',
  'add',
  'put',
  'remove',
  'removeSubPrefix',
  'setGroups',
  'removeGroup',
  'clear',
  'attributeNames',
  'window',
  'aggregate'
] as const satisfies readonly (keyof IndexRows)[]

export type IndexOp = (typeof INDEX_OPS)[number]

/** One call to the index thread; its answer carries the same id. */
export interface IndexCall {
  id: number
  op: IndexOp
  args: unknown[]
}

export type IndexAnswer = { id: number; result: unknown } | { id: number; error: string }

/** Holes left by removals are squeezed out once they are this many and half the slots. */
const COMPACT_AFTER = 10_000

/**
 * One pool's users as the index thread holds them: rows in slots (in the order they arrived), each
 * row's search text kept ready, a sort order per column (built between calls after its first use,
 * updated in place when a few rows change), and the last query's result, so scrolling a result asks
 * only for a window.
 * Plain arrays rather than SQLite: see docs/DEVELOPING.md ("The pool index").
 */
export class IndexRows {
  private slots: (UserRow | undefined)[] = []
  private texts: string[] = []
  /** The fields aggregations count, as typed arrays by slot (`src/shared/user-columns.ts`). */
  private columns = new UserColumns()
  private readonly slotOf = new Map<string, number>()
  private holes = 0
  private readonly attributeCounts = new Map<string, number>()
  private names: string[] | null = null
  private readonly orders = new Map<string, SortOrder>()
  private readonly builds = new Map<string, OrderBuild>()
  private building = false
  private last: Result | null = null
  /** The last filter's matches, for a query that narrows it and for aggregations. */
  private matched: { key: string; query: IndexQuery; slots: Uint32Array } | null = null
  private version = 0

  constructor(
    private readonly options: IndexRowsOptions = { schedule: (task) => setTimeout(task, 0), work: 100_000 }
  ) {}

  size(): number {
    return this.slotOf.size
  }

  get(username: string): UserRow | undefined {
    const slot = this.slotOf.get(username)
    return slot === undefined ? undefined : this.slots[slot]
  }

  getMany(usernames: readonly string[]): (UserRow | undefined)[] {
    return usernames.map((username) => this.get(username))
  }

  /** Adds rows as a load reads them; returns how many users are held (nothing to clone back). */
  add(rows: readonly UserRow[]): number {
    this.put(rows)
    return this.size()
  }

  /**
   * Adds or replaces rows; a row without groups or last seen keeps those already known (a write to a
   * user reads the user again, which tells neither). Returns the rows as kept.
   */
  put(rows: readonly UserRow[]): UserRow[] {
    const kept: UserRow[] = []
    const touched: number[] = []
    for (const row of rows) {
      const slot = this.slotOf.get(row.username)
      const old = slot === undefined ? undefined : this.slots[slot]
      const next = {
        ...row,
        ...(old?.groups && !row.groups ? { groups: old.groups } : {}),
        ...(old?.lastSeen && !row.lastSeen ? { lastSeen: old.lastSeen } : {})
      }
      if (old) this.countAttributes(old, -1)
      this.countAttributes(next, 1)
      touched.push(slot ?? this.slots.length)
      if (slot === undefined) {
        this.slotOf.set(next.username, this.slots.length)
        this.columns.set(this.slots.length, next)
        this.slots.push(next)
        this.texts.push(rowText(next))
      } else {
        this.slots[slot] = next
        this.texts[slot] = rowText(next)
        this.columns.set(slot, next)
      }
      kept.push(next)
    }
    if (kept.length) this.changed(touched)
    return kept
  }

  /** Drops users; returns the usernames that were held. */
  remove(usernames: readonly string[]): string[] {
    const touched: number[] = []
    const removed = usernames.filter((username) => this.drop(username, touched))
    if (removed.length) this.changed(touched)
    return removed
  }

  /** Drops every user whose `sub` starts with `prefix` (a load partition starting over). */
  removeSubPrefix(prefix: string): number {
    const touched: number[] = []
    for (const row of this.slots) if (row?.sub.startsWith(prefix)) this.drop(row.username, touched)
    if (touched.length) this.changed(touched)
    return touched.length
  }

  /** Sets every user's groups from the memberships read (users in no group get none). */
  setGroups(members: ReadonlyMap<string, string[]>): void {
    this.slots = this.slots.map((row, slot) => {
      if (!row) return row
      const next = { ...row, groups: members.get(row.username) ?? [] }
      this.columns.set(slot, next)
      return next
    })
    this.changed(null)
  }

  /** Takes a deleted group off its members; returns the rows that changed. */
  removeGroup(group: string): UserRow[] {
    const changed = this.slots
      .filter((row): row is UserRow => !!row?.groups?.includes(group))
      .map((row) => ({ ...row, groups: (row.groups ?? []).filter((g) => g !== group) }))
    return this.put(changed)
  }

  clear(): void {
    this.slots = []
    this.texts = []
    this.columns = new UserColumns()
    this.slotOf.clear()
    this.holes = 0
    this.attributeCounts.clear()
    this.changed(null)
  }

  attributeNames(): string[] {
    this.names ??= [...this.attributeCounts.keys()].sort()
    return this.names
  }

  /** A window of the query's result: filtered and sorted once, then sliced as the grid scrolls. */
  window(query: IndexQuery, offset = 0, limit = 200): IndexWindow {
    const t0 = performance.now()
    const result = this.result(query)
    const end = Math.min(result.total, offset + limit)
    const { sort } = query
    let slots: ArrayLike<number> = result.head
    let from = offset
    // Past the first rows of a sort, the column's order is needed now.
    if (sort && end > result.head.length) {
      const order = this.finishOrder(sort.column)
      if (result.matches) slots = result.head = sortByOrder(result.matches, order, sort.direction)
      else {
        // Every row sorted: the window is read from the order itself.
        slots = readOrder(order, sort.direction, offset, limit)
        from = 0
      }
    }
    const rows: UserRow[] = []
    for (let i = from; i < from + end - offset; i++) rows.push(this.slots[slots[i] as number] as UserRow)
    return {
      total: result.total,
      offset,
      rows,
      attributeNames: this.attributeNames(),
      version: this.version,
      tookMs: Math.round((performance.now() - t0) * 10) / 10
    }
  }

  /** Runs a named aggregation over the rows matching a query, where the rows are. */
  aggregate<K extends AggregationName>(
    name: K,
    query: IndexQuery,
    params: AggregationParams<K>
  ): AggregationResult<K> {
    // The whole index needs no matching pass; counts need no order.
    const input = { columns: this.columns, rows: this.slots, slots: this.matches(query) }
    return (AGGREGATIONS[name] as (i: AggregationInput, p: AggregationParams<K>) => AggregationResult<K>)(
      input,
      params
    )
  }

  /**
   * A query's result, kept for the next window: its matches, and its first rows in order. A sort whose
   * column has no order yet answers its first rows from one pass and has the order built meanwhile.
   */
  private result(query: IndexQuery): Result {
    const key = JSON.stringify(query)
    if (this.last?.key === key) return this.last
    const matches = this.matches(query)
    const total = matches ? matches.length : this.size()
    let head: Uint32Array
    if (!query.sort) head = matches ?? this.everySlot()
    else {
      const { column, direction } = query.sort
      const order = this.orders.get(column)
      if (order) head = matches ? sortByOrder(matches, order, direction) : new Uint32Array(0)
      else {
        this.buildOrder(column)
        head = firstSlots(this.slots, matches, column, direction, FIRST_ROWS)
      }
    }
    this.last = { key, total, matches, head }
    return this.last
  }

  /**
   * The slots matching a query in slot order, or null when nothing filters. A query that narrows the
   * previous one (`narrows`: its text or a condition's value typed further) is tested only against
   * that query's matches. Each slot is
   * tested cheapest first: typed columns, then the kept search text (the query's text and the text its
   * conditions need), and the exact rules of `src/shared/user-query.ts` last, on the few left.
   */
  private matches(query: IndexQuery): Uint32Array | null {
    const text = queryText(query)
    const filters = compileFilters(query)
    if (!text && !filters) return null
    const key = JSON.stringify({ ...query, sort: undefined })
    const kept = this.matched
    if (kept?.key === key) return kept.slots
    const candidates = kept && narrows(query, kept.query) ? kept.slots : null
    const { slots, texts } = this
    const needles = requiredTexts(query)
    if (text) needles.unshift(text)
    const typed = this.columnTest(query)
    const test = (slot: number): boolean => {
      if (!typed(slot)) return false
      const t = texts[slot] as string
      for (const needle of needles) if (!t.includes(needle)) return false
      return !filters || filters(slots[slot] as UserRow)
    }
    const out = new Uint32Array(candidates ? candidates.length : this.slotOf.size)
    let n = 0
    if (candidates) {
      for (const slot of candidates) if (test(slot)) out[n++] = slot
    } else for (let slot = 0; slot < slots.length; slot++) if (test(slot)) out[n++] = slot
    this.matched = { key, query, slots: out.subarray(0, n) }
    return this.matched.slots
  }

  /** The status, enabled and group parts of a query, read from the typed columns (a held row first). */
  private columnTest(query: IndexQuery): (slot: number) => boolean {
    const { status, enabled, groups, statusNames, groupSets } = this.columns
    const statuses = query.statuses?.length ? new Set<string>(query.statuses) : null
    const statusOk = Uint8Array.from(statusNames, (s, code) =>
      code > 0 && (!statuses || statuses.has(s)) ? 1 : 0
    )
    const want = query.enabled === undefined ? -1 : query.enabled ? 1 : 0
    const wanted = query.groups?.length ? new Set(query.groups) : null
    const groupOk =
      wanted && Uint8Array.from(groupSets, (set) => ((set ?? []).some((g) => wanted.has(g)) ? 1 : 0))
    return (slot) =>
      statusOk[status[slot] as number] === 1 &&
      (want < 0 || enabled[slot] === want) &&
      (!groupOk || groupOk[groups[slot] as number] === 1)
  }

  /** Every held slot, in slot order. */
  private everySlot(): Uint32Array {
    const out = new Uint32Array(this.slotOf.size)
    let n = 0
    for (let slot = 0; slot < this.slots.length; slot++) if (this.slots[slot]) out[n++] = slot
    return out
  }

  /** A column's order: the one kept, or its build (started now if need be) run to the end. */
  private finishOrder(column: string): SortOrder {
    const kept = this.orders.get(column)
    if (kept) return kept
    const order = (this.builds.get(column) ?? new OrderBuild(this.slots, column)).finish()
    this.builds.delete(column)
    this.orders.set(column, order)
    return order
  }

  /** Starts building a column's order between calls, the column asked for last going first. */
  private buildOrder(column: string): void {
    const build = this.builds.get(column) ?? new OrderBuild(this.slots, column)
    this.builds.delete(column)
    this.builds.set(column, build)
    if (this.building) return
    this.building = true
    this.options.schedule(() => this.buildStep())
  }

  private buildStep(): void {
    const column = [...this.builds.keys()].pop()
    const build = column === undefined ? undefined : this.builds.get(column)
    if (column === undefined || !build) {
      this.building = false
      return
    }
    const order = build.step(this.options.work)
    if (order) {
      this.builds.delete(column)
      this.orders.set(column, order)
    }
    this.options.schedule(() => this.buildStep())
  }

  /** Drops a user, noting its slot in `touched`; false when it was not held. */
  private drop(username: string, touched: number[]): boolean {
    const slot = this.slotOf.get(username)
    if (slot === undefined) return false
    touched.push(slot)
    this.countAttributes(this.slots[slot] as UserRow, -1)
    this.slotOf.delete(username)
    this.slots[slot] = undefined
    this.texts[slot] = ''
    this.columns.clear(slot)
    this.holes++
    return true
  }

  private countAttributes(row: UserRow, delta: 1 | -1): void {
    for (const name of Object.keys(row.attributes)) {
      const count = (this.attributeCounts.get(name) ?? 0) + delta
      if (count > 0) this.attributeCounts.set(name, count)
      else this.attributeCounts.delete(name)
      if (count === 0 || (delta === 1 && count === 1)) this.names = null
    }
  }

  /**
   * After rows changed (`touched`: their slots; null: any row may have): results are dropped, orders
   * under way start over, and the orders built are updated in place when few rows changed (a bulk job
   * over some users leaves the next sort of a million a window read, not a new sort).
   */
  private changed(touched: readonly number[] | null): void {
    this.version++
    this.builds.clear()
    this.last = null
    this.matched = null
    const compacted = this.holes >= COMPACT_AFTER && this.holes * 2 >= this.slots.length
    if (compacted) this.compact()
    if (compacted || !touched || touched.length > UPDATE_ORDERS_UP_TO) this.orders.clear()
    else
      for (const [column, order] of this.orders)
        this.orders.set(column, updateOrder(order, this.slots, column, touched))
  }

  /** Squeezes out the holes of removed users, keeping the order rows arrived in. */
  private compact(): void {
    const slots: UserRow[] = []
    const texts: string[] = []
    this.columns = new UserColumns()
    this.slots.forEach((row, slot) => {
      if (!row) return
      this.slotOf.set(row.username, slots.length)
      this.columns.set(slots.length, row)
      slots.push(row)
      texts.push(this.texts[slot] as string)
    })
    this.slots = slots
    this.texts = texts
    this.holes = 0
  }
}
