import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

const ROOT = join(import.meta.dirname, '../..')

/**
 * The Electron binary, without triggering the electron package's download-on-require (these machines
 * cannot download it): ELECTRON_PATH, or the binary an install of the electron package left behind.
 */
function electronBinary(): string | null {
  if (process.env.ELECTRON_PATH)
    return existsSync(process.env.ELECTRON_PATH) ? process.env.ELECTRON_PATH : null
  const pkg = join(ROOT, 'node_modules/electron')
  const pathFile = join(pkg, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()

test.describe('real Electron app', () => {
  test.skip(
    binary === null,
    'No Electron binary installed (node_modules/electron/dist is missing and ELECTRON_PATH is unset); run `npx install-electron` where downloads are allowed to run this smoke test.'
  )

  test('starts sandboxed with the contract bridge and no Node in the page', async () => {
    const app = await electron.launch({
      executablePath: binary ?? '',
      args: [ROOT],
      env: { ...process.env, COGNITO_CONSOLE_DATA_DIR: mkdtempSync(join(tmpdir(), 'cac-electron-')) }
    })
    try {
      const win = await app.firstWindow()
      await expect(win.getByTestId('app-nav').getByRole('link', { name: 'User pools' })).toBeVisible()
      const probe = await win.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        api: Object.keys((globalThis as unknown as { api: object }).api)
      }))
      expect(probe.require).toBe('undefined')
      expect(probe.process).toBe('undefined')
      expect(probe.api).toEqual(expect.arrayContaining(['connections', 'pools', 'settings', 'on']))
      const prefs = await win.evaluate(() =>
        (globalThis as unknown as { api: { settings: { get: () => Promise<unknown> } } }).api.settings.get()
      )
      expect(prefs).toMatchObject({ ok: true, data: { language: 'en' } })
      expect(win.url()).toMatch(/^app:\/\/renderer\//)
    } finally {
      await app.close()
    }
  })
})
