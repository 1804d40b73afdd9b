import {
  AdminCreateUserCommand,
  AdminInitiateAuthCommand,
  CreateUserPoolCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'

/** Signs a user in with the SDK directly, as an app would, for the ID token the pool issues. */
export async function signInIdToken(
  idp: CognitoIdentityProviderClient,
  at: { poolId: string; clientId: string },
  username: string,
  password: string
): Promise<string> {
  const out = await idp.send(
    new AdminInitiateAuthCommand({
      UserPoolId: at.poolId,
      ClientId: at.clientId,
      AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: username, PASSWORD: password }
    })
  )
  const token = out.AuthenticationResult?.IdToken
  if (!token) throw new Error(`no ID token for ${username}`)
  return token
}

/** A pool with the custom attributes the users suites search on, and a strict password policy. */
export async function createUsersPool(idp: CognitoIdentityProviderClient, name: string): Promise<string> {
  const { UserPool } = await idp.send(
    new CreateUserPoolCommand({
      PoolName: name,
      Policies: {
        PasswordPolicy: {
          MinimumLength: 10,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: false
        }
      },
      Schema: [
        { Name: 'tenant', AttributeDataType: 'String', Mutable: true },
        { Name: 'plan', AttributeDataType: 'String', Mutable: true },
        {
          Name: 'seats',
          AttributeDataType: 'Number',
          Mutable: true,
          NumberAttributeConstraints: { MinValue: '0', MaxValue: '1000' }
        },
        { Name: 'badge', AttributeDataType: 'String', Mutable: false }
      ]
    })
  )
  return UserPool?.Id ?? ''
}

export interface SeedUser {
  username: string
  attributes: Record<string, string>
}

/** Creates users straight against the emulator, `width` requests in flight, invitations suppressed. */
export async function seedUsers(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  users: readonly SeedUser[],
  width = 8
): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < users.length) {
      const u = users[next++] as SeedUser
      await idp.send(
        new AdminCreateUserCommand({
          UserPoolId: poolId,
          Username: u.username,
          MessageAction: 'SUPPRESS',
          UserAttributes: Object.entries(u.attributes).map(([Name, Value]) => ({ Name, Value }))
        })
      )
    }
  }
  await Promise.all(Array.from({ length: width }, lane))
}
