import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { InsightsDistribution, PoolInsights } from '@shared/contract/insights'
import type { RequestOf } from '@shared/contract'
import type { FileSaveResult } from '@shared/contract/users'
import type { InsightPeriod } from '@shared/insights'
import { api, unwrap } from '../api'

/** The least time between two recounts that follow index changes, ms. */
const REFRESH_MS = 1000

/** The Insights tab of the open pool: its charts and the attribute picked for the distribution. */
export const useInsightsStore = defineStore('insights', () => {
  const poolId = ref<string | null>(null)
  const period = ref<InsightPeriod>('day')
  const summary = shallowRef<PoolInsights | null>(null)
  const attribute = ref('custom:tenant')
  const distribution = shallowRef<InsightsDistribution | null>(null)

  function open(id: string): void {
    if (poolId.value === id) return
    poolId.value = id
    summary.value = null
    distribution.value = null
  }

  async function load(): Promise<void> {
    const id = poolId.value
    if (!id) return
    const result = await unwrap(api().insights.summary({ poolId: id, period: period.value }))
    if (poolId.value === id) summary.value = result
  }

  async function loadDistribution(): Promise<void> {
    const id = poolId.value
    if (!id || !attribute.value) return
    const result = await unwrap(api().insights.distribution({ poolId: id, attribute: attribute.value }))
    if (poolId.value === id) distribution.value = result
  }

  let refresh: ReturnType<typeof setTimeout> | null = null

  /**
   * Recounts the charts when the open pool's index changes (a write, a job's step, a load going on),
   * at most once per REFRESH_MS however many changes arrive. Returns the function that stops it.
   */
  function follow(): () => void {
    const changed = (change: { poolId: string }): void => {
      if (change.poolId !== poolId.value || !summary.value || refresh) return
      refresh = setTimeout(() => {
        refresh = null
        void load().then(loadDistribution)
      }, REFRESH_MS)
    }
    const stops = [api().on('users:indexChanged', changed), api().on('users:indexProgress', changed)]
    return () => {
      for (const stop of stops) stop()
      if (refresh) clearTimeout(refresh)
      refresh = null
    }
  }

  const exportCsv = (request: RequestOf<'insights', 'exportCsv'>): Promise<FileSaveResult> =>
    unwrap(api().insights.exportCsv(request))
  const exportPng = (request: RequestOf<'insights', 'exportPng'>): Promise<FileSaveResult> =>
    unwrap(api().insights.exportPng(request))

  return {
    poolId,
    period,
    summary,
    attribute,
    distribution,
    open,
    load,
    loadDistribution,
    follow,
    exportCsv,
    exportPng
  }
})
