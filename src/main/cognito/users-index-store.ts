import type { IndexQuery, UserRow } from '@shared/contract/users'
import { UserColumns } from '@shared/user-columns'
import { compileFilters, queryText, rowText, sortKey } from '@shared/user-query'
import {
  AGGREGATIONS,
  type AggregationInput,
  type AggregationName,
  type AggregationParams,
  type AggregationResult
} from './users-aggregations'

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

/**
 * One column's sort order over the row slots: the slots with a value in ascending key order, the
 * slots without one, and each slot's rank (equal keys share a rank) to keep ties in slot order both ways.
 */
interface SortOrder {
  valued: Uint32Array
  empty: Uint32Array
  rank: Uint32Array
}

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
 * row's search text kept ready, sort orders per column built on first use and kept until a row
 * changes, and the last query's matching slots, so scrolling a result asks only for a window.
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
  private last: { key: string; slots: Uint32Array } | null = null
  private version = 0

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
    if (kept.length) this.changed()
    return kept
  }

  /** Drops users; returns the usernames that were held. */
  remove(usernames: readonly string[]): string[] {
    const removed = usernames.filter((username) => this.drop(username))
    if (removed.length) this.changed()
    return removed
  }

  /** Drops every user whose `sub` starts with `prefix` (a load partition starting over). */
  removeSubPrefix(prefix: string): number {
    let count = 0
    for (const row of this.slots) if (row?.sub.startsWith(prefix) && this.drop(row.username)) count++
    if (count) this.changed()
    return count
  }

  /** Sets every user's groups from the memberships read (users in no group get none). */
  setGroups(members: ReadonlyMap<string, string[]>): void {
    this.slots = this.slots.map((row, slot) => {
      if (!row) return row
      const next = { ...row, groups: members.get(row.username) ?? [] }
      this.columns.set(slot, next)
      return next
    })
    this.changed()
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
    this.changed()
  }

  attributeNames(): string[] {
    this.names ??= [...this.attributeCounts.keys()].sort()
    return this.names
  }

  /** A window of the query's result: filtered and sorted once, then sliced as the grid scrolls. */
  window(query: IndexQuery, offset = 0, limit = 200): IndexWindow {
    const t0 = performance.now()
    const slots = this.matching(query)
    const rows: UserRow[] = []
    for (let i = offset; i < Math.min(slots.length, offset + limit); i++)
      rows.push(this.slots[slots[i] as number] as UserRow)
    return {
      total: slots.length,
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
    // The whole index needs no matching pass (and leaves the grid's last result in place).
    const whole = !queryText(query) && !compileFilters(query)
    const input = { columns: this.columns, rows: this.slots, slots: whole ? null : this.matching(query) }
    return (AGGREGATIONS[name] as (i: AggregationInput, p: AggregationParams<K>) => AggregationResult<K>)(
      input,
      params
    )
  }

  /** The slots matching a query, in result order; the last result is kept for the next window. */
  private matching(query: IndexQuery): Uint32Array {
    const key = JSON.stringify(query)
    if (this.last?.key === key) return this.last.slots
    const text = queryText(query)
    const filters = compileFilters(query)
    const { slots, texts } = this
    const test = (slot: number): boolean => {
      const row = slots[slot]
      return !!row && (!text || (texts[slot] as string).includes(text)) && (!filters || filters(row))
    }
    const out = new Uint32Array(this.slotOf.size)
    let n = 0
    if (query.sort) {
      const order = this.order(query.sort.column)
      const { valued, rank } = order
      if (query.sort.direction === 'asc') {
        for (const slot of valued) if (test(slot)) out[n++] = slot
      } else {
        // Runs of equal keys go from the top down, each run kept in slot order (a stable sort).
        for (let end = valued.length; end > 0;) {
          let start = end - 1
          const r = rank[valued[start] as number]
          while (start > 0 && rank[valued[start - 1] as number] === r) start--
          for (let i = start; i < end; i++) if (test(valued[i] as number)) out[n++] = valued[i] as number
          end = start
        }
      }
      for (const slot of order.empty) if (test(slot)) out[n++] = slot
    } else {
      for (let slot = 0; slot < slots.length; slot++) if (test(slot)) out[n++] = slot
    }
    this.last = { key, slots: out.subarray(0, n) }
    return this.last.slots
  }

  /** A column's sort order, built once and kept until a row changes. */
  private order(column: string): SortOrder {
    const kept = this.orders.get(column)
    if (kept) return kept
    const keys: string[] = new Array<string>(this.slots.length)
    const valued: number[] = []
    const empty: number[] = []
    this.slots.forEach((row, slot) => {
      if (!row) return
      const key = sortKey(row, column)
      keys[slot] = key
      ;(key ? valued : empty).push(slot)
    })
    valued.sort((a, b) => {
      const ka = keys[a] as string
      const kb = keys[b] as string
      return ka < kb ? -1 : ka > kb ? 1 : a - b
    })
    const rank = new Uint32Array(this.slots.length)
    let r = 0
    for (let i = 0; i < valued.length; i++) {
      const slot = valued[i] as number
      if (i > 0 && keys[slot] !== keys[valued[i - 1] as number]) r++
      rank[slot] = r
    }
    const order = { valued: Uint32Array.from(valued), empty: Uint32Array.from(empty), rank }
    this.orders.set(column, order)
    return order
  }

  private drop(username: string): boolean {
    const slot = this.slotOf.get(username)
    if (slot === undefined) return false
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

  private changed(): void {
    this.version++
    this.orders.clear()
    this.last = null
    if (this.holes >= COMPACT_AFTER && this.holes * 2 >= this.slots.length) this.compact()
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
