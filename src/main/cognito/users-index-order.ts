import type { UserRow } from '@shared/contract/users'
import { sortKey } from '@shared/user-query'

/**
 * Sort orders of the pool index (the rule is `sortRows` in `src/shared/user-query.ts`: lower-cased keys
 * by code unit, ties in arrival order both ways, empty values last both ways). A result's first rows
 * come from one pass that keeps the best few (`firstSlots`); a column's full order is built a step at a
 * time (`OrderBuild`) between calls, and then answers every window and every filtered result.
 */

export type Direction = 'asc' | 'desc'

/** The rank of a slot with no value (or no row) in `SortOrder.rank`. */
export const NO_RANK = 0xffff_ffff

/**
 * One column's order over the row slots: the slots with a value in ascending key order (ties in slot
 * order), the slots without one in slot order, and each slot's rank (equal keys share one; NO_RANK for
 * an empty value), so a descending window or a filtered result is read without comparing strings.
 */
export interface SortOrder {
  valued: Uint32Array
  empty: Uint32Array
  rank: Uint32Array
  /** Distinct keys: ranks run from 0 to ranks - 1. */
  ranks: number
}

/** Whether the row at `a` (key `ka`) comes before the row at `b` in the result's order. */
function before(direction: Direction, ka: string, a: number, kb: string, b: number): boolean {
  if (!ka) return !kb && a < b
  if (!kb || ka === kb) return !kb || a < b
  return direction === 'asc' ? ka < kb : ka > kb
}

/**
 * The first `count` slots of the sorted result over `candidates` (slot order; null: every row), by one
 * pass that keeps the best `count` in a heap whose root is the worst of them: most rows cost one key and
 * one comparison, and nothing the size of the pool is sorted.
 */
export function firstSlots(
  rows: readonly (UserRow | undefined)[],
  candidates: Uint32Array | null,
  column: string,
  direction: Direction,
  count: number
): Uint32Array {
  const heap: number[] = []
  const keys: string[] = []
  // The root is the worst kept: `worse(i, j)` says whether heap entry i comes after entry j.
  const worse = (i: number, j: number) =>
    before(direction, keys[j] as string, heap[j] as number, keys[i] as string, heap[i] as number)
  const swap = (i: number, j: number) => {
    ;[heap[i], heap[j]] = [heap[j] as number, heap[i] as number]
    ;[keys[i], keys[j]] = [keys[j] as string, keys[i] as string]
  }
  const offer = (slot: number) => {
    const row = rows[slot]
    if (!row) return
    const key = sortKey(row, column)
    if (heap.length < count) {
      heap.push(slot)
      keys.push(key)
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1
        if (!worse(i, parent)) break
        swap(i, parent)
        i = parent
      }
      return
    }
    if (count === 0 || !before(direction, key, slot, keys[0] as string, heap[0] as number)) return
    heap[0] = slot
    keys[0] = key
    for (let i = 0; ;) {
      const left = 2 * i + 1
      const right = left + 1
      let top = i
      if (left < heap.length && worse(left, top)) top = left
      if (right < heap.length && worse(right, top)) top = right
      if (top === i) break
      swap(i, top)
      i = top
    }
  }
  if (candidates) for (const slot of candidates) offer(slot)
  else for (let slot = 0; slot < rows.length; slot++) offer(slot)
  const entries = heap.map((slot, i) => ({ slot, key: keys[i] as string }))
  entries.sort((a, b) => (before(direction, a.key, a.slot, b.key, b.slot) ? -1 : 1))
  return Uint32Array.from(entries, (e) => e.slot)
}

/** Slots sorted by rank (one numeric sort of packed rank-and-slot numbers, no string compared). */
export function sortByOrder(slots: Uint32Array, order: SortOrder, direction: Direction): Uint32Array {
  const { rank, ranks } = order
  // Rank and slot packed in one double: exact while ranks * space stays under 2^53.
  const space = 2 ** Math.ceil(Math.log2(rank.length + 1))
  const packed = new Float64Array(slots.length)
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as number
    const r = rank[slot] as number
    const group = r === NO_RANK ? ranks : direction === 'asc' ? r : ranks - 1 - r
    packed[i] = group * space + slot
  }
  packed.sort()
  return Uint32Array.from(packed, (p) => p % space)
}

