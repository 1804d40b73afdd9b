/**
 * Rules for a resource server and its custom scopes, run by the form as the person types and by main
 * before any call (an emulator accepts anything). Each returns reason codes with parameters; the
 * renderer words them in en and ja.
 */

export interface ScopeInput {
  name: string
  description: string
}

export interface ResourceServerInput {
  identifier: string
  name: string
  scopes: readonly ScopeInput[]
}

/** Cognito's limit of custom scopes per resource server. */
export const MAX_SCOPES = 100

export type ResourceServerProblem =
  | { code: 'identifierRequired' }
  | { code: 'identifierFormat'; identifier: string }
  | { code: 'nameRequired' }
  | { code: 'nameFormat' }
  | { code: 'scopeNameRequired'; index: number }
  | { code: 'scopeNameFormat'; scope: string }
  | { code: 'scopeDuplicate'; scope: string }
  | { code: 'scopeDescriptionRequired'; scope: string }
  | { code: 'scopeDescriptionLength'; scope: string; max: number }
  | { code: 'tooManyScopes'; max: number }

/** Visible ASCII without quote or backslash (Cognito's ResourceServerIdentifierType). */
const IDENTIFIER = /^[\x21\x23-\x5B\x5D-\x7E]{1,256}$/
const NAME = /^[\w\s+=,.@-]{1,256}$/
/** Visible ASCII without quote, slash or backslash: `identifier/scope` must split at one slash. */
const SCOPE_NAME = /^[\x21\x23-\x2E\x30-\x5B\x5D-\x7E]{1,256}$/
const DESCRIPTION_MAX = 256

export function resourceServerProblems(input: ResourceServerInput): ResourceServerProblem[] {
  const problems: ResourceServerProblem[] = []
  const identifier = input.identifier.trim()
  if (!identifier) problems.push({ code: 'identifierRequired' })
  else if (!IDENTIFIER.test(identifier)) problems.push({ code: 'identifierFormat', identifier })
  const name = input.name.trim()
  if (!name) problems.push({ code: 'nameRequired' })
  else if (!NAME.test(name)) problems.push({ code: 'nameFormat' })
  if (input.scopes.length > MAX_SCOPES) problems.push({ code: 'tooManyScopes', max: MAX_SCOPES })
  const seen = new Set<string>()
  input.scopes.forEach((scope, index) => {
    const scopeName = scope.name.trim()
    if (!scopeName) problems.push({ code: 'scopeNameRequired', index: index + 1 })
    else if (!SCOPE_NAME.test(scopeName)) problems.push({ code: 'scopeNameFormat', scope: scopeName })
    else if (seen.has(scopeName)) problems.push({ code: 'scopeDuplicate', scope: scopeName })
    seen.add(scopeName)
    const description = scope.description.trim()
    if (!description) problems.push({ code: 'scopeDescriptionRequired', scope: scopeName })
    else if (description.length > DESCRIPTION_MAX)
      problems.push({ code: 'scopeDescriptionLength', scope: scopeName, max: DESCRIPTION_MAX })
  })
  return problems
}

/** The scope strings an app client asks for: `identifier/scope`. */
export function scopeStrings(server: { identifier: string; scopes: readonly { name: string }[] }): string[] {
  return server.scopes.map((s) => `${server.identifier}/${s.name}`)
}

/** Standard OAuth scopes an app client may allow besides custom ones. */
export const STANDARD_SCOPES = [
  'openid',
  'email',
  'phone',
  'profile',
  'aws.cognito.signin.user.admin'
] as const
