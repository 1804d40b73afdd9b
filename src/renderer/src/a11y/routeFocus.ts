import type { Router } from 'vue-router'

/**
 * Focus after a route change. A new screen puts focus on its heading (the last `h1` or
 * `[data-screen-heading]` in `main`, so a user's page inside the pool screen wins over the pool name),
 * so a screen reader announces it and Tab continues from the top of the screen. Returning to a screen
 * puts focus back on the element (by `data-testid`) that had it when the screen was left.
 * A person who clicks or types before the screen has drawn keeps their focus.
 */
const HEADINGS = 'main h1, main [data-screen-heading]'
const WAIT_MS = 2000
const STEP_MS = 40

/** The row a list opened an item from, by the list's key: the list returns to it when it is shown again. */
export const openedFrom = new Map<string, string>()

export function screenHeading(): HTMLElement | null {
  const all = document.querySelectorAll<HTMLElement>(HEADINGS)
  return all.length ? all[all.length - 1]! : null
}

function focusedTestId(): string | null {
  const active = document.activeElement
  if (!active || active === document.body) return null
  return active.closest('[data-testid]')?.getAttribute('data-testid') ?? null
}

function focusElement(el: HTMLElement): void {
  if (!el.matches('a, button, input, select, textarea, [tabindex]')) el.setAttribute('tabindex', '-1')
  el.focus()
}

/** Tab strips move focus themselves: a route change they start keeps focus on the tab. */
function focusOnTab(): boolean {
  return document.activeElement?.getAttribute('role') === 'tab'
}

export function installRouteFocus(router: Router): void {
  const left = new Map<string, string>()
  let previous: HTMLElement | null = null
  let cancel: (() => void) | null = null

  router.beforeEach((_to, from) => {
    const id = focusedTestId()
    if (from.matched.length && id) left.set(from.fullPath, id)
    previous = screenHeading()
  })

  router.afterEach((to, from, failure) => {
    if (failure || to.fullPath === from.fullPath || !from.matched.length) return
    cancel?.()
    if (focusOnTab()) return
    const restore = left.get(to.fullPath)
    left.delete(to.fullPath)
    const started = Date.now()
    let timer = 0
    const stop = (): void => {
      window.clearTimeout(timer)
      window.removeEventListener('pointerdown', stop, true)
      window.removeEventListener('keydown', stop, true)
      cancel = null
    }
    const attempt = (): void => {
      const back = restore
        ? document.querySelector<HTMLElement>(`[data-testid="${CSS.escape(restore)}"]`)
        : null
      const heading = screenHeading()
      const target = back ?? (heading && heading !== previous ? heading : null)
      if (target) {
        stop()
        focusElement(target)
      } else if (Date.now() - started < WAIT_MS) timer = window.setTimeout(attempt, STEP_MS)
      else {
        stop()
        if (heading && (!document.activeElement || document.activeElement === document.body))
          focusElement(heading)
      }
    }
    window.addEventListener('pointerdown', stop, true)
    window.addEventListener('keydown', stop, true)
    cancel = stop
    timer = window.setTimeout(attempt, 0)
  })
}
