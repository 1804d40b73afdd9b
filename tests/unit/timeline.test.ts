import { describe, expect, it } from 'vitest'
import type { AuthEventInfo } from '@shared/contract/users'
import { filterTimeline, lastSeen, mergeTimeline, TIMELINE_KINDS, type TimelineEntry } from '@shared/timeline'

const event = (id: string, created: string, type = 'SignIn', response = 'Pass'): AuthEventInfo => ({
  id,
  type,
  created,
  response
})

describe('the user timeline', () => {
  it('merges the parts newest first, keeping the given order for the same moment', () => {
    const created: TimelineEntry = {
      at: '2026-11-01T00:00:00Z',
      kind: 'account',
      key: 'created',
      account: 'created'
    }
    const audit: TimelineEntry = {
      at: '2026-11-03T00:00:00Z',
      kind: 'audit',
      key: 'audit-1',
      audit: { operation: 'AdminDisableUser', result: 'ok', connection: 'prod' }
    }
    const job: TimelineEntry = {
      at: '2026-11-03T00:00:00Z',
      kind: 'job',
      key: 'job-1',
      job: { jobId: 'j', kind: 'disable', description: 'Disable', outcome: 'done' }
    }
    const signIn: TimelineEntry = {
      at: '2026-11-02T00:00:00Z',
      kind: 'authEvent',
      key: 'event-1',
      authEvent: event('1', '2026-11-02T00:00:00Z')
    }
    expect(mergeTimeline([created], [signIn], [audit], [job]).map((e) => e.key)).toEqual([
      'audit-1',
      'job-1',
      'event-1',
      'created'
    ])
  })

  it('takes last seen from the newest successful sign-in only', () => {
    expect(
      lastSeen([
        event('a', '2026-11-05T00:00:00Z', 'SignIn', 'Fail'),
        event('b', '2026-11-04T00:00:00Z', 'PasswordChange'),
        event('c', '2026-11-03T00:00:00Z'),
        event('d', '2026-11-01T00:00:00Z')
      ])
    ).toBe('2026-11-03T00:00:00Z')
    expect(lastSeen([event('a', '2026-11-05T00:00:00Z', 'SignIn', 'Fail')])).toBeUndefined()
  })

  it('filters by kind and by text in any of the entry’s words', () => {
    const entries: TimelineEntry[] = [
      {
        at: '2',
        kind: 'audit',
        key: 'a',
        audit: { operation: 'AdminDisableUser', result: 'ok', connection: 'prod' }
      },
      { at: '1', kind: 'authEvent', key: 'e', authEvent: { ...event('1', '1'), risk: 'High' } }
    ]
    expect(filterTimeline(entries, ['authEvent']).map((e) => e.key)).toEqual(['e'])
    expect(filterTimeline(entries, [...TIMELINE_KINDS], 'high').map((e) => e.key)).toEqual(['e'])
    expect(filterTimeline(entries, [...TIMELINE_KINDS], 'disable').map((e) => e.key)).toEqual(['a'])
  })
})
