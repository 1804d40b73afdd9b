/**
 * Rules for terms documents (terms of use, privacy policy) of an app client, run by the form before
 * review and by main before CreateTerms/UpdateTerms. Reason codes with parameters; the renderer words them.
 */

/** A document's name must begin with its kind, which is how Cognito tells them apart. */
export const TERMS_KINDS = ['terms-of-use', 'privacy-policy'] as const
export type TermsKind = (typeof TERMS_KINDS)[number]

/** The languages of managed login; `cognito:default` serves every language without its own link. */
export const TERMS_LANGUAGES = [
  'cognito:default',
  'cognito:english',
  'cognito:french',
  'cognito:spanish',
  'cognito:german',
  'cognito:bahasa-indonesia',
  'cognito:italian',
  'cognito:japanese',
  'cognito:korean',
  'cognito:portuguese-brazil',
  'cognito:chinese-simplified',
  'cognito:chinese-traditional'
] as const
export type TermsLanguage = (typeof TERMS_LANGUAGES)[number]

/** Cognito's limits on a terms name and on each link. */
export const MAX_TERMS_NAME = 30
export const MAX_TERMS_URL = 1024

export interface TermsInput {
  name: string
  links: readonly { language: string; url: string }[]
}

export type TermsProblem =
  | { code: 'nameKind' }
  | { code: 'nameFormat'; max: number }
  | { code: 'noLinks' }
  | { code: 'languageTwice'; language: string }
  | { code: 'linkFormat'; language: string; max: number }
  | { code: 'linkInsecure'; language: string }

/** The kind a name declares, or null when it begins with neither. */
export function termsKindOf(name: string): TermsKind | null {
  return TERMS_KINDS.find((kind) => name.startsWith(kind)) ?? null
}

function linkProblem(language: string, url: string): TermsProblem | null {
  if (url.length > MAX_TERMS_URL || !URL.canParse(url))
    return { code: 'linkFormat', language, max: MAX_TERMS_URL }
  const parsed = new URL(url)
  // People read these pages on the sign-in screen: plain http or embedded credentials have no place.
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password)
    return { code: 'linkInsecure', language }
  return null
}

export function termsProblems(input: TermsInput): TermsProblem[] {
  const problems: TermsProblem[] = []
  const name = input.name.trim()
  if (!termsKindOf(name)) problems.push({ code: 'nameKind' })
  else if (name.length > MAX_TERMS_NAME || /\s/.test(name))
    problems.push({ code: 'nameFormat', max: MAX_TERMS_NAME })
  if (input.links.length === 0) problems.push({ code: 'noLinks' })
  const seen = new Set<string>()
  for (const { language, url } of input.links) {
    if (seen.has(language)) problems.push({ code: 'languageTwice', language })
    seen.add(language)
    const problem = linkProblem(language, url.trim())
    if (problem) problems.push(problem)
  }
  return problems
}
