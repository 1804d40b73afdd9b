import {
  CreateUserPoolReplicaCommand,
  DeleteUserPoolReplicaCommand,
  ListUserPoolReplicasCommand,
  UpdateUserPoolReplicaCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { regionOfPool } from '@shared/arns'
import type { PoolReplicas, ReplicaInfo } from '@shared/contract/replicas'
import { AppError } from '@shared/errors'
import { replicaProblem, type ReplicaProblem } from '@shared/replica-rules'

type Idp = CognitoIdentityProviderClient

export async function listReplicas(idp: Idp, poolId: string): Promise<PoolReplicas> {
  const replicas: ReplicaInfo[] = []
  let token: string | undefined
  do {
    const page = await idp.send(new ListUserPoolReplicasCommand({ UserPoolId: poolId, NextToken: token }))
    for (const r of page.UserPoolReplicas ?? []) {
      const info: ReplicaInfo = {
        region: r.RegionName ?? '',
        status: r.Status ?? '',
        role: r.Role === 'PRIMARY' ? 'PRIMARY' : 'SECONDARY'
      }
      if (r.UserPoolArn) info.poolArn = r.UserPoolArn
      replicas.push(info)
    }
    token = page.NextToken
  } while (token)
  const primaryRegion = replicas.find((r) => r.role === 'PRIMARY')?.region ?? regionOfPool(poolId)
  return { poolId, primaryRegion, replicas }
}

/** The English sentence of a refused Region; the renderer words the same code itself. */
function refusal(problem: ReplicaProblem): AppError {
  const sentence: Record<ReplicaProblem['code'], string> = {
    regionInvalid: `"${problem.params.region}" is not a Region code.`,
    primaryRegion: `The pool's primary is in ${problem.params.region}: a replica goes to another Region.`,
    alreadyReplica: `The pool already has a replica in ${problem.params.region}.`
  }
  return new AppError('VALIDATION', sentence[problem.code], {
    params: { reason: problem.code, ...problem.params },
    hint: 'Choose another Region, e.g. one near the users the replica serves.'
  })
}

export async function createReplica(idp: Idp, poolId: string, region: string): Promise<PoolReplicas> {
  const current = await listReplicas(idp, poolId)
  const taken = current.replicas.filter((r) => r.role === 'SECONDARY').map((r) => r.region)
  const problem = replicaProblem(region, current.primaryRegion, taken)
  if (problem) throw refusal(problem)
  await idp.send(new CreateUserPoolReplicaCommand({ UserPoolId: poolId, RegionName: region }))
  return listReplicas(idp, poolId)
}

export async function updateReplica(
  idp: Idp,
  poolId: string,
  region: string,
  status: 'ACTIVE' | 'INACTIVE'
): Promise<PoolReplicas> {
  await idp.send(new UpdateUserPoolReplicaCommand({ UserPoolId: poolId, RegionName: region, Status: status }))
  return listReplicas(idp, poolId)
}

export async function deleteReplica(idp: Idp, poolId: string, region: string): Promise<PoolReplicas> {
  await idp.send(new DeleteUserPoolReplicaCommand({ UserPoolId: poolId, RegionName: region }))
  return listReplicas(idp, poolId)
}
