import type {
  CognitoIdentityProviderClient,
  CreateUserPoolReplicaCommandInput,
  CreateUserPoolReplicaCommandOutput,
  DeleteUserPoolReplicaCommandInput,
  ListUserPoolReplicasCommandOutput,
  UpdateUserPoolReplicaCommandInput,
  UpdateUserPoolReplicaCommandOutput,
  UserPoolReplicaType
} from '@aws-sdk/client-cognito-identity-provider'
import { answerOperation } from './sdk-answers'

type Sent = {
  create: CreateUserPoolReplicaCommandInput[]
  update: UpdateUserPoolReplicaCommandInput[]
  delete: DeleteUserPoolReplicaCommandInput[]
}

/**
 * moto 5.2.1 has no multi-Region pools: the four replica operations are answered inside the
 * connection's client (SDK-typed, audited as real calls), keeping the replicas so the list reads back
 * what was created, changed and deleted, as Cognito does. The pool itself is moto's.
 */
export function answerReplicas(
  idp: CognitoIdentityProviderClient,
  primaryRegion: string
): { sent: Sent; stop: () => void } {
  const stored: UserPoolReplicaType[] = [{ RegionName: primaryRegion, Role: 'PRIMARY', Status: 'ACTIVE' }]
  const sent: Sent = { create: [], update: [], delete: [] }
  const stops = [
    answerOperation(idp, 'ListUserPoolReplicasCommand', () => {
      const listed = { UserPoolReplicas: stored.map((r) => ({ ...r })) } satisfies Omit<
        ListUserPoolReplicasCommandOutput,
        '$metadata'
      >
      // A new replica is ready by the next read, so a test sees CREATING once and then ACTIVE.
      for (const r of stored) if (r.Status === 'CREATING') r.Status = 'ACTIVE'
      return listed
    }),
    answerOperation(idp, 'CreateUserPoolReplicaCommand', (input: CreateUserPoolReplicaCommandInput) => {
      sent.create.push(input)
      const replica: UserPoolReplicaType = {
        RegionName: input.RegionName,
        Role: 'SECONDARY',
        Status: 'CREATING'
      }
      stored.push(replica)
      return { UserPoolReplica: replica } satisfies Omit<CreateUserPoolReplicaCommandOutput, '$metadata'>
    }),
    answerOperation(idp, 'UpdateUserPoolReplicaCommand', (input: UpdateUserPoolReplicaCommandInput) => {
      sent.update.push(input)
      const replica = stored.find((r) => r.RegionName === input.RegionName)
      if (replica) replica.Status = input.Status
      return { UserPoolReplica: replica } satisfies Omit<UpdateUserPoolReplicaCommandOutput, '$metadata'>
    }),
    answerOperation(idp, 'DeleteUserPoolReplicaCommand', (input: DeleteUserPoolReplicaCommandInput) => {
      sent.delete.push(input)
      const at = stored.findIndex((r) => r.RegionName === input.RegionName)
      if (at >= 0) stored.splice(at, 1)
      return {}
    })
  ]
  return { sent, stop: () => stops.forEach((stop) => stop()) }
}
