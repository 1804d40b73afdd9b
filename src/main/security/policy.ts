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
}

export function secureWebPreferences(preload: string): SecureWebPreferences {
  return {
    preload,
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

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
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

/** Only web links may leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      parsed.username === '' &&
      parsed.password === ''
    )
  } catch {
    return false
  }
}

/** The one way to open a link outside the app; returns whether it was opened. */
export async function safeOpenExternal(url: string, open: (url: string) => Promise<void>): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false
  await open(url)
  return true
}

/** Every permission (camera, notifications, geolocation, clipboard-read...) is refused. */
export function permissionDecision(_permission: string): false {
  return false
}
