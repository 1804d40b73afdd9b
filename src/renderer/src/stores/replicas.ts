import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { PoolReplicas } from '@shared/contract/replicas'
import type { ReplicaStatus } from '@shared/replica-rules'
import { api, unwrap } from '../api'

export const useReplicasStore = defineStore('replicas', () => {
  /** The replicas of the pool last loaded; null while another pool's would show. */
  const current = ref<PoolReplicas | null>(null)
  const loading = ref(false)

  async function load(poolId: string): Promise<void> {
    if (current.value?.poolId !== poolId) current.value = null
    loading.value = true
    try {
      current.value = await unwrap(api().replicas.list({ poolId }))
    } finally {
      loading.value = false
    }
  }

  async function create(poolId: string, region: string): Promise<void> {
    current.value = await unwrap(api().replicas.create({ poolId, region }))
  }

  async function update(poolId: string, region: string, status: ReplicaStatus): Promise<void> {
    current.value = await unwrap(api().replicas.update({ poolId, region, status }))
  }

  async function remove(poolId: string, region: string): Promise<void> {
    current.value = await unwrap(api().replicas.delete({ poolId, region }))
  }

  return { current, loading, load, create, update, remove }
})
