import {
  ListUsersCommand,
  type AdminGetUserCommandOutput,
  type CognitoIdentityProviderClient,
  type UserType
} from '@aws-sdk/client-cognito-identity-provider'
import type { ServerFilter, UserRow, UsersPage } from '@shared/contract/users'

/** A ListUsers filter expression; the value is quoted with `\` and `"` escaped, as Cognito expects. */
export function buildFilter(filter: ServerFilter): string {
  const value = filter.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')
  return `${filter.attribute} ${filter.operator} "${value}"`
}

export function toUserRow(user: UserType): UserRow {
  const attributes: Record<string, string> = {}
  for (const a of user.Attributes ?? []) if (a.Name) attributes[a.Name] = a.Value ?? ''
  return {
    username: user.Username ?? '',
    sub: attributes.sub ?? '',
    status: user.UserStatus ?? 'UNKNOWN',
    enabled: user.Enabled ?? true,
    created: user.UserCreateDate?.toISOString() ?? '',
    modified: user.UserLastModifiedDate?.toISOString() ?? '',
    attributes
  }
}

/** AdminGetUser's answer as the same flat row ListUsers gives. */
export function adminUserRow(u: AdminGetUserCommandOutput): UserRow {
  return toUserRow({
    Username: u.Username,
    Attributes: u.UserAttributes,
    UserStatus: u.UserStatus,
    Enabled: u.Enabled,
    UserCreateDate: u.UserCreateDate,
    UserLastModifiedDate: u.UserLastModifiedDate
  })
}

/** One page of users; Cognito may return fewer than `limit` even when more remain. */
export async function listUsersPage(
  idp: CognitoIdentityProviderClient,
  request: {
    poolId: string
    filter?: ServerFilter | undefined
    limit?: number | undefined
    nextToken?: string | undefined
  },
  signal?: AbortSignal
): Promise<UsersPage> {
  const filter = request.filter ? buildFilter(request.filter) : undefined
  const result = await idp.send(
    new ListUsersCommand({
      UserPoolId: request.poolId,
      Limit: request.limit ?? 60,
      ...(filter ? { Filter: filter } : {}),
      ...(request.nextToken ? { PaginationToken: request.nextToken } : {})
    }),
    signal ? { abortSignal: signal } : {}
  )
  const page: UsersPage = { users: (result.Users ?? []).map(toUserRow) }
  if (result.PaginationToken) page.nextToken = result.PaginationToken
  if (filter) page.filter = filter
  return page
}
