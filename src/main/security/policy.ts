import type { MenuItemConstructorOptions } from 'electron'

/**
 * The renderer's security settings as plain values and functions, so each can be tested without an
 * Electron binary. index.ts applies them; nothing else builds a window.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'renderer'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

export interface SecureWebPreferences {
  preload: string
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webSecurity: true
  allowRunningInsecureContent: false
  webviewTag: false
  navigateOnDragDrop: false
  spellcheck: false
  devTools: boolean
}

export function secureWebPreferences(preload: string, devTools: boolean): SecureWebPreferences {
  return {
    preload,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false
  }
}

/**
 * Scripts only from the app itself (no inline, no eval); styles may be inline because the component
 * library injects its CSS at run time; no network access from the renderer at all: every AWS call goes
 * through main. The dev server additionally needs its websocket for hot reload.
 */
export function contentSecurityPolicy(devServerUrl?: string): string {
  const connect = devServerUrl
    ? `'self' ${new URL(devServerUrl).origin} ws://${new URL(devServerUrl).host}`
    : "'self'"
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'"
  ].join('; ')
}

/** Origins whose top frame may call IPC and be navigated to: the packaged app, or the dev server. */
export function trustedOrigins(devServerUrl?: string): string[] {
  return devServerUrl ? [APP_ORIGIN, new URL(devServerUrl).origin] : [APP_ORIGIN]
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url)
    // Custom schemes report origin "null"; rebuild it from protocol and host.
    return parsed.origin === 'null' ? `${parsed.protocol}//${parsed.host}` : parsed.origin
  } catch {
    return null
  }
}

function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = originOf(url)
  return origin !== null && origins.includes(origin)
}

/** IPC is answered only for the app's own top frame: no iframes, no pages it navigated to. */
export function isTrustedSender(
  sender: { url: string; isMainFrame: boolean },
  origins: readonly string[]
): boolean {
  return sender.isMainFrame && isTrustedUrl(sender.url, origins)
}

/** A navigation of the main window away from the app is always refused (links open externally). */
export function shouldBlockNavigation(url: string, origins: readonly string[]): boolean {
  return !isTrustedUrl(url, origins)
}

/** How a link leaving the app is treated: https opens, plain http asks first, anything else never. */
export type ExternalLinkDecision = 'open' | 'ask' | 'refuse'

export function externalLinkDecision(url: string): ExternalLinkDecision {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'refuse'
  }
  if (parsed.username !== '' || parsed.password !== '') return 'refuse'
  if (parsed.protocol === 'https:') return 'open'
  return parsed.protocol === 'http:' ? 'ask' : 'refuse'
}

/** Only web links may leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  return externalLinkDecision(url) !== 'refuse'
}

/**
 * The one way to open a link outside the app; returns whether it was opened. A plain-http link opens
 * only when `confirm` (a question to the person) says yes.
 */
export async function safeOpenExternal(
  url: string,
  open: (url: string) => Promise<void>,
  confirm: (url: string) => Promise<boolean>
): Promise<boolean> {
  const decision = externalLinkDecision(url)
  if (decision === 'refuse' || (decision === 'ask' && !(await confirm(url)))) return false
  await open(url)
  return true
}

/**
 * The Copy buttons write with navigator.clipboard.writeText, which Electron checks as
 * `clipboard-sanitized-write`; every other permission (camera, notifications, clipboard-read...) is
 * refused.
 */
export function permissionDecision(permission: string): boolean {
  return permission === 'clipboard-sanitized-write'
}

/** The app has no frames of its own: a sub-frame never navigates, the top frame only within the app. */
export function shouldBlockFrameNavigation(
  url: string,
  isMainFrame: boolean,
  origins: readonly string[]
): boolean {
  return !isMainFrame || shouldBlockNavigation(url, origins)
}

/** DevTools only while developing: a packaged build offers no console into the renderer. */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged
}

/**
 * The application menu of a packaged build: the default menu's editing, zoom and window entries (the
 * text fields need copy and paste), without Toggle Developer Tools, Reload or Force Reload. Null while
 * developing, where Electron's default menu stays.
 */
export function applicationMenu(
  isPackaged: boolean,
  platform: NodeJS.Platform
): MenuItemConstructorOptions[] | null {
  if (!isPackaged) return null
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' }
  ]
}
