import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type {
  CreatePoolInput,
  CustomAttributeInput,
  PoolOverview,
  UserPoolFacts,
  UserPoolSummary
} from '@shared/contract/pools'
import type { RequestOf } from '@shared/contract'
import { MAX_REMEMBERED_CONNECTIONS } from '@shared/contract/settings'
import { keepNewest } from '@shared/schemas'
import { api, unwrap } from '../api'
import { useConnectionsStore } from './connections'
import { useSettingsStore } from './settings'

const FACTS_BATCH = 60
const RECENT_MAX = 10

export const usePoolsStore = defineStore('pools', () => {
  const pools = ref<UserPoolSummary[]>([])
  const loading = ref(false)
  /** The connection the list belongs to, so a switch reloads it. */
  const loadedFor = ref<string | null>(null)
  /** Estimated users, MFA and protection per pool id, filled in after the list. */
  const facts = ref<Record<string, UserPoolFacts>>({})
  const factsLoading = ref(false)

  /** The pool open on the pool screen. */
  const current = ref<PoolOverview | null>(null)
  const currentLoading = ref(false)
  const currentError = ref<unknown>(null)

  const connections = useConnectionsStore()
  const settings = useSettingsStore()

  async function load(connectionId: string): Promise<void> {
    loading.value = true
    try {
      pools.value = (await unwrap(api().pools.list())).pools
      loadedFor.value = connectionId
      facts.value = {}
    } finally {
      loading.value = false
    }
    void loadFacts()
  }

  /**
   * For the screens that pick a pool: the first visit loads the list; later visits read it again in the
   * background, so a pool made elsewhere meanwhile can be picked. Facts already read are kept.
   */
  async function refresh(): Promise<void> {
    if (!connections.activeId) return
    const key = connections.activeKey
    if (loadedFor.value !== key) return load(key)
    const list = (await unwrap(api().pools.list())).pools
    if (loadedFor.value !== key) return
    pools.value = list
    const missing = list.filter((p) => !facts.value[p.id]).map((p) => p.id)
    if (missing.length > 0 && !factsLoading.value) void loadFacts(missing)
  }

  /** One DescribeUserPool per pool, in batches, so the table fills in while the person reads it. */
  async function loadFacts(ids = pools.value.map((p) => p.id)): Promise<void> {
    factsLoading.value = true
    try {
      for (let i = 0; i < ids.length; i += FACTS_BATCH) {
        const batch = ids.slice(i, i + FACTS_BATCH)
        const result = await unwrap(api().pools.facts({ poolIds: batch }))
        facts.value = { ...facts.value, ...Object.fromEntries(result.facts.map((f) => [f.id, f])) }
      }
    } finally {
      factsLoading.value = false
    }
  }

  function clear(): void {
    pools.value = []
    facts.value = {}
    loadedFor.value = null
  }

  const connectionKey = computed(() => connections.activeId ?? '')
  const favourites = computed(() => settings.settings.favouritePools?.[connectionKey.value] ?? [])
  const recent = computed(() => settings.settings.recentPools?.[connectionKey.value] ?? [])

  /** The active connection's entry set, the map kept within what settings may hold. */
  function remember<T>(record: Record<string, T> | undefined, value: T): Record<string, T> {
    return keepNewest(record ?? {}, connectionKey.value, value, MAX_REMEMBERED_CONNECTIONS)
  }

  async function toggleFavourite(poolId: string): Promise<void> {
    const list = favourites.value.includes(poolId)
      ? favourites.value.filter((id) => id !== poolId)
      : [...favourites.value, poolId]
    await settings.update({
      favouritePools: remember(settings.settings.favouritePools, list)
    })
  }

  async function rememberOpened(poolId: string): Promise<void> {
    const list = [poolId, ...recent.value.filter((id) => id !== poolId)].slice(0, RECENT_MAX)
    if (list.join() === recent.value.join()) return
    await settings.update({
      recentPools: remember(settings.settings.recentPools, list),
      lastPoolId: remember(settings.settings.lastPoolId, poolId)
    })
  }

  async function open(poolId: string): Promise<void> {
    if (current.value?.id !== poolId) current.value = null
    currentLoading.value = true
    currentError.value = null
    try {
      current.value = await unwrap(api().pools.describe({ poolId }))
      void rememberOpened(poolId)
    } catch (error) {
      currentError.value = error
    } finally {
      currentLoading.value = false
    }
  }

  async function create(input: CreatePoolInput): Promise<{ id: string; name: string }> {
    const created = await unwrap(api().pools.create(input))
    if (connections.activeId) await load(connections.activeKey)
    return created
  }

  async function update(change: RequestOf<'pools', 'update'>): Promise<void> {
    current.value = await unwrap(api().pools.update(change))
  }

  async function addCustomAttributes(poolId: string, attributes: CustomAttributeInput[]): Promise<void> {
    current.value = await unwrap(api().pools.addCustomAttributes({ poolId, attributes }))
  }

  async function remove(poolId: string, confirmName: string): Promise<void> {
    await unwrap(api().pools.delete({ poolId, confirmName }))
    current.value = null
    pools.value = pools.value.filter((p) => p.id !== poolId)
  }

  return {
    pools,
    loading,
    loadedFor,
    facts,
    factsLoading,
    current,
    currentLoading,
    currentError,
    favourites,
    recent,
    load,
    refresh,
    clear,
    toggleFavourite,
    open,
    create,
    update,
    addCustomAttributes,
    remove
  }
})
