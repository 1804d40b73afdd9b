import { randomUUID } from 'node:crypto'
import { BrowserWindow, session } from 'electron'
import { AppError } from '@shared/errors'
import type { AuthWindowOpener } from '../context'
import { isRedirectTo } from '../cognito/hosted-ui'

/**
 * The managed-login window: a child of the console with its own in-memory session (no cookies shared
 * with the console or kept after it closes), no preload and no IPC. The redirect to the callback URL is
 * caught before it loads, and the window closes.
 */
export function createAuthWindowOpener(parent: () => BrowserWindow | null): AuthWindowOpener {
  return {
    open(url, redirectUri) {
      return new Promise<string>((resolve, reject) => {
        // A partition name without "persist:" lives in memory only.
        const partition = `managed-login-${randomUUID()}`
        const ses = session.fromPartition(partition)
        // A sign-in page needs no permission at all, not even the console's clipboard write.
        ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
        ses.setPermissionCheckHandler(() => false)
        const owner = parent()
        const win = new BrowserWindow({
          width: 480,
          height: 720,
          title: 'Managed login',
          autoHideMenuBar: true,
          ...(owner ? { parent: owner } : {}),
          webPreferences: {
            partition,
            sandbox: true,
            contextIsolation: true,
            nodeIntegration: false,
            webviewTag: false,
            spellcheck: false
          }
        })
        let settled = false
        const settle = (finish: () => void) => {
          if (settled) return
          settled = true
          finish()
          if (!win.isDestroyed()) win.close()
          void ses.clearStorageData()
        }
        const intercept = (event: { preventDefault(): void }, target: string) => {
          if (isRedirectTo(target, redirectUri)) {
            event.preventDefault()
            settle(() => resolve(target))
          }
        }
        win.webContents.on('will-redirect', intercept)
        win.webContents.on('will-navigate', intercept)
        win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
        win.on('closed', () =>
          settle(() =>
            reject(
              new AppError('CANCELLED', 'The managed-login window was closed before the sign-in finished.', {
                hint: 'Start the managed login again and complete it in the window.'
              })
            )
          )
        )
        void win.loadURL(url)
      })
    }
  }
}
