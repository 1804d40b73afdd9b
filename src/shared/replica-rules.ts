/**
 * Replicas of a multi-Region user pool: where one may be added, checked once here so the form and
 * main refuse the same Region for the same reason.
 */
import { regionSchema } from './schemas'

/** The states a person may put a replica in (UpdateUserPoolReplica); CREATING and DELETING are Cognito's. */
export const REPLICA_STATUSES = ['ACTIVE', 'INACTIVE'] as const
export type ReplicaStatus = (typeof REPLICA_STATUSES)[number]

export type ReplicaProblem =
  | { code: 'regionInvalid'; params: { region: string } }
  | { code: 'primaryRegion'; params: { region: string } }
  | { code: 'alreadyReplica'; params: { region: string } }

/** Why a replica cannot be added in `region` to a pool whose primary is in `primaryRegion`. */
export function replicaProblem(
  region: string,
  primaryRegion: string,
  replicaRegions: readonly string[]
): ReplicaProblem | null {
  if (!regionSchema.safeParse(region).success) return { code: 'regionInvalid', params: { region } }
  if (region === primaryRegion) return { code: 'primaryRegion', params: { region } }
  if (replicaRegions.includes(region)) return { code: 'alreadyReplica', params: { region } }
  return null
}
