import type { UserRow } from '@shared/contract/users'
import { distribution, summarizePool, type SummaryOptions } from '@shared/insights'
import { columnValue } from '@shared/user-query'

/**
 * Aggregations the pool index runs where the rows live (the index thread), so an answer over a
 * million users crosses to main as a few numbers rather than as rows. Each is a pure function of the
 * matching rows and plain, cloneable parameters; add one here by name to make it callable through
 * `PoolIndex.aggregate(name, query, params)`.
 */
export const AGGREGATIONS = {
  /** Users per value of a column (status, enabled, a custom attribute...), the most common first. */
  countBy(
    rows: readonly UserRow[],
    params: { column: string; top?: number }
  ): { value: string; count: number }[] {
    const counts = new Map<string, number>()
    for (const row of rows) {
      const value = columnValue(row, params.column)
      counts.set(value, (counts.get(value) ?? 0) + 1)
    }
    return [...counts]
      .map(([value, count]) => ({ value, count }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
      .slice(0, params.top ?? 100)
  },
  /** The Insights tab's charts (`src/shared/insights.ts`). */
  insightsSummary: (rows: readonly UserRow[], params: SummaryOptions) => summarizePool(rows, params),
  insightsDistribution: (rows: readonly UserRow[], params: { attribute: string }) =>
    distribution(rows, params.attribute)
}

export type AggregationName = keyof typeof AGGREGATIONS
export type AggregationParams<K extends AggregationName> = Parameters<(typeof AGGREGATIONS)[K]>[1]
export type AggregationResult<K extends AggregationName> = ReturnType<(typeof AGGREGATIONS)[K]>
