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
import { replicaProblem, type ReplicaProblem, type ReplicaStatus } from '@shared/replica-rules'

type Idp = CognitoIdentityProviderClient

/** Every replica of the pool, the primary among them, and the primary's Region. */
export async function listReplicas(idp: Idp, poolId: string): Promise<PoolReplicas> {
  const replicas: ReplicaInfo[] = []
  let token: string | undefined
  do {
    const page = await idp.send(new ListUserPoolReplicasCommand({ UserPoolId: poolId, NextToken: token }))
    for (const r of page.UserPoolReplicas ?? []) {
      replicas.push({
        region: r.RegionName ?? '',
        status: r.Status ?? '',
        role: r.Role === 'PRIMARY' ? 'PRIMARY' : 'SECONDARY',
        ...(r.UserPoolArn ? { poolArn: r.UserPoolArn } : {})
      })
    }
    token = page.NextToken
  } while (token)
  // A pool never replicated may list nothing: its own Region is then the primary's.
  const primaryRegion = replicas.find((r) => r.role === 'PRIMARY')?.region ?? regionOfPool(poolId)
  return { poolId, primaryRegion, replicas }
}

/** The English sentence of a refused Region; the renderer words the same code itself. */
function refusal(problem: ReplicaProblem): AppError {
  const { region } = problem.params
  const sentence: Record<ReplicaProblem['code'], string> = {
    regionInvalid: `"${region}" is not a Region code.`,
    primaryRegion: `The pool's primary is in ${region}: a replica goes to another Region.`,
    alreadyReplica: `The pool already has a replica in ${region}.`
  }
  return new AppError('VALIDATION', sentence[problem.code], {
    params: { reason: problem.code, region },
    hint: 'Choose another Region (a code such as eu-west-1), near the users the replica serves.'
  })
}

/** Adds a replica in `region`, refused before any call when the rules say the Region cannot hold one. */
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
  status: ReplicaStatus
): Promise<PoolReplicas> {
  await idp.send(new UpdateUserPoolReplicaCommand({ UserPoolId: poolId, RegionName: region, Status: status }))
  return listReplicas(idp, poolId)
}

export async function deleteReplica(idp: Idp, poolId: string, region: string): Promise<PoolReplicas> {
  await idp.send(new DeleteUserPoolReplicaCommand({ UserPoolId: poolId, RegionName: region }))
  return listReplicas(idp, poolId)
}
