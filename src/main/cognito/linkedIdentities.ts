import {
  AdminDisableProviderForUserCommand,
  AdminLinkProviderForUserCommand
} from '@aws-sdk/client-cognito-identity-provider'
import type { z } from 'zod'
import type {
  LinkedIdentities,
  LinkResult,
  linkRequest,
  unlinkRequest
} from '@shared/contract/linkedIdentities'
import type { UserRow } from '@shared/contract/users'
import { AppError, rulesBroken } from '@shared/errors'
import {
  DUPLICATE_ATTRIBUTES,
  SUBJECT_ATTRIBUTE,
  findDuplicates,
  identityLabel,
  linkProblems,
  linkSide
} from '@shared/linked-identities'
import { parseIdentities } from '@shared/sign-in-verdict'
import { listIdentityProviders } from './identityProviders'
import { deleteUser, getUserRow, settle, type UserRef, type UserScope } from './user-actions'
import { listUsersPage } from './users'

/** Users sharing the user's email address or phone number: from the loaded index, else exact ListUsers filters. */
async function twins(
  scope: UserScope,
  poolId: string,
  user: UserRow
): Promise<{ rows: UserRow[]; from: 'index' | 'listUsers' }> {
  const shared = DUPLICATE_ATTRIBUTES.flatMap((attribute) => {
    const value = user.attributes[attribute]
    return value ? [{ attribute, value }] : []
  })
  if (scope.index) {
    if (shared.length === 0) return { rows: [], from: 'index' }
    const conditions = shared.map((s) => ({ ...s, operator: 'equals' as const }))
    const { rows } = await scope.index.query({ match: 'any', conditions }, 0, 200)
    return { rows, from: 'index' }
  }
  const pages = await Promise.all(
    shared.map((s) => listUsersPage(scope.idp, { poolId, filter: { ...s, operator: '=' }, limit: 60 }))
  )
  return { rows: pages.flatMap((p) => p.users), from: 'listUsers' }
}

export async function listLinkedIdentities(scope: UserScope, ref: UserRef): Promise<LinkedIdentities> {
  const [user, providers] = await Promise.all([
    getUserRow(scope.idp, ref),
    listIdentityProviders(scope.idp, ref.poolId)
  ])
  const { rows, from } = await twins(scope, ref.poolId, user)
  return {
    username: user.username,
    status: user.status,
    identities: parseIdentities(user.attributes.identities),
    duplicates: findDuplicates(user, rows),
    duplicatesFrom: from,
    providers: providers.map((p) => p.name)
  }
}

async function identitiesAfter(scope: UserScope, ref: UserRef): Promise<LinkResult> {
  const row = (await settle(scope, ref)) ?? (await getUserRow(scope.idp, ref))
  return { username: row.username, identities: parseIdentities(row.attributes.identities) }
}

/**
 * AdminLinkProviderForUser: the provider identity signs in as the native user from now on. Cognito
 * links only an identity that has never signed in, so its federated user (named in the request) is
 * deleted first, once the shared rules confirm it is exactly that identity's user.
 */
export async function linkIdentity(
  scope: UserScope,
  request: z.output<typeof linkRequest>
): Promise<LinkResult> {
  const ref = { poolId: request.poolId, username: request.username }
  const [destination, replace, providers] = await Promise.all([
    getUserRow(scope.idp, ref),
    request.replaceUsername
      ? getUserRow(scope.idp, { poolId: request.poolId, username: request.replaceUsername })
      : Promise.resolve(undefined),
    listIdentityProviders(scope.idp, request.poolId)
  ])
  const problems = linkProblems({
    destination: linkSide(destination),
    providerName: request.providerName,
    providerUserId: request.providerUserId,
    providers: providers.map((p) => p.name),
    ...(replace ? { replace: linkSide(replace) } : {})
  })
  if (problems.length > 0) throw rulesBroken('link', problems)
  if (replace) await deleteUser(scope, { poolId: request.poolId, username: replace.username })
  await scope.idp.send(
    new AdminLinkProviderForUserCommand({
      UserPoolId: request.poolId,
      DestinationUser: { ProviderName: 'Cognito', ProviderAttributeValue: destination.username },
      SourceUser: {
        ProviderName: request.providerName.trim(),
        ProviderAttributeName: SUBJECT_ATTRIBUTE,
        ProviderAttributeValue: request.providerUserId.trim()
      }
    })
  )
  const result = await identitiesAfter(scope, ref)
  return replace ? { ...result, deleted: replace.username } : result
}

/** AdminDisableProviderForUser on a linked identity: it no longer signs in as this user. */
export async function unlinkIdentity(
  scope: UserScope,
  request: z.output<typeof unlinkRequest>
): Promise<LinkResult> {
  const ref = { poolId: request.poolId, username: request.username }
  const user = await getUserRow(scope.idp, ref)
  const identity = identityLabel({ providerName: request.providerName, userId: request.providerUserId })
  if (!parseIdentities(user.attributes.identities).some((i) => identityLabel(i) === identity)) {
    throw new AppError('NOT_FOUND', `${identity} is not linked to ${user.username}.`, {
      hint: 'Reload the user: the identity may have been unlinked already.',
      params: { identity, username: user.username }
    })
  }
  await scope.idp.send(
    new AdminDisableProviderForUserCommand({
      UserPoolId: request.poolId,
      User: {
        ProviderName: request.providerName,
        ProviderAttributeName: SUBJECT_ATTRIBUTE,
        ProviderAttributeValue: request.providerUserId
      }
    })
  )
  return identitiesAfter(scope, ref)
}
