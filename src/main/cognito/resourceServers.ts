import {
  CreateResourceServerCommand,
  DeleteResourceServerCommand,
  DescribeResourceServerCommand,
  UpdateResourceServerCommand,
  paginateListResourceServers,
  type CognitoIdentityProviderClient,
  type ResourceServerType
} from '@aws-sdk/client-cognito-identity-provider'
import { AppError, rulesBroken } from '@shared/errors'
import type { ResourceServerDetail, ResourceServerSettings } from '@shared/contract/resourceServers'
import { resourceServerProblems } from '@shared/resource-server-rules'

function detailOf(poolId: string, s: ResourceServerType): ResourceServerDetail {
  return {
    poolId,
    identifier: s.Identifier ?? '',
    name: s.Name ?? '',
    scopes: (s.Scopes ?? []).map((scope) => ({
      name: scope.ScopeName ?? '',
      description: scope.ScopeDescription ?? ''
    }))
  }
}

export async function listResourceServers(
  idp: CognitoIdentityProviderClient,
  poolId: string
): Promise<ResourceServerDetail[]> {
  const servers: ResourceServerDetail[] = []
  for await (const page of paginateListResourceServers(
    { client: idp, pageSize: 50 },
    { UserPoolId: poolId, MaxResults: 50 }
  )) {
    for (const s of page.ResourceServers ?? []) servers.push(detailOf(poolId, s))
  }
  return servers.sort((a, b) => a.identifier.localeCompare(b.identifier))
}

export async function describeResourceServer(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  identifier: string
): Promise<ResourceServerDetail> {
  const { ResourceServer } = await idp.send(
    new DescribeResourceServerCommand({ UserPoolId: poolId, Identifier: identifier })
  )
  if (!ResourceServer)
    throw new AppError('NOT_FOUND', `Resource server ${identifier} was not found in ${poolId}.`)
  return detailOf(poolId, ResourceServer)
}

/** The request both writes send, after the shared rules pass: names and descriptions trimmed. */
function checked(settings: ResourceServerSettings) {
  const problems = resourceServerProblems(settings)
  if (problems.length > 0) throw rulesBroken('resource server', problems)
  return {
    UserPoolId: settings.poolId,
    Identifier: settings.identifier.trim(),
    Name: settings.name.trim(),
    Scopes: settings.scopes.map((s) => ({
      ScopeName: s.name.trim(),
      ScopeDescription: s.description.trim()
    }))
  }
}

export async function createResourceServer(
  idp: CognitoIdentityProviderClient,
  settings: ResourceServerSettings
): Promise<ResourceServerDetail> {
  const { ResourceServer } = await idp.send(new CreateResourceServerCommand(checked(settings)))
  if (!ResourceServer)
    throw new AppError('INTERNAL', 'Cognito created the resource server but did not return it.')
  return detailOf(settings.poolId, ResourceServer)
}

export async function updateResourceServer(
  idp: CognitoIdentityProviderClient,
  settings: ResourceServerSettings
): Promise<ResourceServerDetail> {
  const { ResourceServer } = await idp.send(new UpdateResourceServerCommand(checked(settings)))
  if (!ResourceServer)
    throw new AppError('INTERNAL', 'Cognito updated the resource server but did not return it.')
  return detailOf(settings.poolId, ResourceServer)
}

export async function deleteResourceServer(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  identifier: string
): Promise<void> {
  await idp.send(new DeleteResourceServerCommand({ UserPoolId: poolId, Identifier: identifier }))
}
