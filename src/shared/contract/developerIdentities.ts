import { z } from 'zod'
import { command, query } from './define'
import { identityPoolIdSchema, strict, text } from '../schemas'
import { identityIdSchema } from './identityPools'

/** A user id of the developer's own back-end, as Cognito stores it (1 to 1024 characters). */
const userIdentifierSchema = text(1024, 1)

export interface DeveloperIdentity {
  identityId: string
  /** The back-end's user ids linked to this identity under the pool's developer provider. */
  userIdentifiers: string[]
}

export interface DeveloperToken {
  identityId: string
  /** The OpenID token Cognito issued for the identity; shown only because the person asked for it. */
  token: string
}

const pool = { identityPoolId: identityPoolIdSchema }

export const developerIdentitiesContract = {
  /** LookupDeveloperIdentity: the identity of a back-end user id, or the user ids of an identity. */
  lookup: query(
    z.union([
      strict({ ...pool, identityId: identityIdSchema }),
      strict({ ...pool, userIdentifier: userIdentifierSchema })
    ])
  ).returns<DeveloperIdentity>(),
  /**
   * GetOpenIdTokenForDeveloperIdentity: the identity of a back-end user id (created and linked when
   * new), with a token for the enhanced or basic flow.
   */
  issueToken: command(strict({ ...pool, userIdentifier: userIdentifierSchema })).returns<DeveloperToken>(),
  /** MergeDeveloperIdentities: the source user id's identity is merged into the destination's. */
  merge: command(
    strict({
      ...pool,
      sourceUserIdentifier: userIdentifierSchema,
      destinationUserIdentifier: userIdentifierSchema
    })
  ).returns<DeveloperIdentity>(),
  /** UnlinkDeveloperIdentity: the user id no longer signs in as this identity. */
  unlink: command(
    strict({ ...pool, identityId: identityIdSchema, userIdentifier: userIdentifierSchema })
  ).returns<DeveloperIdentity>()
}
