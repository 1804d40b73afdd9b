import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { installRouteFocus } from './a11y/routeFocus'
import { reportError } from './feedback'
import { i18n } from './i18n'
import { router } from './router'
import { useConnectionsStore } from './stores/connections'
import { useSettingsStore } from './stores/settings'

async function start(): Promise<void> {
  const app = createApp(App)
  app.use(createPinia())
  app.use(router)
  installRouteFocus(router)
  app.use(i18n)
  app.config.errorHandler = (error) => reportError(error)
  window.addEventListener('unhandledrejection', (event) => {
    event.preventDefault()
    reportError(event.reason)
  })
  // Settings (language, theme) and connections load before the first paint.
  try {
    await Promise.all([useSettingsStore().load(), useConnectionsStore().load()])
  } catch (error) {
    reportError(error)
  }
  app.mount('#app')
}

void start()