/** The index in `valued` of the first (`last` false) or after the last slot with rank `r`. */
function runEdge(order: SortOrder, r: number, last: boolean): number {
  const { valued, rank } = order
  let lo = 0
  let hi = valued.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const m = rank[valued[mid] as number] as number
    if (m < r || (last && m === r)) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * A window of every row sorted, read straight from the order: descending runs of equal keys from the
 * top down, each run kept in slot order.
 */
export function readOrder(order: SortOrder, direction: Direction, offset: number, limit: number): number[] {
  const { valued, empty, rank } = order
  const out: number[] = []
  const end = Math.min(offset + limit, valued.length + empty.length)
  let runStart = 0
  let runEnd = -1
  for (let p = offset; p < end; p++) {
    if (p >= valued.length) out.push(empty[p - valued.length] as number)
    else if (direction === 'asc') out.push(valued[p] as number)
    else {
      // Position p counted from the top is q counted from the bottom; its run is read forwards.
      const q = valued.length - 1 - p
      if (q < runStart || q >= runEnd) {
        const r = rank[valued[q] as number] as number
        runStart = runEdge(order, r, false)
        runEnd = runEdge(order, r, true)
      }
      out.push(valued[runStart + runEnd - 1 - q] as number)
    }
  }
  return out
}

/** Rows sorted within each run before runs are merged: small enough to sort in one step. */
const RUN = 2_048

/**
 * A column's full order, built a step at a time so the thread answers calls in between: keys first
 * (computed once), then runs sorted, then runs merged pairwise (a bottom-up merge sort that can stop
 * after any element), then ranks. `step(work)` does about `work` rows' worth and returns the order
 * once it is done.
 */
export class OrderBuild {
  private readonly keys: string[]
  private readonly valued: number[] = []
  private readonly empty: number[] = []
  private next = 0
  private src = new Uint32Array(0)
  private dst = new Uint32Array(0)
  private sorting = false
  private width = RUN
  private i = 0
  private j = 0
  private k = 0
  private mid = 0
  private hi = 0
  private done: SortOrder | null = null

  constructor(
    private readonly rows: readonly (UserRow | undefined)[],
    private readonly column: string
  ) {
    this.keys = new Array<string>(rows.length)
  }

  step(work: number): SortOrder | null {
    let budget = work
    while (!this.done && budget > 0) {
      if (!this.sorting) budget -= this.readKeys(budget)
      else if (this.next < this.src.length) budget -= this.sortRun()
      else budget -= this.merge(budget)
    }
    return this.done
  }

  /** Runs every remaining step (a window past the first rows needs the whole order now). */
  finish(): SortOrder {
    return this.step(Number.POSITIVE_INFINITY) as SortOrder
  }

  private readKeys(budget: number): number {
    const { rows, keys } = this
    const end = Math.min(rows.length, this.next + budget)
    for (let slot = this.next; slot < end; slot++) {
      const row = rows[slot]
      if (!row) continue
      const key = sortKey(row, this.column)
      keys[slot] = key
      ;(key ? this.valued : this.empty).push(slot)
    }
    const read = end - this.next
    this.next = end
    if (end === rows.length) {
      this.sorting = true
      this.next = 0
      this.src = Uint32Array.from(this.valued)
      this.dst = new Uint32Array(this.src.length)
      this.valued.length = 0
    }
    return Math.max(read, 1)
  }

  private readonly compare = (a: number, b: number): number => {
    const ka = this.keys[a] as string
    const kb = this.keys[b] as string
    return ka < kb ? -1 : ka > kb ? 1 : a - b
  }

  /** Sorts the next run in place; costs about its length times its depth. */
  private sortRun(): number {
    const end = Math.min(this.src.length, this.next + RUN)
    this.src.subarray(this.next, end).sort(this.compare)
    const cost = (end - this.next) * 11
    this.next = end
    if (end === this.src.length) this.startPass()
    return cost
  }

  private startPass(): void {
    if (this.width >= this.src.length) return this.finishRanks()
    this.startPair(0)
  }

  private startPair(lo: number): void {
    this.k = this.i = lo
    this.j = this.mid = Math.min(lo + this.width, this.src.length)
    this.hi = Math.min(lo + 2 * this.width, this.src.length)
  }

  /** Merges up to `budget` elements of the current pair of runs into the other buffer. */
  private merge(budget: number): number {
    const { src, dst, keys, mid, hi } = this
    let { i, j, k } = this
    const stop = Math.min(hi, k + budget)
    while (k < stop) {
      if (j >= hi) dst[k++] = src[i++] as number
      else if (i >= mid) dst[k++] = src[j++] as number
      else {
        const a = src[i] as number
        const b = src[j] as number
        const ka = keys[a] as string
        const kb = keys[b] as string
        // Slots in a left run are all below those in the right one, so equal keys take the left first.
        if (kb < ka) {
          dst[k++] = b
          j++
        } else {
          dst[k++] = a
          i++
        }
      }
    }
    const moved = Math.max(k - this.k, 1)
    Object.assign(this, { i, j, k })
    if (k === hi) {
      if (hi < src.length) this.startPair(hi)
      else {
        ;[this.src, this.dst] = [dst, src]
        this.width *= 2
        this.startPass()
      }
    }
    return moved
  }

  private finishRanks(): void {
    const { src: valued, keys } = this
    const rank = new Uint32Array(this.rows.length).fill(NO_RANK)
    let r = -1
    let previous: string | undefined
    for (const slot of valued) {
      const key = keys[slot] as string
      if (key !== previous) r++
      previous = key
      rank[slot] = r
    }
    this.done = { valued, empty: Uint32Array.from(this.empty), rank, ranks: r + 1 }
    this.keys.length = 0
    this.dst = new Uint32Array(0)
  }
}

/**
 * The order after a few rows changed (`changed`: their slots, in any order; a slot without a row now
 * was removed): the others keep their places, each changed row is taken out and put back by its new
 * key, and ranks are counted again. One pass over the order instead of a new sort.
 */
export function updateOrder(
  order: SortOrder,
  rows: readonly (UserRow | undefined)[],
  column: string,
  changed: readonly number[]
): SortOrder {
  const moved = new Uint8Array(rows.length)
  for (const slot of changed) moved[slot] = 1
  const kept = order.valued.filter((slot) => !moved[slot])
  const keyAt = (slot: number) => sortKey(rows[slot] as UserRow, column)
  const added: { slot: number; key: string; at: number }[] = []
  const empty: number[] = [...order.empty].filter((slot) => !moved[slot])
  for (const slot of new Set(changed)) {
    const row = rows[slot]
    if (!row) continue
    const key = sortKey(row, column)
    if (!key) {
      empty.push(slot)
      continue
    }
    // Where it goes among the rows that kept their places: after every (key, slot) below its own.
    let lo = 0
    let hi = kept.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const other = kept[mid] as number
      const k = keyAt(other)
      if (k < key || (k === key && other < slot)) lo = mid + 1
      else hi = mid
    }
    added.push({ slot, key, at: lo })
  }
  added.sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.slot - b.slot))
  const valued = new Uint32Array(kept.length + added.length)
  const rank = new Uint32Array(rows.length).fill(NO_RANK)
  let n = 0
  let r = -1
  let previous = -1
  // A new rank where the key changes: kept neighbours compare their old ranks, the others their keys.
  const place = (slot: number) => {
    const same =
      previous >= 0 &&
      (moved[slot] || moved[previous]
        ? keyAt(slot) === keyAt(previous)
        : order.rank[slot] === order.rank[previous])
    if (!same) r++
    rank[slot] = r
    valued[n++] = slot
    previous = slot
  }
  let next = 0
  for (let i = 0; i <= kept.length; i++) {
    while (next < added.length && (added[next] as { at: number }).at === i)
      place((added[next++] as { slot: number }).slot)
    if (i < kept.length) place(kept[i] as number)
  }
  return { valued, empty: Uint32Array.from(empty.sort((a, b) => a - b)), rank, ranks: r + 1 }
}
