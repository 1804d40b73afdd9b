import { defineStore } from 'pinia'
import type {
  IdentityProviderDetail,
  OidcDiscovery,
  ProviderSettings,
  SigningCertificate
} from '@shared/contract/identityProviders'
import type { FileSaveResult } from '@shared/contract/users'
import { api, unwrap } from '../api'
import { usePoolList } from '../composables/usePoolList'
import { useAppClientsStore } from './appClients'

export const useIdentityProvidersStore = defineStore('identityProviders', () => {
  const {
    items: providers,
    poolId,
    loading,
    load
  } = usePoolList(async (pool) => (await unwrap(api().identityProviders.list({ poolId: pool }))).providers)

  function describe(pool: string, name: string): Promise<IdentityProviderDetail> {
    return unwrap(api().identityProviders.describe({ poolId: pool, name }))
  }

  function findByIdentifier(pool: string, identifier: string): Promise<IdentityProviderDetail> {
    return unwrap(api().identityProviders.findByIdentifier({ poolId: pool, identifier }))
  }

  function discover(issuer: string): Promise<OidcDiscovery> {
    return unwrap(api().identityProviders.discover({ issuer }))
  }

  async function save(settings: ProviderSettings, isNew: boolean): Promise<IdentityProviderDetail> {
    const detail = await unwrap(
      isNew ? api().identityProviders.create(settings) : api().identityProviders.update(settings)
    )
    await load(settings.poolId)
    return detail
  }

  async function remove(pool: string, name: string): Promise<void> {
    await unwrap(api().identityProviders.delete({ poolId: pool, name }))
    providers.value = providers.value.filter((p) => p.name !== name)
  }

  /** The clients list follows the change, so every screen shows which providers a client offers. */
  async function setOnClient(
    pool: string,
    name: string,
    clientId: string,
    enabled: boolean
  ): Promise<string[]> {
    const result = await unwrap(
      api().identityProviders.setOnClient({ poolId: pool, name, clientId, enabled })
    )
    const clients = useAppClientsStore()
    clients.clients = clients.clients.map((c) =>
      c.clientId === clientId ? { ...c, supportedIdentityProviders: result.supportedIdentityProviders } : c
    )
    return result.supportedIdentityProviders
  }

  function signingCertificate(pool: string): Promise<SigningCertificate> {
    return unwrap(api().identityProviders.signingCertificate({ poolId: pool }))
  }

  function saveSigningCertificate(pool: string): Promise<FileSaveResult> {
    return unwrap(api().identityProviders.saveSigningCertificate({ poolId: pool }))
  }

  return {
    providers,
    poolId,
    loading,
    load,
    describe,
    findByIdentifier,
    discover,
    save,
    remove,
    setOnClient,
    signingCertificate,
    saveSigningCertificate
  }
})
