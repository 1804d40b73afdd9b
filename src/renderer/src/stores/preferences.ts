import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Preferences } from '@shared/contract/settings'
import { api, unwrap } from '../api'
import { setLanguage } from '../i18n'

export const usePreferencesStore = defineStore('preferences', () => {
  const preferences = ref<Preferences>({ theme: 'system', language: 'en', tableColumns: {}, lastPoolId: {} })

  async function load(): Promise<void> {
    preferences.value = await unwrap(api().settings.get())
    setLanguage(preferences.value.language)
  }

  async function update(patch: Partial<Preferences>): Promise<void> {
    preferences.value = await unwrap(api().settings.update(patch))
    setLanguage(preferences.value.language)
  }

  return { preferences, load, update }
})
