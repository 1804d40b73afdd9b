import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  APP_ORIGIN,
  applicationMenu,
  contentSecurityPolicy,
  devToolsAllowed,
  externalLinkDecision,
  isSafeExternalUrl,
  isTrustedSender,
  permissionDecision,
  safeOpenExternal,
  secureWebPreferences,
  shouldBlockFrameNavigation,
  shouldBlockNavigation,
  trustedOrigins
} from '../../src/main/security/policy'
import { resolveAppPath } from '../../src/main/security/protocol'
import { isWriteCommand } from '../../src/main/aws/commands'
import { createHarness } from '../support/harness'

const origins = [APP_ORIGIN]

describe('webPreferences', () => {
  it('isolates the renderer: context isolation, sandbox, no Node anywhere, no webview', () => {
    expect(secureWebPreferences('/app/preload.cjs', false)).toEqual({
      preload: '/app/preload.cjs',
      devTools: false,
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
    })
  })

  it('offers DevTools only in development builds', () => {
    expect(devToolsAllowed(true)).toBe(false)
    expect(devToolsAllowed(false)).toBe(true)
  })

  it('leaves no DevTools toggle or reload in the menu of a packaged build', () => {
    const roles = (entries: MenuItemConstructorOptions[]): string[] =>
      entries.flatMap((e) => [
        ...(e.role ? [e.role.toLowerCase()] : []),
        ...(Array.isArray(e.submenu) ? roles(e.submenu) : [])
      ])
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const menu = applicationMenu(true, platform)
      expect(menu).not.toBeNull()
      const used = roles(menu ?? [])
      expect(used).toEqual(expect.arrayContaining(['editmenu', 'zoomin', 'windowmenu']))
      for (const role of ['toggledevtools', 'reload', 'forcereload', 'viewmenu'])
        expect(used).not.toContain(role)
    }
    // Development keeps Electron's default menu, DevTools toggle included.
    expect(applicationMenu(false, 'linux')).toBeNull()
  })
})

describe('electron-builder fuses', () => {
  it('flips every fuse the checklist names', () => {
    const config = readFileSync(resolve(__dirname, '../../electron-builder.yml'), 'utf8')
    const fuses = config.slice(config.indexOf('electronFuses:'))
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableCookieEncryption: true',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true'
    ])
      expect(fuses).toContain(`  ${line}\n`)
  })
})

describe('content security policy', () => {
  const directives = (csp: string) =>
    Object.fromEntries(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]))

  it('allows scripts only from the app: no inline script, no eval, no network', () => {
    const csp = directives(contentSecurityPolicy())
    expect(csp['default-src']).toBe("'none'")
    expect(csp['script-src']).toBe("'self'")
    expect(csp['connect-src']).toBe("'self'")
    expect(csp['object-src']).toBe("'none'")
    expect(csp['base-uri']).toBe("'none'")
    expect(csp['form-action']).toBe("'none'")
    expect(csp['frame-ancestors']).toBe("'none'")
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/)
  })

  it('opens only the dev server (and its hot-reload socket) in development', () => {
    const csp = directives(contentSecurityPolicy('http://localhost:5173'))
    expect(csp['connect-src']).toBe("'self' http://localhost:5173 ws://localhost:5173")
    expect(csp['script-src']).toBe("'self'")
    expect(trustedOrigins('http://localhost:5173')).toEqual([APP_ORIGIN, 'http://localhost:5173'])
    expect(trustedOrigins()).toEqual([APP_ORIGIN])
  })
})

describe('navigation and IPC senders', () => {
  it('keeps the window on the app: any other origin, scheme or malformed URL is blocked', () => {
    expect(shouldBlockNavigation(`${APP_ORIGIN}/index.html#/audit`, origins)).toBe(false)
    for (const url of [
      'https://evil.example/',
      'http://renderer/',
      'app://renderer.evil.example/',
      'app://other/index.html',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
      ''
    ]) {
      expect(shouldBlockNavigation(url, origins), url).toBe(true)
    }
  })

  it('answers IPC only from the app’s own top frame', () => {
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isMainFrame: true }, origins)).toBe(true)
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, isMainFrame: false }, origins)).toBe(false)
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, origins)).toBe(false)
    expect(isTrustedSender({ url: '', isMainFrame: true }, origins)).toBe(false)
  })

  it('allows only the clipboard write the Copy buttons need', () => {
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen'
    ]) {
      expect(permissionDecision(p), p).toBe(false)
    }
    expect(permissionDecision('clipboard-sanitized-write')).toBe(true)
  })

  it('lets no sub-frame navigate, and the top frame only within the app', () => {
    expect(shouldBlockFrameNavigation(`${APP_ORIGIN}/index.html#/pools`, true, origins)).toBe(false)
    expect(shouldBlockFrameNavigation(`${APP_ORIGIN}/index.html`, false, origins)).toBe(true)
    expect(shouldBlockFrameNavigation('https://evil.example/', true, origins)).toBe(true)
  })
})

