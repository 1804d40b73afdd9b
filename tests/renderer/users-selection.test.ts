import { describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { buildApi } from '@shared/api'
import type { RequestOf } from '@shared/contract'
import { MAX_INDEX_WINDOW, type IndexQueryResult, type IndexStatus } from '@shared/contract/users'
import { useUsersStore } from '@renderer/stores/users'

const TOTAL = 25_003

describe('names of a range of the index result', () => {
  it('are read in answers of at most MAX_INDEX_WINDOW rows, none dropped past the first', async () => {
    setActivePinia(createPinia())
    const asked: { offset: number; limit: number }[] = []
    window.api = buildApi({
      invoke: async (channel, payload) => {
        if (channel !== 'users:indexQuery') throw new Error(`not used here: ${channel}`)
        const { offset = 0, limit = 200 } = payload as RequestOf<'users', 'indexQuery'>
        // The router refuses a longer window; so does this side of the bridge.
        if (limit > MAX_INDEX_WINDOW) throw new Error(`a window of ${limit} rows is refused`)
        asked.push({ offset, limit })
        const count = Math.max(0, Math.min(limit, TOTAL - offset))
        const result: IndexQueryResult = {
          total: TOTAL,
          offset,
          rows: Array.from({ length: count }, (_, i) => ({
            username: `u${offset + i}`,
            sub: '',
            status: 'CONFIRMED',
            enabled: true,
            created: '',
            modified: '',
            attributes: {}
          })),
          attributeNames: [],
          version: 1,
          status: {} as IndexStatus,
          tookMs: 0
        }
        return { ok: true, data: result }
      },
      on: () => () => undefined
    })
    const users = useUsersStore()
    users.open('us-east-1_selection')
    const names = await users.indexGridRows().usernames(5, 30_000)
    expect(names).toHaveLength(TOTAL - 5)
    expect(names[0]).toBe('u5')
    expect(names.at(-1)).toBe(`u${TOTAL - 1}`)
    expect(new Set(names).size).toBe(TOTAL - 5)
    expect(asked).toEqual([
      { offset: 5, limit: MAX_INDEX_WINDOW },
      { offset: 10_005, limit: MAX_INDEX_WINDOW },
      { offset: 20_005, limit: 30_000 - 20_005 }
    ])
  })
})
