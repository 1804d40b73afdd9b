/**
 * Accessible names and heading levels that Naive UI leaves out, added to its DOM app-wide so every
 * screen (and every screen added later) gets them without each form repeating them:
 * - a card title renders `role=heading` twice (header and title) with no level: the header loses the
 *   role, the title gets level 2;
 * - a form item's `<label>` is not tied to its control: the control gets `aria-labelledby`;
 * - an input's `aria-label` stays on its wrapper: the text box gets it;
 * - a select's focusable box and filter input carry no name: they take the select's `aria-label`,
 *   the `<label for>` of its id, or its form item's label;
 * - a number input's step buttons are unnamed: they get "Decrease"/"Increase";
 * - a dynamic tags list's add button is an icon only: it gets "Add" and its form item's label;
 * - a dialog or drawer is unnamed: it is labelled by its title.
 * Each fix is idempotent and leaves a name the code set itself alone.
 */

export interface AriaTexts {
  decrease: string
  increase: string
  add: string
}

let nextId = 0
function idOf(el: Element): string {
  if (!el.id) el.id = `a11y-${++nextId}`
  return el.id
}

function named(el: Element): boolean {
  return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby')
}

/** Elements matching `selector` in `root`, `root` itself included. */
function within(root: Element, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)]
  return root.matches(selector) ? [root, ...found] : found
}

export function fixCardHeadings(root: Element): void {
  for (const header of within(root, '.n-card-header[role="heading"]')) header.removeAttribute('role')
  for (const title of within(root, '.n-card-header__main[role="heading"]')) {
    if (!title.hasAttribute('aria-level')) title.setAttribute('aria-level', '2')
  }
}

/** What names a select: its own aria-label, or a `<label for>` of its id (a form item label comes later). */
function selectName(target: Element): { label?: string; labelledby?: string } {
  const select = target.closest('.n-select')
  const label = select?.getAttribute('aria-label')
  if (label) return { label }
  const forLabel = select?.id ? document.querySelector(`label[for="${CSS.escape(select.id)}"]`) : null
  return forLabel ? { labelledby: idOf(forLabel) } : {}
}

const SELECT_TARGETS =
  '.n-base-selection-label[tabindex], .n-base-selection-tags[tabindex], .n-base-selection-input, .n-base-selection-input-tag__input'

export function nameSelects(root: Element): void {
  for (const target of within(root, SELECT_TARGETS)) {
    if (named(target) || (target.tagName === 'DIV' && !target.hasAttribute('tabindex'))) continue
    const name = selectName(target)
    if (name.label) target.setAttribute('aria-label', name.label)
    else if (name.labelledby) target.setAttribute('aria-labelledby', name.labelledby)
  }
}

/** An input given `aria-label` names its root div; the text box inside is what needs the name. */
export function nameInputs(root: Element): void {
  for (const input of within(root, '.n-input[aria-label]')) {
    for (const box of input.querySelectorAll('input, textarea')) {
      if (!named(box)) box.setAttribute('aria-label', input.getAttribute('aria-label') ?? '')
    }
  }
}

const CONTROLS = `input:not([type="hidden"]), textarea, [role="switch"], [role="slider"], [role="radiogroup"], ${SELECT_TARGETS}`

export function nameFormControls(root: Element): void {
  const enclosing = root.closest('.n-form-item')
  const items = enclosing ? [enclosing, ...within(root, '.n-form-item')] : within(root, '.n-form-item')
  for (const item of items) {
    const label = item.querySelector(':scope > .n-form-item-label')
    const blank = item.querySelector(':scope > .n-form-item-blank')
    if (!label?.textContent?.trim() || !blank) continue
    for (const control of blank.querySelectorAll(CONTROLS)) {
      if (named(control) || control.closest('.n-form-item') !== item) continue
      if (control.tagName === 'DIV' && control.matches('.n-base-selection-input')) continue
      control.setAttribute('aria-labelledby', idOf(label))
    }
  }
}

export function nameNumberSteps(root: Element, texts: AriaTexts): void {
  for (const input of within(root, '.n-input-number')) {
    const buttons = input.querySelectorAll('.n-input__suffix > button, .n-input__prefix > button')
    if (buttons.length !== 2) continue
    const [minus, plus] = [...buttons]
    if (minus && !named(minus)) minus.setAttribute('aria-label', texts.decrease)
    if (plus && !named(plus)) plus.setAttribute('aria-label', texts.increase)
  }
}

export function nameTagAdders(root: Element, texts: AriaTexts): void {
  for (const button of within(root, '.n-dynamic-tags .n-button')) {
    if (named(button) || button.textContent?.trim()) continue
    const label = button.closest('.n-form-item')?.querySelector(':scope > .n-form-item-label')
    const field = label?.textContent?.trim()
    button.setAttribute('aria-label', field ? `${texts.add}: ${field}` : texts.add)
  }
}

const DIALOG_TITLES = ':scope > .n-card-header .n-card-header__main, .n-dialog__title, .n-drawer-header__main'

export function nameDialogs(root: Element): void {
  for (const dialog of within(root, '[role="dialog"]')) {
    if (named(dialog)) continue
    const title = dialog.querySelector(DIALOG_TITLES)
    if (title?.textContent?.trim()) dialog.setAttribute('aria-labelledby', idOf(title))
  }
}

export function fixNaiveAria(root: Element, texts: AriaTexts): void {
  fixCardHeadings(root)
  nameSelects(root)
  nameInputs(root)
  nameFormControls(root)
  nameNumberSteps(root, texts)
  nameTagAdders(root, texts)
  nameDialogs(root)
}

/** Applies the fixes to `root` now and to whatever is added under it later. */
export function watchNaiveAria(root: Element, texts: () => AriaTexts): () => void {
  fixNaiveAria(root, texts())
  const observer = new MutationObserver((records) => {
    const t = texts()
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) fixNaiveAria(node.parentElement ?? node, t)
      }
    }
  })
  observer.observe(root, { childList: true, subtree: true })
  return () => observer.disconnect()
}
