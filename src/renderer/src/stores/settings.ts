import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Settings } from '@shared/contract/settings'
import { api, unwrap } from '../api'
import { setLanguage } from '../i18n'

export const useSettingsStore = defineStore('settings', () => {
  const settings = ref<Settings>({ theme: 'system', language: 'en', tableColumns: {}, lastPoolId: {} })

  async function load(): Promise<void> {
    settings.value = await unwrap(api().settings.get())
    setLanguage(settings.value.language)
  }

  async function update(patch: Partial<Settings>): Promise<void> {
    settings.value = await unwrap(api().settings.update(patch))
    setLanguage(settings.value.language)
  }

  return { settings, load, update }
})
