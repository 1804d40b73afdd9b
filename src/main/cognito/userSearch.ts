import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type { Connection } from '@shared/contract/connections'
import type { SearchPlace, UserSearchProgress, runRequest } from '@shared/contract/userSearch'
import type { UserRow } from '@shared/contract/users'
import type { z } from 'zod'
import { toAppError } from '../aws/errors'
import { CancellableRuns } from '../jobs/cancellable-runs'
import { listUserPools, mapLimited } from './pools'
import { identifierFilters } from './signInCheck'
import { buildFilter, listUsersPage } from './users'

type SearchRequest = z.output<typeof runRequest>

/** Opens a connection's clients in a Region; may throw (the connection was removed, its endpoint refused). */
export type OpenRegion = (
  connectionId: string,
  region: string
) => { connection: Connection; clients: { idp: CognitoIdentityProviderClient } }

/** Pools of one Region searched at once: the limiter paces the calls, this bounds what is in flight. */
const POOLS_IN_FLIGHT = 3
/** Shortest gap between two progress events of one search. */
const PROGRESS_INTERVAL_MS = 100

/**
 * Searches every pool of each connection in each Region with the identifier's exact filters. A Region
 * or a pool that fails is listed with its error and the search goes on; a cancelled search stops
 * sending and answers with what it found.
 */
export async function searchEverywhere(
  request: SearchRequest,
  open: OpenRegion,
  signal: AbortSignal,
  emit: (progress: UserSearchProgress) => void
): Promise<UserSearchProgress> {
  const filters = identifierFilters(request.identifier, [])
  const progress: UserSearchProgress = {
    searchId: request.searchId,
    state: 'running',
    filters: filters.map(buildFilter),
    regionsListed: 0,
    regionsTotal: request.connectionIds.length * request.regions.length,
    poolsSearched: 0,
    poolsTotal: 0,
    hits: [],
    failures: []
  }
  let lastEmit = -Infinity
  const tell = (): void => {
    const now = performance.now()
    if (now - lastEmit < PROGRESS_INTERVAL_MS) return
    lastEmit = now
    emit(structuredClone(progress))
  }
  const fail = (place: SearchPlace, error: unknown): void => {
    if (!signal.aborted) progress.failures.push({ ...place, error: toAppError(error) })
  }

  const searchRegion = async (connectionId: string, region: string): Promise<void> => {
    const place: SearchPlace = { connectionId, connectionName: connectionId, region }
    let idp: CognitoIdentityProviderClient
    let pools: { id: string; name: string }[]
    try {
      if (signal.aborted) return
      const opened = open(connectionId, region)
      place.connectionName = opened.connection.name
      idp = opened.clients.idp
      pools = await listUserPools(idp)
    } catch (error) {
      fail(place, error)
      return
    } finally {
      progress.regionsListed++
      tell()
    }
    progress.poolsTotal += pools.length
    await mapLimited(pools, POOLS_IN_FLIGHT, async (pool) => {
      const poolPlace = { ...place, poolId: pool.id, poolName: pool.name }
      try {
        if (signal.aborted) return
        const pages = await Promise.all(
          filters.map((filter) => listUsersPage(idp, { poolId: pool.id, filter, limit: 60 }, signal))
        )
        const users = new Map<string, UserRow>()
        for (const page of pages) for (const user of page.users) users.set(user.username, user)
        for (const user of users.values()) progress.hits.push({ ...poolPlace, user })
      } catch (error) {
        fail(poolPlace, error)
      } finally {
        progress.poolsSearched++
        tell()
      }
    })
  }

  await Promise.all(
    request.connectionIds.flatMap((id) => request.regions.map((region) => searchRegion(id, region)))
  )
  progress.state = signal.aborted ? 'cancelled' : 'done'
  lastEmit = -Infinity
  tell()
  return progress
}

/** Searches in flight, by the id their caller gave, so each can be cancelled. */
export class UserSearches extends CancellableRuns {
  constructor(private readonly emit: (progress: UserSearchProgress) => void) {
    super()
  }

  run(request: SearchRequest, open: OpenRegion): Promise<UserSearchProgress> {
    return this.runCancellable(request.searchId, (signal) =>
      searchEverywhere(request, open, signal, this.emit)
    )
  }
}
