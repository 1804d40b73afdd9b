import type { Router } from 'vue-router'
import { screenActions } from './screenActions'

/**
 * The app's keyboard shortcuts: Ctrl/Cmd+K opens the command palette from anywhere; outside a text
 * field `?` shows the shortcuts, `g` then a screen's letter goes to that screen, and a screen's own
 * keys (see useScreenActions) run its actions. Single keys never fire while a dialog is open.
 */
export const MAC = typeof navigator !== 'undefined' && /Mac/.test(navigator.userAgent)
/** How the palette's chord is written on this platform. */
export const PALETTE_KEYS = MAC ? ['⌘', 'K'] : ['Ctrl', 'K']
/** How long the letter after `g` is awaited. */
const SEQUENCE_MS = 1500

/** Where typing a letter means text, not a command. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return (
    target.isContentEditable ||
    target.matches(
      'textarea, select, [role="combobox"], [role="textbox"], input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"])'
    )
  )
}

export function isPaletteChord(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k'
}

/** The sidebar screens that have a `g` letter, in sidebar order. */
export function goToScreens(router: Router): { path: string; nav: string; key: string }[] {
  return router
    .getRoutes()
    .filter((r) => r.meta.nav && r.meta.key)
    .sort((a, b) => (a.meta.order ?? 0) - (b.meta.order ?? 0))
    .map((r) => ({ path: r.path, nav: r.meta.nav!, key: r.meta.key! }))
}

/** Listens for the shortcuts on `window`; returns the function that stops listening. */
export function installShortcuts(
  router: Router,
  open: { palette: () => void; help: () => void }
): () => void {
  let awaitingScreen = 0
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return
    if (isPaletteChord(event)) {
      event.preventDefault()
      open.palette()
      return
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return
    if (document.querySelector('[aria-modal="true"]')) return
    const key = event.key
    if (awaitingScreen > Date.now()) {
      awaitingScreen = 0
      const screen = goToScreens(router).find((s) => s.key === key)
      if (screen) {
        event.preventDefault()
        void router.push(screen.path)
      }
      return
    }
    if (key === 'g') {
      awaitingScreen = Date.now() + SEQUENCE_MS
      return
    }
    if (key === '?') {
      event.preventDefault()
      open.help()
      return
    }
    const action = screenActions.value.find((a) => a.key === key)
    if (action) {
      event.preventDefault()
      void action.run()
    }
  }
  window.addEventListener('keydown', onKeydown)
  return () => window.removeEventListener('keydown', onKeydown)
}
