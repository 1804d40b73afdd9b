import type { CognitoIdentityProviderClient, UserType } from '@aws-sdk/client-cognito-identity-provider'

const DAY_MS = 86_400_000

/**
 * Makes users created before now look `days` older in AdminGetUser and ListUsers answers. moto stamps
 * users with its own clock and offers no way to back-date one, so an expired temporary password needs
 * an old creation date in the fixture. A user moto creates again later (a resent invitation) keeps its
 * real, fresh dates. Returns the function that removes the middleware.
 */
export function ageUsers(idp: CognitoIdentityProviderClient, usernames: string[], days: number): () => void {
  const before = new Date()
  const shift = (d: Date | undefined) => (d && d <= before ? new Date(d.getTime() - days * DAY_MS) : d)
  const age = <U extends Pick<UserType, 'Username' | 'UserCreateDate' | 'UserLastModifiedDate'>>(u: U) => {
    if (!u.Username || !usernames.includes(u.Username)) return
    u.UserCreateDate = shift(u.UserCreateDate)
    u.UserLastModifiedDate = shift(u.UserLastModifiedDate)
  }
  const name = `age-users-${Math.random().toString(36).slice(2)}`
  idp.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args)
      const output = result.output as { Users?: UserType[] } & UserType
      if (context.commandName === 'AdminGetUserCommand') age(output)
      if (context.commandName === 'ListUsersCommand') for (const u of output.Users ?? []) age(u)
      return result
    },
    { step: 'initialize', name }
  )
  return () => void idp.middlewareStack.remove(name)
}
