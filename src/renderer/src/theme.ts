import type { GlobalThemeOverrides } from 'naive-ui'

/**
 * The colour tokens of both themes in one place, chosen for WCAG 2.1 AA: text colours reach 4.5:1 on
 * the page, on cards and on their own tinted tag backgrounds; the focus ring reaches 3:1 on both.
 * Naive UI's light defaults do not (its green as text is 3.38:1, hint grey 4.22:1, warning tags 1.9:1).
 */
export interface ContrastTokens {
  primary: string
  primaryHover: string
  primaryPressed: string
  /** Background of the current sidebar entry, under primary text. */
  primaryTint: string
  success: string
  warning: string
  error: string
  info: string
  /** Secondary text: hints, counts, empty lists. */
  hint: string
  link: string
  focusRing: string
  /** The border of a control drawn outside Naive UI (3:1 against the page). */
  controlBorder: string
  /** The backdrop behind a modal dialog. */
  backdrop: string
}

export const TOKENS: Record<'light' | 'dark', ContrastTokens> = {
  light: {
    primary: '#0c7a43',
    primaryHover: '#0f8a4c',
    primaryPressed: '#08603a',
    primaryTint: 'rgba(12, 122, 67, 0.1)',
    success: '#0c7a43',
    warning: '#8a5300',
    error: '#c0203f',
    info: '#1060c9',
    hint: '#5c6166',
    link: '#1060c9',
    focusRing: '#1060c9',
    controlBorder: '#767676',
    backdrop: 'rgba(0, 0, 0, 0.45)'
  },
  dark: {
    primary: '#63e2b7',
    primaryHover: '#7fe7c4',
    primaryPressed: '#5acea7',
    primaryTint: 'rgba(99, 226, 183, 0.12)',
    success: '#63e2b7',
    warning: '#f2c97d',
    error: '#e88080',
    info: '#70c0e8',
    hint: 'rgba(255, 255, 255, 0.62)',
    link: '#70c0e8',
    focusRing: '#70c0e8',
    controlBorder: 'rgba(255, 255, 255, 0.5)',
    backdrop: 'rgba(0, 0, 0, 0.72)'
  }
}

function states(color: string, hover: string, pressed: string): Record<string, string> {
  return { Color: color, ColorHover: hover, ColorPressed: pressed, ColorSuppl: hover }
}

/** Naive UI overrides from the tokens of a theme. */
export function themeOverrides(dark: boolean): GlobalThemeOverrides {
  const k = TOKENS[dark ? 'dark' : 'light']
  const common: Record<string, string> = { textColor3: k.hint, placeholderColor: k.hint }
  const families = {
    primary: [k.primary, k.primaryHover, k.primaryPressed],
    success: [k.success, k.primaryHover, k.primaryPressed],
    warning: [k.warning, k.warning, k.warning],
    error: [k.error, k.error, k.error],
    info: [k.info, k.info, k.info]
  } as const
  for (const [family, [color, hover, pressed]] of Object.entries(families)) {
    for (const [suffix, value] of Object.entries(states(color, hover, pressed)))
      common[family + suffix] = value
  }
  return {
    common,
    Empty: { textColor: k.hint },
    Breadcrumb: { itemTextColor: k.hint }
  }
}

/** CSS custom properties for what Naive UI does not theme: links, the focus ring, the modal backdrop. */
export function cssTokens(dark: boolean): Record<string, string> {
  const k = TOKENS[dark ? 'dark' : 'light']
  return {
    '--cac-primary': k.primary,
    '--cac-primary-tint': k.primaryTint,
    '--cac-link': k.link,
    '--cac-focus-ring': k.focusRing,
    '--cac-hint': k.hint,
    '--cac-control-border': k.controlBorder,
    '--cac-backdrop': k.backdrop
  }
}
