import { z } from 'zod'
import { command, query } from './define'
import { regionSchema, strict, text, userPoolIdSchema } from '../schemas'
import { REPLICA_STATUSES } from '../replica-rules'

export interface ReplicaInfo {
  region: string
  /** CREATING, ACTIVE, INACTIVE or DELETING. */
  status: string
  role: 'PRIMARY' | 'SECONDARY'
  poolArn?: string
}

export interface PoolReplicas {
  poolId: string
  /** The Region of the primary: the one place the changes replicas refuse are made. */
  primaryRegion: string
  replicas: ReplicaInfo[]
}

const poolRef = { poolId: userPoolIdSchema }

export const replicasContract = {
  /** ListUserPoolReplicas (every page). */
  list: query(strict(poolRef)).returns<PoolReplicas>(),
  /** CreateUserPoolReplica in another Region than the primary's. */
  create: command(
    // Any short text passes the schema, so the replica rules name why a Region is refused.
    strict({ ...poolRef, region: text(32, 1) })
  ).returns<PoolReplicas>(),
  /** UpdateUserPoolReplica: a replica serves sign-ins (ACTIVE) or not (INACTIVE). */
  update: command(
    strict({ ...poolRef, region: regionSchema, status: z.enum(REPLICA_STATUSES) })
  ).returns<PoolReplicas>(),
  /** DeleteUserPoolReplica. */
  delete: command(strict({ ...poolRef, region: regionSchema })).returns<PoolReplicas>()
}
