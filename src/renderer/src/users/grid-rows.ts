import type { UserRow } from '@shared/contract/users'

/**
 * What the users grid shows: a result of `total` rows of which it holds only some. A server search
 * holds its few pages whole; the pool index answers windows of its result from the index thread.
 */
export interface GridRows {
  total: number
  /** Every row is held here, so "select all" can list them (else it selects the query). */
  complete: boolean
  /** The row at an offset, or undefined while its window is on the way. */
  at(index: number): UserRow | undefined
  /** Asks for the rows of [from, to): the rows on the grid's screen, `shown` (first, end), and a margin. */
  want(from: number, to: number, shown: readonly [number, number]): void
  /** The usernames of the rows in [from, to), for a range selection. */
  usernames(from: number, to: number): Promise<string[]>
}

/** Rows the renderer holds whole (a server search's pages). */
export function heldRows(rows: readonly UserRow[]): GridRows {
  return {
    total: rows.length,
    complete: true,
    at: (index) => rows[index],
    want: () => undefined,
    usernames: (from, to) => Promise.resolve(rows.slice(from, to).map((r) => r.username))
  }
}

/** The row each remembered grid was left from (by key), so coming back puts the focus on it again. */
export const openedAt = new Map<string, number>()
