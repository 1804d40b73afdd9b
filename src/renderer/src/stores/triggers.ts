import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { RequestOf } from '@shared/contract'
import type { FunctionList, PoolTriggers } from '@shared/contract/triggers'
import type { TriggerKind } from '@shared/triggers'
import { api, unwrap } from '../api'

export type TriggerSettings = RequestOf<'triggers', 'set'>

export const useTriggersStore = defineStore('triggers', () => {
  /** The triggers of the pool last loaded; null while another pool's would show. */
  const current = ref<PoolTriggers | null>(null)
  const loading = ref(false)
  /** The account’s functions, read again each time a form opens (a function may just have been deployed). */
  const functions = ref<FunctionList | null>(null)

  async function load(poolId: string): Promise<void> {
    if (current.value?.poolId !== poolId) current.value = null
    loading.value = true
    try {
      current.value = await unwrap(api().triggers.list({ poolId }))
    } finally {
      loading.value = false
    }
  }

  async function loadFunctions(): Promise<void> {
    functions.value = await unwrap(api().triggers.functions({}))
  }

  async function set(settings: TriggerSettings): Promise<void> {
    current.value = await unwrap(api().triggers.set(settings))
  }

  async function remove(poolId: string, kind: TriggerKind): Promise<void> {
    current.value = await unwrap(api().triggers.remove({ poolId, kind }))
  }

  return { current, loading, functions, load, loadFunctions, set, remove }
})
