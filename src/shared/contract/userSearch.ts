import { z } from 'zod'
import { local, query } from './define'
import type { UserRow } from './users'
import type { AppErrorShape } from '../errors'
import { regionSchema, strict, text } from '../schemas'

/** Connections and Regions one search may cover: enough for every Region of a few accounts. */
export const MAX_SEARCH_CONNECTIONS = 10
export const MAX_SEARCH_REGIONS = 40

export const runRequest = strict({
  /** Chosen by the caller, so the search can be cancelled while it runs. */
  searchId: z.uuid(),
  /** A username, an email address, a phone number (E.164) or a sub, as the person heard it. */
  identifier: text(2048).trim().min(1, 'Type a username, an email address, a phone number or a sub.'),
  connectionIds: z.array(z.uuid()).min(1, 'Choose at least one connection.').max(MAX_SEARCH_CONNECTIONS),
  regions: z.array(regionSchema).min(1, 'Choose at least one Region.').max(MAX_SEARCH_REGIONS)
})

/** Where a hit or a failure is: a connection, one of its Regions, and (for all but a listing failure) a pool. */
export interface SearchPlace {
  connectionId: string
  connectionName: string
  region: string
  poolId?: string
  poolName?: string
}

export interface UserSearchHit extends Required<SearchPlace> {
  user: UserRow
}

export interface UserSearchFailure extends SearchPlace {
  error: AppErrorShape
}

export type UserSearchState = 'running' | 'done' | 'cancelled'

/** The search so far: sent as `userSearch:progress` while it runs, and as the answer when it ends. */
export interface UserSearchProgress {
  searchId: string
  state: UserSearchState
  /** The exact ListUsers filters sent to every pool. */
  filters: string[]
  /** Connection and Region pairs whose pools are listed (or failed to list), of all of them. */
  regionsListed: number
  regionsTotal: number
  /** Pools searched (or failed), of the pools listed so far. */
  poolsSearched: number
  poolsTotal: number
  hits: UserSearchHit[]
  failures: UserSearchFailure[]
}

export const userSearchContract = {
  /** Every pool of the connections in the Regions, searched with exact filters; resolves when done or cancelled. */
  run: query(runRequest).returns<UserSearchProgress>(),
  /** Stops a running search: calls not yet sent are not sent, and `run` answers with what was found. */
  cancel: local(strict({ searchId: z.uuid() })).returns<{ cancelled: boolean }>()
}
