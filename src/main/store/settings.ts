import Conf, { type Options } from 'conf'
import { z } from 'zod'
import { connectionSchema } from '@shared/contract/connections'
import { settingsSchema, type Settings } from '@shared/contract/settings'
import { quotaOverridesSchema } from '@shared/contract/limits'
import { PRIVATE_FILE_MODE } from '../files/private-files'

/**
 * Everything the app keeps on disk. No secret has a place here: connections name a profile, never
 * keys; tokens and passwords live in memory only.
 */
const storedSettingsSchema = z.strictObject({
  /** The `settings` domain's values; the key keeps its first name so settings files already on disk still load. */
  preferences: settingsSchema,
  connections: z.array(connectionSchema).max(200),
  activeConnectionId: z.uuid().nullable(),
  /** Request rates per Cognito quota category that differ from AWS's defaults. */
  quotas: quotaOverridesSchema
})

export type StoredSettings = z.infer<typeof storedSettingsSchema>

const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  language: 'en',
  tableColumns: {},
  lastPoolId: {}
}

const SETTINGS_DEFAULTS: StoredSettings = {
  preferences: DEFAULT_SETTINGS,
  connections: [],
  activeConnectionId: null,
  quotas: {}
}

/** The environment variable that moves the app's data folder (settings, audit log), for tests. */
export const DATA_DIR_ENV = 'COGNITO_CONSOLE_DATA_DIR'

/** The subset of electron-store / conf the app uses, so tests can hand in either. */
export type SettingsStore = Pick<Conf<StoredSettings>, 'get' | 'set' | 'path'>

/**
 * Options shared by electron-store (in the app) and conf (its base, in tests): the JSON schema is
 * generated from the same zod schemas the IPC contract validates with, so the two cannot drift.
 */
export function settingsStoreOptions(): Options<StoredSettings> {
  const schema = Object.fromEntries(
    Object.entries(storedSettingsSchema.shape).map(([key, value]) => [
      key,
      z.toJSONSchema(value, { target: 'draft-7' })
    ])
  ) as Options<StoredSettings>['schema']
  return {
    configName: 'settings',
    schema,
    defaults: SETTINGS_DEFAULTS,
    clearInvalidConfig: false,
    configFileMode: PRIVATE_FILE_MODE
  }
}

/** A settings store in a given folder, without Electron (tests, the E2E bridge, the sandbox). */
export function createSettingsStore(cwd: string): SettingsStore {
  return new Conf<StoredSettings>({ ...settingsStoreOptions(), cwd, projectName: 'cognito-admin-console' })
}
