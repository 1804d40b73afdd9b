import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, net, protocol, session, shell } from 'electron'
import { createAppContext, disposeAppContext, type AppContext } from './context'
import { bindIpcMain, windowEventSink } from './ipc/electron'
import { handlers } from './ipc/handlers'
import { createRouter } from './ipc/router'
import {
  APP_ORIGIN,
  APP_SCHEME,
  applicationMenu,
  contentSecurityPolicy,
  permissionDecision,
  devToolsAllowed,
  safeOpenExternal,
  secureWebPreferences,
  shouldBlockFrameNavigation,
  shouldBlockNavigation,
  trustedOrigins,
  isTrustedSender
} from './security/policy'
import { createAuthWindowOpener } from './security/auth-window'
import { resolveAppPath } from './security/protocol'
import { createElectronSettingsStore } from './store/electron-store'
import { DATA_DIR_ENV } from './store/settings'

const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
const origins = trustedOrigins(devServerUrl)
const rendererRoot = join(__dirname, '../renderer')

if (process.env[DATA_DIR_ENV]) app.setPath('userData', process.env[DATA_DIR_ENV])
// Every renderer sandboxed, whatever a window's own preferences say; must precede the first window.
app.enableSandbox()

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
])

let mainWindow: BrowserWindow | null = null
let context: AppContext | null = null

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(rendererRoot, request.url)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', contentSecurityPolicy())
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })
}

function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) =>
    callback(permissionDecision(permission))
  )
  session.defaultSession.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission))
}

/** Links leave the app through here: https opens, plain http asks first. */
function openOutside(url: string): Promise<boolean> {
  return safeOpenExternal(
    url,
    (u) => shell.openExternal(u),
    async (u) => {
      const options = {
        type: 'warning' as const,
        buttons: ['Cancel', 'Open'],
        defaultId: 0,
        cancelId: 0,
        message: 'Open an unencrypted (http) link in your browser?',
        detail: u
      }
      const { response } = mainWindow
        ? await dialog.showMessageBox(mainWindow, options)
        : await dialog.showMessageBox(options)
      return response === 1
    }
  )
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Cognito Admin Console',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(
      join(__dirname, '../preload/index.cjs'),
      devToolsAllowed(app.isPackaged)
    )
  })
  win.once('ready-to-show', () => win.show())
  win.webContents.setWindowOpenHandler(({ url }) => {
    void openOutside(url)
    return { action: 'deny' }
  })
  win.webContents.on('will-navigate', (event, url) => {
    if (shouldBlockNavigation(url, origins)) {
      event.preventDefault()
      void openOutside(url)
    }
  })
  win.webContents.on('will-frame-navigate', (event) => {
    if (shouldBlockFrameNavigation(event.url, event.isMainFrame, origins)) event.preventDefault()
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-redirect', (event, url) => {
    if (contents === mainWindow?.webContents && shouldBlockNavigation(url, origins)) event.preventDefault()
  })
})

void app.whenReady().then(() => {
  serveRenderer()
  hardenSession()
  const menu = applicationMenu(app.isPackaged, process.platform)
  if (menu) Menu.setApplicationMenu(Menu.buildFromTemplate(menu))
  context = createAppContext({
    store: createElectronSettingsStore(),
    events: windowEventSink(() => mainWindow),
    authWindow: createAuthWindowOpener(() => mainWindow),
    saveFile: async ({ defaultName, filters }) => {
      const options = { defaultPath: join(app.getPath('downloads'), defaultName), filters }
      const result = mainWindow
        ? await dialog.showSaveDialog(mainWindow, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    openFile: async ({ filters }) => {
      const options = { properties: ['openFile' as const], filters }
      const result = mainWindow
        ? await dialog.showOpenDialog(mainWindow, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    }
  })
  const router = createRouter({
    handlers,
    context,
    isTrustedSender: (sender) => isTrustedSender(sender, origins)
  })
  bindIpcMain(ipcMain, router)
  mainWindow = createWindow()
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
  })
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})

app.on('will-quit', () => {
  if (context) disposeAppContext(context)
})
