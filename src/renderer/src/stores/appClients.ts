import { defineStore } from 'pinia'
import type {
  AppClientDetail,
  ClientChange,
  ClientSecretSummary,
  ClientSettings,
  NewClientSecret
} from '@shared/contract/appClients'
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

  async function listSecrets(pool: string, clientId: string): Promise<ClientSecretSummary[]> {
    return (await unwrap(api().appClients.listSecrets({ poolId: pool, clientId }))).secrets
  }

  /** The new value goes to the screen that shows it once; the store never keeps it. */
  async function addSecret(pool: string, clientId: string): Promise<NewClientSecret> {
    return (await unwrap(api().appClients.addSecret({ poolId: pool, clientId }))).secret
  }

  async function deleteSecret(pool: string, clientId: string, secretId: string): Promise<void> {
    await unwrap(api().appClients.deleteSecret({ poolId: pool, clientId, secretId }))
  }

  async function rotateSecret(
    pool: string,
    clientId: string
  ): Promise<{ secret: NewClientSecret; removedSecrets: number; oldSecretsLeft: string[] }> {
    const { detail, ...result } = await unwrap(api().appClients.rotateSecret({ poolId: pool, clientId }))
    replace(detail)
    return result
  }

  async function remove(pool: string, clientId: string): Promise<void> {
    await unwrap(api().appClients.delete({ poolId: pool, clientId }))
    clients.value = clients.value.filter((c) => c.clientId !== clientId)
  }

  return {
    clients,
    poolId,
    loading,
    load,
    create,
    update,
    revealSecret,
    listSecrets,
    addSecret,
    deleteSecret,
    rotateSecret,
    remove
  }
})
