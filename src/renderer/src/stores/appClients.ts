import { defineStore } from 'pinia'
import type { AppClientDetail, ClientChange, ClientSettings } from '@shared/contract/appClients'
import { api, unwrap } from '../api'
import { usePoolList } from '../composables/usePoolList'

export const useAppClientsStore = defineStore('appClients', () => {
  const {
    items: clients,
    poolId,
    loading,
    load
  } = usePoolList(async (pool) => (await unwrap(api().appClients.list({ poolId: pool }))).clients)

  function replace(detail: AppClientDetail): void {
    const others = clients.value.filter((c) => c.clientId !== detail.clientId)
    clients.value = [...others, detail].sort((a, b) => a.name.localeCompare(b.name))
  }

  async function create(
    pool: string,
    settings: ClientSettings,
    generateSecret: boolean
  ): Promise<AppClientDetail> {
    const detail = await unwrap(api().appClients.create({ poolId: pool, generateSecret, ...settings }))
    replace(detail)
    return detail
  }

  /** Sends only the change; main applies it to the client as Cognito describes it now. */
  async function update(pool: string, clientId: string, change: ClientChange): Promise<AppClientDetail> {
    const detail = await unwrap(api().appClients.update({ poolId: pool, clientId, ...change }))
    replace(detail)
    return detail
  }

  /** Asked for by the person, shown once, never kept in the store. */
  async function revealSecret(pool: string, clientId: string): Promise<string> {
    return (await unwrap(api().appClients.revealSecret({ poolId: pool, clientId }))).secret
  }

  async function rotateSecret(pool: string, clientId: string): Promise<number> {
    const result = await unwrap(api().appClients.rotateSecret({ poolId: pool, clientId }))
    replace(result.detail)
    return result.removedSecrets
  }

  async function remove(pool: string, clientId: string): Promise<void> {
    await unwrap(api().appClients.delete({ poolId: pool, clientId }))
    clients.value = clients.value.filter((c) => c.clientId !== clientId)
  }

  return { clients, poolId, loading, load, create, update, revealSecret, rotateSecret, remove }
})
