/**
 * Replicas of a multi-Region user pool: where one may be added, checked once here so the form and
 * main refuse the same Region for the same reason.
 */

export const REPLICA_STATUSES = ['ACTIVE', 'INACTIVE'] as const

const REGION = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/

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
  if (!REGION.test(region)) return { code: 'regionInvalid', params: { region } }
  if (region === primaryRegion) return { code: 'primaryRegion', params: { region } }
  if (replicaRegions.includes(region)) return { code: 'alreadyReplica', params: { region } }
  return null
}
