import type { UserRow } from '@shared/contract/users'
import { distributeColumn, summarizeColumns, type SummaryOptions } from '@shared/insights'
import type { UserColumns } from '@shared/user-columns'

/** What an aggregation reads: the index's prepared columns, its rows by slot, and the slots to count. */
export interface AggregationInput {
  columns: UserColumns
  rows: readonly (UserRow | undefined)[]
  /** A query's result, or null for every user held. */
  slots: Uint32Array | null
}

/**
 * Aggregations the pool index runs where the rows live (the index thread), so an answer over a
 * million users crosses to main as a few numbers rather than as rows. Each is a pure function of the
 * index's columns and plain, cloneable parameters; add one here by name to make it callable through
 * `PoolIndex.aggregate(name, query, params)`.
 */
export const AGGREGATIONS = {
  /** The Insights tab's charts (`src/shared/insights.ts`). */
  insightsSummary: (input: AggregationInput, params: SummaryOptions) =>
    summarizeColumns(input.columns, input.slots, params),
  /** The most common values of a column or attribute (status, `custom:tenant`...). */
  insightsDistribution: (input: AggregationInput, params: { attribute: string }) =>
    distributeColumn(input.columns, input.rows, input.slots, params.attribute)
}

export type AggregationName = keyof typeof AGGREGATIONS
export type AggregationParams<K extends AggregationName> = Parameters<(typeof AGGREGATIONS)[K]>[1]
export type AggregationResult<K extends AggregationName> = ReturnType<(typeof AGGREGATIONS)[K]>
