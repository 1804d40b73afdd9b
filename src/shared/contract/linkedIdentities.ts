import { command, query } from './define'
import type { DuplicateUser } from '../linked-identities'
import { strict, text, userPoolIdSchema, usernameSchema } from '../schemas'
import type { LinkedIdentity } from '../sign-in-verdict'

const userRequest = strict({ poolId: userPoolIdSchema, username: usernameSchema })

/** A provider's name as the pool knows it (Cognito: 1 to 32 characters). */
const providerNameSchema = text(32, 1)
/** The user's identifier at the provider (its subject), as the `identities` attribute records it. */
const providerUserIdSchema = text(2048, 1)

export interface LinkedIdentities {
  username: string
  status: string
  /** The `identities` attribute, parsed. */
  identities: LinkedIdentity[]
  /** Other users with the same email address or phone number. */
  duplicates: DuplicateUser[]
  /** Where the duplicates were looked for: the loaded pool index, or exact ListUsers filters. */
  duplicatesFrom: 'index' | 'listUsers'
  /** The pool's identity providers, which a link may name. */
  providers: string[]
}

export const linkRequest = strict({
  poolId: userPoolIdSchema,
  /** The native user the provider identity will sign in as. */
  username: usernameSchema,
  providerName: providerNameSchema,
  providerUserId: providerUserIdSchema,
  /** The federated user of that identity, deleted first: Cognito links only identities not yet in the pool. */
  replaceUsername: usernameSchema.optional()
})

export const unlinkRequest = strict({
  poolId: userPoolIdSchema,
  username: usernameSchema,
  providerName: providerNameSchema,
  providerUserId: providerUserIdSchema
})

export interface LinkResult {
  username: string
  /** The user's identities after the change. */
  identities: LinkedIdentity[]
  /** The federated user deleted before linking. */
  deleted?: string
}

export const linkedIdentitiesContract = {
  /** A user's linked provider identities, likely duplicates of them, and the providers a link may use. */
  list: query(userRequest).returns<LinkedIdentities>(),
  /** AdminLinkProviderForUser (after deleting the identity's own federated user, when asked). */
  link: command(linkRequest).returns<LinkResult>(),
  /** AdminDisableProviderForUser: the identity no longer signs in as this user. */
  unlink: command(unlinkRequest).returns<LinkResult>()
}
