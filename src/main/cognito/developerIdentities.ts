import {
  GetOpenIdTokenForDeveloperIdentityCommand,
  LookupDeveloperIdentityCommand,
  MergeDeveloperIdentitiesCommand,
  UnlinkDeveloperIdentityCommand,
  type CognitoIdentityClient
} from '@aws-sdk/client-cognito-identity'
import type { DeveloperIdentity, DeveloperToken } from '@shared/contract/developerIdentities'
import { AppError } from '@shared/errors'
import { describeIdentityPool } from './identityPools'

type Identity = CognitoIdentityClient
type Who = { identityId: string } | { userIdentifier: string }

/** The pool's developer provider name: every developer-identity call names it. */
async function providerOf(identity: Identity, identityPoolId: string): Promise<string> {
  const pool = await describeIdentityPool(identity, identityPoolId)
  if (pool.developerProviderName) return pool.developerProviderName
  throw new AppError('PRECONDITION', 'This identity pool has no developer provider.', {
    params: { reason: 'noDeveloperProvider' },
    hint: 'Edit the identity pool and give it a developer provider name (your back-end’s name, e.g. login.example.com).'
  })
}

/** The identity of a back-end user id, or the user ids linked to an identity (every page). */
export async function lookupDeveloperIdentity(
  identity: Identity,
  identityPoolId: string,
  who: Who
): Promise<DeveloperIdentity> {
  const userIdentifiers: string[] = []
  let identityId = 'identityId' in who ? who.identityId : ''
  let token: string | undefined
  do {
    const page = await identity.send(
      new LookupDeveloperIdentityCommand({
        IdentityPoolId: identityPoolId,
        ...('identityId' in who
          ? { IdentityId: who.identityId }
          : { DeveloperUserIdentifier: who.userIdentifier }),
        MaxResults: 60,
        NextToken: token
      })
    )
    identityId = page.IdentityId ?? identityId
    userIdentifiers.push(...(page.DeveloperUserIdentifierList ?? []))
    token = page.NextToken
  } while (token)
  return { identityId, userIdentifiers }
}

/** The identity of a back-end user id (created and linked when new) with an OpenID token for it. */
export async function issueDeveloperToken(
  identity: Identity,
  identityPoolId: string,
  userIdentifier: string
): Promise<DeveloperToken> {
  const provider = await providerOf(identity, identityPoolId)
  const out = await identity.send(
    new GetOpenIdTokenForDeveloperIdentityCommand({
      IdentityPoolId: identityPoolId,
      Logins: { [provider]: userIdentifier }
    })
  )
  return { identityId: out.IdentityId ?? '', token: out.Token ?? '' }
}

/** Merges the source user id's identity into the destination's; returns the identity both now sign in as. */
export async function mergeDeveloperIdentities(
  identity: Identity,
  identityPoolId: string,
  sourceUserIdentifier: string,
  destinationUserIdentifier: string
): Promise<DeveloperIdentity> {
  const provider = await providerOf(identity, identityPoolId)
  const out = await identity.send(
    new MergeDeveloperIdentitiesCommand({
      IdentityPoolId: identityPoolId,
      DeveloperProviderName: provider,
      SourceUserIdentifier: sourceUserIdentifier,
      DestinationUserIdentifier: destinationUserIdentifier
    })
  )
  return lookupDeveloperIdentity(identity, identityPoolId, { identityId: out.IdentityId ?? '' })
}

/** Unlinks one back-end user id from an identity; returns the user ids still linked to it. */
export async function unlinkDeveloperIdentity(
  identity: Identity,
  identityPoolId: string,
  identityId: string,
  userIdentifier: string
): Promise<DeveloperIdentity> {
  const provider = await providerOf(identity, identityPoolId)
  await identity.send(
    new UnlinkDeveloperIdentityCommand({
      IdentityPoolId: identityPoolId,
      IdentityId: identityId,
      DeveloperProviderName: provider,
      DeveloperUserIdentifier: userIdentifier
    })
  )
  return lookupDeveloperIdentity(identity, identityPoolId, { identityId })
}
