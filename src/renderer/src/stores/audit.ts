import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { AuditExportFormat, AuditFilter, AuditPage } from '@shared/contract/audit'
import type { FileSaveResult } from '@shared/contract/users'
import { api, unwrap } from '../api'

export const useAuditStore = defineStore('audit', () => {
  // Shallow: records are replaced whole, never edited, and their parameters nest deeply.
  const page = shallowRef<AuditPage | null>(null)
  const loading = ref(false)

  async function load(filter: AuditFilter): Promise<void> {
    loading.value = true
    try {
      page.value = await unwrap(api().audit.list(filter))
    } finally {
      loading.value = false
    }
  }

  function exportLog(filter: Omit<AuditFilter, 'limit'>, format: AuditExportFormat): Promise<FileSaveResult> {
    return unwrap(api().audit.export({ ...filter, format }))
  }

  return { page, loading, load, exportLog }
})
