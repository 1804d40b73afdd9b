import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AppClientSummary } from '@shared/contract/appClients'
import type {
  IamRoleInfo,
  IdentityInfo,
  IdentityPoolInput,
  IdentityPoolSettings,
  IdentityPoolSummary,
  IdentityPoolView,
  SaveResult
} from '@shared/contract/identityPools'
import type { UserPoolSummary } from '@shared/contract/pools'
import { api, unwrap } from '../api'

export const useIdentityPoolsStore = defineStore('identityPools', () => {
  const pools = ref<IdentityPoolSummary[]>([])
  const loading = ref(false)
  /** The connection (and region, endpoint) the list belongs to, so a switch reloads it. */
  const loadedFor = ref<string | null>(null)

  async function load(connectionKey: string): Promise<void> {
    loading.value = true
    try {
      pools.value = (await unwrap(api().identityPools.list())).pools
      loadedFor.value = connectionKey
    } finally {
      loading.value = false
    }
  }

  function describe(identityPoolId: string): Promise<IdentityPoolView> {
    return unwrap(api().identityPools.describe({ identityPoolId }))
  }

  async function create(input: IdentityPoolInput): Promise<SaveResult> {
    const result = await unwrap(api().identityPools.create(input))
    loadedFor.value = null
    return result
  }

  async function update(identityPoolId: string, input: IdentityPoolSettings): Promise<SaveResult> {
    const result = await unwrap(api().identityPools.update({ identityPoolId, ...input }))
    loadedFor.value = null
    return result
  }

  async function remove(identityPoolId: string, confirmName: string): Promise<void> {
    await unwrap(api().identityPools.delete({ identityPoolId, confirmName }))
    pools.value = pools.value.filter((p) => p.id !== identityPoolId)
  }

  async function roles(): Promise<IamRoleInfo[]> {
    return (await unwrap(api().identityPools.listRoles())).roles
  }

  /** User pools and their app clients, for the provider pickers. */
  async function userPools(): Promise<UserPoolSummary[]> {
    return (await unwrap(api().pools.list({}))).pools
  }

  async function appClients(poolId: string): Promise<AppClientSummary[]> {
    return (await unwrap(api().appClients.list({ poolId }))).clients.map((c) => ({
      clientId: c.clientId,
      name: c.name
    }))
  }

  function identities(
    identityPoolId: string,
    nextToken?: string
  ): Promise<{ identities: IdentityInfo[]; nextToken?: string }> {
    return unwrap(api().identityPools.listIdentities({ identityPoolId, ...(nextToken ? { nextToken } : {}) }))
  }

  function describeIdentity(identityId: string): Promise<IdentityInfo> {
    return unwrap(api().identityPools.describeIdentity({ identityId }))
  }

  function deleteIdentities(
    identityIds: string[]
  ): Promise<{ deleted: number; unprocessed: { identityId: string; errorCode: string }[] }> {
    return unwrap(api().identityPools.deleteIdentities({ identityIds }))
  }

  return {
    pools,
    loading,
    loadedFor,
    load,
    describe,
    create,
    update,
    remove,
    roles,
    userPools,
    appClients,
    identities,
    describeIdentity,
    deleteIdentities
  }
})
