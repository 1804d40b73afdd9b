import { z } from 'zod'
import { query } from './define'
import { strict } from '../schemas'

export interface UserPoolSummary {
  id: string
  name: string
  status?: string
  creationDate?: string
  lastModifiedDate?: string
  lambdaTriggers: number
}

export const poolsContract = {
  /** Every user pool of the active connection (ListUserPools, all pages). */
  list: query(strict({ max: z.number().int().min(1).max(5000).optional() })).returns<{
    pools: UserPoolSummary[]
  }>()
}
