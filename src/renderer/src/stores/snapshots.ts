import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RequestOf, ResponseOf } from '@shared/contract'
import type { SnapshotEntry, SnapshotSource } from '@shared/contract/snapshots'
import { api, unwrap } from '../api'

export type SnapshotDiff = ResponseOf<'snapshots', 'diff'>
export type SnapshotPlan = ResponseOf<'snapshots', 'plan'>
export type ApplyTarget = RequestOf<'snapshots', 'plan'>['target']

/** A pool's snapshot history, and what the Snapshots tab compares, plans and applies. */
export const useSnapshotsStore = defineStore('snapshots', () => {
  const poolId = ref('')
  const entries = ref<SnapshotEntry[]>([])
  const loading = ref(false)

  async function load(pool: string): Promise<void> {
    poolId.value = pool
    loading.value = true
    try {
      entries.value = (await unwrap(api().snapshots.history({ poolId: pool }))).entries
    } finally {
      loading.value = false
    }
  }

  async function take(pool: string): Promise<SnapshotEntry> {
    const { entry } = await unwrap(api().snapshots.take({ poolId: pool }))
    await load(pool)
    return entry
  }

  const save = (source: SnapshotSource) => unwrap(api().snapshots.save({ source }))
  const diff = (left: SnapshotSource, right: SnapshotSource) => unwrap(api().snapshots.diff({ left, right }))
  const plan = (source: SnapshotSource, target: ApplyTarget) =>
    unwrap(api().snapshots.plan({ source, target }))
  const template = async (source: SnapshotSource) => (await unwrap(api().snapshots.template({ source }))).yaml
  const saveTemplate = (source: SnapshotSource) => unwrap(api().snapshots.saveTemplate({ source }))

  async function apply(source: SnapshotSource, target: ApplyTarget, fingerprint: string) {
    const report = await unwrap(api().snapshots.apply({ source, target, fingerprint }))
    // The apply kept the target's snapshot first: the history has a new entry.
    if ('poolId' in target && target.poolId === poolId.value) await load(target.poolId)
    return report
  }

  return { poolId, entries, loading, load, take, save, diff, plan, apply, template, saveTemplate }
})
