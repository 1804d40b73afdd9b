import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ImageSlot } from '@shared/branding-rules'
import type {
  BrandingDetail,
  BrandingEdit,
  ClassicStyle,
  ClassicStyleSettings,
  DomainDetail,
  DomainSettings,
  PickedBrandingAsset
} from '@shared/contract/domains'
import { api, unwrap } from '../api'

export const useDomainsStore = defineStore('domains', () => {
  const detail = ref<DomainDetail | null>(null)
  const loading = ref(false)
  /** Branding per client id of the loaded pool: null when the client has none. */
  const branding = ref<Record<string, BrandingDetail | null>>({})
  /** The classic hosted UI's style per scope (ALL or a client id) of the loaded pool. */
  const classic = ref<Record<string, ClassicStyle | null>>({})

  async function load(poolId: string): Promise<void> {
    if (detail.value?.poolId !== poolId) {
      detail.value = null
      branding.value = {}
      classic.value = {}
    }
    loading.value = true
    try {
      detail.value = await unwrap(api().domains.describe({ poolId }))
    } finally {
      loading.value = false
    }
  }

  async function save(settings: DomainSettings, isNew: boolean): Promise<DomainDetail> {
    detail.value = await unwrap(isNew ? api().domains.create(settings) : api().domains.update(settings))
    return detail.value
  }

  async function remove(poolId: string, domain: string): Promise<void> {
    await unwrap(api().domains.delete({ poolId, domain }))
    detail.value = { poolId, domain: null }
  }

  async function loadBranding(poolId: string, clientId: string): Promise<void> {
    const result = await unwrap(api().domains.describeBranding({ poolId, clientId }))
    branding.value = { ...branding.value, [clientId]: result.branding }
  }

  async function createBranding(poolId: string, clientId: string): Promise<void> {
    const result = await unwrap(api().domains.createBranding({ poolId, clientId }))
    branding.value = { ...branding.value, [clientId]: result.branding }
  }

  /** Null when the person closes the file dialog without choosing. */
  async function pickAsset(poolId: string, category: ImageSlot): Promise<PickedBrandingAsset | null> {
    return unwrap(api().domains.pickBrandingAsset({ poolId, category }))
  }

  async function updateBranding(edit: BrandingEdit): Promise<void> {
    const result = await unwrap(api().domains.updateBranding(edit))
    branding.value = { ...branding.value, [edit.clientId]: result.branding }
  }

  async function deleteBranding(poolId: string, clientId: string, brandingId: string): Promise<void> {
    await unwrap(api().domains.deleteBranding({ poolId, brandingId }))
    branding.value = { ...branding.value, [clientId]: null }
  }

  async function loadClassic(poolId: string, clientId: string): Promise<void> {
    const result = await unwrap(api().domains.describeUiCustomization({ poolId, clientId }))
    classic.value = { ...classic.value, [clientId]: result.style }
  }

  async function saveClassic(settings: ClassicStyleSettings): Promise<void> {
    const result = await unwrap(api().domains.setUiCustomization(settings))
    classic.value = { ...classic.value, [settings.clientId]: result.style }
  }

  return {
    detail,
    loading,
    branding,
    classic,
    load,
    save,
    remove,
    loadBranding,
    createBranding,
    pickAsset,
    updateBranding,
    deleteBranding,
    loadClassic,
    saveClassic
  }
})
