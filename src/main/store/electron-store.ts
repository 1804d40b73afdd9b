import ElectronStore from 'electron-store'
import { settingsStoreOptions, type SettingsStore } from './settings'

/** The app's settings file in Electron's userData folder (moved by COGNITO_CONSOLE_DATA_DIR). */
export function createElectronSettingsStore(): SettingsStore {
  const { configName, schema, defaults, clearInvalidConfig, configFileMode } = settingsStoreOptions()
  return new ElectronStore({ name: configName, schema, defaults, clearInvalidConfig, configFileMode })
}
