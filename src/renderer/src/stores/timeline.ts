import { defineStore } from 'pinia'
import type { UserTimeline } from '@shared/contract/timeline'
import { api, unwrap } from '../api'

/** A user's timeline: dates, auth events, this console's changes and bulk-job steps, newest first. */
export const useTimelineStore = defineStore('timeline', () => {
  function user(poolId: string, username: string): Promise<UserTimeline> {
    return unwrap(api().timeline.user({ poolId, username }))
  }
  return { user }
})
