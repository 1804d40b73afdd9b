/**
 * Federated accounts: which users of a pool are likely the same person (a native and a federated user
 * sharing an email address or phone number), and the rules a link or unlink must pass before main
 * calls Cognito. Pure functions over user rows; problems are codes with parameters the renderer words.
 */
import type { UserRow } from './contract/users'
import { parseIdentities, type LinkedIdentity } from './sign-in-verdict'

/** Cognito links at most this many provider identities to one user. */
export const MAX_LINKED_IDENTITIES = 5

/** The attribute a provider identity is matched on when nothing else is said: the provider's subject. */
export const SUBJECT_ATTRIBUTE = 'Cognito_Subject'

export const DUPLICATE_ATTRIBUTES = ['email', 'phone_number'] as const
export type DuplicateAttribute = (typeof DUPLICATE_ATTRIBUTES)[number]

/** A user Cognito created at a federated sign-in (status EXTERNAL_PROVIDER, its identity in `identities`). */
export const isFederated = (row: Pick<UserRow, 'status'>): boolean => row.status === 'EXTERNAL_PROVIDER'

export const identityLabel = (i: Pick<LinkedIdentity, 'providerName' | 'userId'>): string =>
  `${i.providerName}:${i.userId}`

/** What linking the pair would do: the federated identity signs in as the native user from then on. */
export interface LinkSuggestion {
  /** The native user who keeps their account. */
  destination: string
  providerName: string
  providerUserId: string
  /** The federated user Cognito created at that identity's first sign-in, deleted before linking. */
  replaceUsername: string
}

export interface DuplicateUser {
  username: string
  status: string
  enabled: boolean
  /** The attributes both users hold with the same value. */
  matchedOn: DuplicateAttribute[]
  /** Whether the shared values are verified on both users (unverified: check it is the same person). */
  verified: boolean
  /** A native and a federated twin: linking them is the fix. Absent for two native (or two federated) users. */
  link?: LinkSuggestion
}

const normalise = (attribute: DuplicateAttribute, value: string): string =>
  attribute === 'email' ? value.trim().toLowerCase() : value.trim()

const verifiedOn = (row: UserRow, attribute: DuplicateAttribute): boolean =>
  row.attributes[`${attribute}_verified`] === 'true'

function suggestion(native: UserRow, federated: UserRow): LinkSuggestion | undefined {
  const identity = parseIdentities(federated.attributes.identities)[0]
  if (!identity) return undefined
  return {
    destination: native.username,
    providerName: identity.providerName,
    providerUserId: identity.userId,
    replaceUsername: federated.username
  }
}

/**
 * The other users sharing the user's email address or phone number. A federated user beside a native
 * one gets a link suggestion (the native account is kept, as Cognito links into an existing user).
 */
export function findDuplicates(user: UserRow, candidates: readonly UserRow[]): DuplicateUser[] {
  const duplicates: DuplicateUser[] = []
  for (const other of candidates) {
    if (other.username === user.username) continue
    const matchedOn = DUPLICATE_ATTRIBUTES.filter((a) => {
      const [mine, theirs] = [user.attributes[a], other.attributes[a]]
      return !!mine && !!theirs && normalise(a, mine) === normalise(a, theirs)
    })
    if (matchedOn.length === 0) continue
    const duplicate: DuplicateUser = {
      username: other.username,
      status: other.status,
      enabled: other.enabled,
      matchedOn,
      verified: matchedOn.every((a) => verifiedOn(user, a) && verifiedOn(other, a))
    }
    const link =
      isFederated(other) && !isFederated(user)
        ? suggestion(user, other)
        : isFederated(user) && !isFederated(other)
          ? suggestion(other, user)
          : undefined
    if (link) duplicate.link = link
    duplicates.push(duplicate)
  }
  return duplicates
}

export type LinkProblem =
  | { code: 'providerRequired' }
  | { code: 'providerUnknown'; provider: string }
  | { code: 'userIdRequired' }
  | { code: 'destinationFederated'; username: string }
  | { code: 'alreadyLinked'; identity: string }
  | { code: 'tooManyIdentities'; max: number }
  | { code: 'replaceSameUser'; username: string }
  | { code: 'replaceNotFederated'; username: string }
  | { code: 'replaceOtherIdentity'; username: string; identity: string }

/** A user as the link rules need them: the `identities` attribute already parsed. */
export interface LinkSide {
  username: string
  status: string
  identities: readonly Pick<LinkedIdentity, 'providerName' | 'userId'>[]
}

export const linkSide = (row: UserRow): LinkSide => ({
  username: row.username,
  status: row.status,
  identities: parseIdentities(row.attributes.identities)
})

export interface LinkInput {
  destination: LinkSide
  providerName: string
  providerUserId: string
  /** The pool's identity providers; a link to any other name fails in Cognito. */
  providers: readonly string[]
  /** The federated user to delete first. */
  replace?: LinkSide
}

/**
 * A link Cognito would refuse or regret: the destination must be a native user with room for another
 * identity, and a user deleted first must be exactly the federated user of that identity.
 */
export function linkProblems(input: LinkInput): LinkProblem[] {
  const problems: LinkProblem[] = []
  const provider = input.providerName.trim()
  const userId = input.providerUserId.trim()
  if (!provider) problems.push({ code: 'providerRequired' })
  else if (!input.providers.includes(provider)) problems.push({ code: 'providerUnknown', provider })
  if (!userId) problems.push({ code: 'userIdRequired' })
  if (isFederated(input.destination))
    problems.push({ code: 'destinationFederated', username: input.destination.username })
  const identity = identityLabel({ providerName: provider, userId })
  const linked = input.destination.identities
  if (linked.some((i) => identityLabel(i) === identity)) problems.push({ code: 'alreadyLinked', identity })
  else if (linked.length >= MAX_LINKED_IDENTITIES)
    problems.push({ code: 'tooManyIdentities', max: MAX_LINKED_IDENTITIES })
  const replace = input.replace
  if (replace) {
    if (replace.username === input.destination.username)
      problems.push({ code: 'replaceSameUser', username: replace.username })
    else if (!isFederated(replace)) problems.push({ code: 'replaceNotFederated', username: replace.username })
    else if (!replace.identities.some((i) => identityLabel(i) === identity))
      problems.push({ code: 'replaceOtherIdentity', username: replace.username, identity })
  }
  return problems
}