describe('external links', () => {
  it('accepts only http(s) links without credentials', () => {
    expect(isSafeExternalUrl('https://docs.aws.amazon.com/cognito/')).toBe(true)
    expect(isSafeExternalUrl('http://127.0.0.1:5000/')).toBe(true)
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://attacker/share',
      'ms-settings:',
      'vscode://file/etc/passwd',
      'data:text/html,hi',
      'https://user:pass@example.com/',
      'https//missing-colon',
      ''
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false)
    }
  })

  it('opens https, asks before plain http, refuses the rest', async () => {
    expect(externalLinkDecision('https://docs.aws.amazon.com/cognito/')).toBe('open')
    expect(externalLinkDecision('http://example.com/')).toBe('ask')
    expect(externalLinkDecision('file:///etc/passwd')).toBe('refuse')
    const open = vi.fn(async () => undefined)
    const no = vi.fn(async () => false)
    expect(await safeOpenExternal('file:///etc/passwd', open, no)).toBe(false)
    expect(await safeOpenExternal('javascript:alert(1)', open, no)).toBe(false)
    expect(await safeOpenExternal('http://example.com/', open, no)).toBe(false)
    expect(no).toHaveBeenCalledWith('http://example.com/')
    expect(open).not.toHaveBeenCalled()
    expect(await safeOpenExternal('http://example.com/', open, async () => true)).toBe(true)
    expect(await safeOpenExternal('https://aws.amazon.com/', open, no)).toBe(true)
    expect(open).toHaveBeenCalledWith('https://aws.amazon.com/')
    expect(no).toHaveBeenCalledTimes(1)
  })
})

describe('app:// protocol path containment', () => {
  const root = resolve('/opt/console/renderer')

  it('serves files under the renderer folder, and index.html for the root', () => {
    expect(resolveAppPath(root, 'app://renderer/')).toBe(join(root, 'index.html'))
    expect(resolveAppPath(root, 'app://renderer/assets/index-abc.js')).toBe(join(root, 'assets/index-abc.js'))
    expect(resolveAppPath(root, 'app://renderer/assets/a%20b.css')).toBe(join(root, 'assets/a b.css'))
  })

  it('refuses to leave it: .., encoded separators and dots, backslashes, NUL, other hosts and schemes', () => {
    for (const url of [
      'app://renderer/../../etc/passwd',
      'app://renderer/%2e%2e/%2e%2e/etc/passwd',
      'app://renderer/assets/%2E%2E%2F%2E%2E%2Fsecret',
      'app://renderer/..%2f..%2fetc%2fpasswd',
      'app://renderer/..%5c..%5cwindows',
      'app://renderer/assets%5c..%5c..%5csecret',
      'app://renderer/index.html%00.png',
      'app://renderer/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://renderer/index.html',
      'not a url'
    ]) {
      const resolved = resolveAppPath(root, url)
      if (resolved !== null) expect(resolved.startsWith(root + '/'), `${url} -> ${resolved}`).toBe(true)
      else expect(resolved).toBeNull()
    }
    // The URL parser already folds %2e%2e segments: what is left stays inside the folder.
    expect(resolveAppPath(root, 'app://renderer/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc/passwd'))
    expect(resolveAppPath(root, 'app://renderer/..%2f..%2fetc%2fpasswd')).toBe(join(root, 'etc/passwd'))
    expect(resolveAppPath(root, 'app://renderer/index.html%00.png')).toBeNull()
    expect(resolveAppPath(root, 'app://renderer/..%5c..%5cwindows')).toBeNull()
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull()
  })
})

describe('read-only connections', () => {
  it('refuse every write command of every client before anything is sent, and let reads through', async () => {
    const idpModule = await import('@aws-sdk/client-cognito-identity-provider')
    const identityModule = await import('@aws-sdk/client-cognito-identity')
    // Nothing listens on port 9: a call that gets past the guard fails with ENDPOINT, not READ_ONLY.
    const h = await createHarness({ endpoint: 'http://127.0.0.1:9', readOnly: true })
    try {
      const { idp, identity } = h.ctx.connections.active().clients
      let writes = 0
      let reads = 0
      for (const [client, module] of [
        [idp, idpModule],
        [identity, identityModule]
      ] as const) {
        for (const [name, Command] of Object.entries(module)) {
          const isCommand =
            typeof Command === 'function' &&
            typeof (Command.prototype as { resolveMiddleware?: unknown }).resolveMiddleware === 'function'
          if (!name.endsWith('Command') || name.startsWith('$') || !isCommand) continue
          const send = (client as unknown as { send: (c: unknown) => Promise<unknown> }).send.bind(client)
          const outcome = await send(new (Command as new (input: object) => unknown)({})).then(
            () => 'sent',
            (error: { code?: string; name?: string }) => error.code ?? error.name
          )
          if (isWriteCommand(name)) {
            writes++
            expect(outcome, name).toBe('READ_ONLY')
          } else {
            reads++
            expect(outcome, name).not.toBe('READ_ONLY')
          }
        }
      }
      expect(writes).toBeGreaterThan(40)
      expect(reads).toBeGreaterThan(20)
    } finally {
      h.dispose()
    }
  }, 120_000)
})
