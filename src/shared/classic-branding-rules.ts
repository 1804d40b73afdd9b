/**
 * Rules for the classic hosted UI's style (SetUICustomization: a CSS text and a logo set together),
 * run by the form before review and by main before the call. Reason codes with parameters; the
 * renderer words them. Values from Cognito's developer guide, "Customizing hosted UI (classic) branding".
 */

/** The only class names Cognito takes in the classic CSS. */
export const CLASSIC_CSS_CLASSES = [
  'background-customizable',
  'banner-customizable',
  'errorMessage-customizable',
  'idpButton-customizable',
  'idpButton-customizable:hover',
  'inputField-customizable',
  'inputField-customizable:focus',
  'label-customizable',
  'legalText-customizable',
  'logo-customizable',
  'submitButton-customizable',
  'submitButton-customizable:hover',
  'textDescription-customizable'
] as const

/** SetUICustomization's CSS field holds at most 131,072 characters. */
export const MAX_CLASSIC_CSS_CHARACTERS = 131_072
/** The request must stay under 135 KB: the CSS and the base64 logo, with room left for the rest. */
export const MAX_CLASSIC_REQUEST_BYTES = 133_000

export type ClassicStyleProblem =
  | { code: 'cssForbidden'; what: string }
  | { code: 'cssUnknownClass'; selector: string }
  | { code: 'cssMalformed' }
  | { code: 'classicTooLarge'; bytes: number; max: number }

const FORBIDDEN: [RegExp, string][] = [
  [/@(import|media|supports|page|font-face|keyframes|charset|namespace)\b/i, '@$1'],
  [/<\/?[a-z!]/i, 'HTML'],
  [/javascript:/i, 'javascript:'],
  [/expression\s*\(/i, 'expression()']
]

/** The base64 length of a file of `bytes` bytes, as Cognito receives the logo. */
export const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4

/**
 * What Cognito would refuse in a classic style: a statement it forbids, a selector that is not one of
 * its classes, text that is not a list of rules, or a request over its size with the logo's bytes.
 */
export function classicStyleProblems(css: string, logoBytes: number): ClassicStyleProblem[] {
  const problems: ClassicStyleProblem[] = []
  const bytes = new TextEncoder().encode(css).byteLength + base64Length(logoBytes)
  if (css.length > MAX_CLASSIC_CSS_CHARACTERS || bytes > MAX_CLASSIC_REQUEST_BYTES)
    problems.push({ code: 'classicTooLarge', bytes, max: MAX_CLASSIC_REQUEST_BYTES })
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '')
  for (const [pattern, what] of FORBIDDEN) {
    const found = pattern.exec(text)
    if (found) problems.push({ code: 'cssForbidden', what: what.replace('$1', found[1] ?? '') })
  }
  if (problems.some((p) => p.code === 'cssForbidden' || p.code === 'classicTooLarge')) return problems
  const rule = /([^{}]+)\{[^{}]*\}/g
  if (text.replace(rule, '').trim() !== '') return [...problems, { code: 'cssMalformed' }]
  const allowed = new Set<string>(CLASSIC_CSS_CLASSES)
  for (const [, selectors = ''] of text.matchAll(rule))
    for (const selector of selectors.split(',').map((s) => s.trim()))
      if (!selector.startsWith('.') || !allowed.has(selector.slice(1)))
        problems.push({ code: 'cssUnknownClass', selector })
  return problems
}
