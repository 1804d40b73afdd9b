import {
  CreateGroupCommand,
  DeleteGroupCommand,
  ListUsersInGroupCommand,
  UpdateGroupCommand,
  paginateListGroups,
  type CognitoIdentityProviderClient,
  type GroupType
} from '@aws-sdk/client-cognito-identity-provider'
import { AppError } from '@shared/errors'
import type { GroupInfo, GroupMember } from '@shared/contract/groups'
import type { PoolIndex } from './users-index'

export interface GroupSettings {
  poolId: string
  name: string
  description?: string | undefined
  precedence?: number | undefined
  roleArn?: string | undefined
}

function groupInfo(g: GroupType): GroupInfo {
  const info: GroupInfo = { name: g.GroupName ?? '' }
  if (g.Description) info.description = g.Description
  if (g.Precedence !== undefined) info.precedence = g.Precedence
  if (g.RoleArn) info.roleArn = g.RoleArn
  if (g.CreationDate) info.creationDate = g.CreationDate.toISOString()
  if (g.LastModifiedDate) info.lastModifiedDate = g.LastModifiedDate.toISOString()
  return info
}

/** Every group, lowest precedence first (the one whose role wins), then by name. */
export async function listGroups(idp: CognitoIdentityProviderClient, poolId: string): Promise<GroupInfo[]> {
  const groups: GroupInfo[] = []
  for await (const page of paginateListGroups(
    { client: idp, pageSize: 60 },
    { UserPoolId: poolId, Limit: 60 }
  )) {
    for (const g of page.Groups ?? []) groups.push(groupInfo(g))
  }
  return groups.sort(
    (a, b) =>
      (a.precedence ?? Number.MAX_SAFE_INTEGER) - (b.precedence ?? Number.MAX_SAFE_INTEGER) ||
      a.name.localeCompare(b.name)
  )
}

function settingsInput(s: GroupSettings) {
  return {
    UserPoolId: s.poolId,
    GroupName: s.name,
    ...(s.description !== undefined ? { Description: s.description } : {}),
    ...(s.precedence !== undefined ? { Precedence: s.precedence } : {}),
    ...(s.roleArn !== undefined ? { RoleArn: s.roleArn } : {})
  }
}

export async function createGroup(
  idp: CognitoIdentityProviderClient,
  settings: GroupSettings
): Promise<GroupInfo> {
  const { Group } = await idp.send(new CreateGroupCommand(settingsInput(settings)))
  if (!Group) throw new AppError('INTERNAL', 'Cognito created the group but did not return it.')
  return groupInfo(Group)
}

export async function updateGroup(
  idp: CognitoIdentityProviderClient,
  settings: GroupSettings
): Promise<GroupInfo> {
  const { Group } = await idp.send(new UpdateGroupCommand(settingsInput(settings)))
  if (!Group) throw new AppError('INTERNAL', 'Cognito updated the group but did not return it.')
  return groupInfo(Group)
}

/** DeleteGroup; Cognito takes the group off its members, and so does the pool's loaded index. */
export async function deleteGroup(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  name: string,
  index?: PoolIndex
): Promise<void> {
  await idp.send(new DeleteGroupCommand({ UserPoolId: poolId, GroupName: name }))
  await index?.removeGroup(name)
}

/** One page of members; Cognito may return fewer than `limit` with a token for more. */
export async function listGroupMembers(
  idp: CognitoIdentityProviderClient,
  request: { poolId: string; name: string; limit?: number | undefined; nextToken?: string | undefined }
): Promise<{ members: GroupMember[]; nextToken?: string }> {
  const result = await idp.send(
    new ListUsersInGroupCommand({
      UserPoolId: request.poolId,
      GroupName: request.name,
      Limit: request.limit ?? 60,
      ...(request.nextToken ? { NextToken: request.nextToken } : {})
    })
  )
  const members = (result.Users ?? []).map((u) => {
    const member: GroupMember = { username: u.Username ?? '', enabled: u.Enabled ?? true }
    if (u.UserStatus) member.status = u.UserStatus
    const email = u.Attributes?.find((a) => a.Name === 'email')?.Value
    if (email) member.email = email
    if (u.UserCreateDate) member.createdDate = u.UserCreateDate.toISOString()
    return member
  })
  return result.NextToken ? { members, nextToken: result.NextToken } : { members }
}

/** Group names by username, for every group of the pool (one ListUsersInGroup listing per group). */
export async function groupMemberships(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<Map<string, string[]>> {
  const memberships = new Map<string, string[]>()
  for (const group of await listGroups(idp, poolId)) {
    let nextToken: string | undefined
    do {
      const page = await listGroupMembers(idp, { poolId, name: group.name, nextToken })
      for (const { username } of page.members)
        memberships.set(username, [...(memberships.get(username) ?? []), group.name])
      nextToken = page.nextToken
    } while (nextToken)
  }
  return memberships
}
