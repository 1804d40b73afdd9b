import type { PoolOverview } from '@shared/contract/pools'

/** The part of DescribeUserPool's answer a section explains, shown as raw JSON beneath it. */
export function rawPart(pool: PoolOverview, ...keys: string[]): Record<string, unknown> {
  const raw = (pool.raw.describeUserPool ?? {}) as Record<string, unknown>
  return Object.fromEntries(keys.map((k) => [k, raw[k]]).filter(([, v]) => v !== undefined))
}
