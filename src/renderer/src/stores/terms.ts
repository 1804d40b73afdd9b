import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { TermsDocument, TermsSettings } from '@shared/contract/terms'
import { api, unwrap } from '../api'

export const useTermsStore = defineStore('terms', () => {
  const poolId = ref<string | null>(null)
  const documents = ref<TermsDocument[]>([])

  async function load(pool: string): Promise<void> {
    if (poolId.value !== pool) documents.value = []
    poolId.value = pool
    documents.value = await unwrap(api().terms.list({ poolId: pool }))
  }

  async function save(settings: TermsSettings, termsId?: string): Promise<void> {
    const saved = await unwrap(
      termsId ? api().terms.update({ ...settings, termsId }) : api().terms.create(settings)
    )
    documents.value = [...documents.value.filter((d) => d.termsId !== saved.termsId), saved]
  }

  async function remove(pool: string, termsId: string): Promise<void> {
    await unwrap(api().terms.delete({ poolId: pool, termsId }))
    documents.value = documents.value.filter((d) => d.termsId !== termsId)
  }

  return { poolId, documents, load, save, remove }
})
