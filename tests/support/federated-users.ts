import type {
  AdminLinkProviderForUserCommandInput,
  AdminLinkProviderForUserCommandOutput,
  AttributeType,
  CognitoIdentityProviderClient,
  UserType
} from '@aws-sdk/client-cognito-identity-provider'
import { answerOperation } from './sdk-answers'

export interface ProviderIdentity {
  providerName: string
  userId: string
}

const identitiesValue = (identities: ProviderIdentity[]) =>
  JSON.stringify(
    identities.map((i) => ({
      userId: i.userId,
      providerName: i.providerName,
      providerType: 'Google',
      issuer: null,
      primary: false,
      dateCreated: Date.parse('2026-11-01T00:00:00Z')
    }))
  )

/**
 * Gives users the federation state Cognito would: moto 5.2.1 has no federated sign-in (so never an
 * EXTERNAL_PROVIDER user) and lacks AdminLinkProviderForUser. The named users read back, in
 * AdminGetUser and ListUsers answers, with that status or those linked identities, and a link answered
 * in the client's middleware (after the console's audit observer) adds the identity to its destination.
 * Returns the function that removes both.
 */
export function federate(
  idp: CognitoIdentityProviderClient,
  state: { federated: Record<string, ProviderIdentity>; linked: Record<string, ProviderIdentity[]> }
): { stop: () => void; links: AdminLinkProviderForUserCommandInput[] } {
  const links: AdminLinkProviderForUserCommandInput[] = []
  const withAttribute = (attributes: AttributeType[] | undefined, value: string) => [
    ...(attributes ?? []).filter((a) => a.Name !== 'identities'),
    { Name: 'identities', Value: value }
  ]
  const dress = (
    u: Pick<UserType, 'Username' | 'UserStatus'>,
    attributes: 'Attributes' | 'UserAttributes'
  ) => {
    const target = u as Record<string, unknown> & Pick<UserType, 'Username' | 'UserStatus'>
    const name = u.Username ?? ''
    const federated = state.federated[name]
    const linked = state.linked[name]
    if (federated) {
      target.UserStatus = 'EXTERNAL_PROVIDER'
      target[attributes] = withAttribute(target[attributes] as AttributeType[], identitiesValue([federated]))
    } else if (linked?.length) {
      target[attributes] = withAttribute(target[attributes] as AttributeType[], identitiesValue(linked))
    }
  }
  const name = `federate-${Math.random().toString(36).slice(2)}`
  idp.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args)
      const output = result.output as { Users?: UserType[] } & UserType
      if (context.commandName === 'AdminGetUserCommand') dress(output, 'UserAttributes')
      if (context.commandName === 'ListUsersCommand')
        for (const u of output.Users ?? []) dress(u, 'Attributes')
      return result
    },
    { step: 'initialize', name }
  )
  const stopLink = answerOperation(
    idp,
    'AdminLinkProviderForUserCommand',
    (
      input: AdminLinkProviderForUserCommandInput
    ): Omit<AdminLinkProviderForUserCommandOutput, '$metadata'> => {
      links.push(input)
      const destination = input.DestinationUser?.ProviderAttributeValue ?? ''
      const identity = {
        providerName: input.SourceUser?.ProviderName ?? '',
        userId: input.SourceUser?.ProviderAttributeValue ?? ''
      }
      state.linked[destination] = [...(state.linked[destination] ?? []), identity]
      return {}
    }
  )
  return {
    links,
    stop: () => {
      stopLink()
      idp.middlewareStack.remove(name)
    }
  }
}
