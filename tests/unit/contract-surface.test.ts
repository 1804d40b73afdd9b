import { describe, expect, it } from 'vitest'
import { listChannels } from '@shared/contract'
import { EVENT_NAMES } from '@shared/events'
import { z } from 'zod'

/**
 * The whole IPC surface in one snapshot: a new channel, a changed kind or a changed request schema
 * shows up in review as a change to this file's snapshot.
 */
describe('IPC surface', () => {
  it('matches the reviewed snapshot', () => {
    const surface = listChannels().map(({ name, channel }) => ({
      name,
      kind: channel.kind,
      request: z.toJSONSchema(channel.request, { unrepresentable: 'any', io: 'input' })
    }))
    expect({ channels: surface, events: EVENT_NAMES }).toMatchSnapshot()
  })

  it('names every channel domain:action with no duplicates', () => {
    const names = listChannels().map((c) => c.name)
    expect(new Set(names).size).toBe(names.length)
    for (const name of names) expect(name).toMatch(/^[a-z][A-Za-z]*:[a-z][A-Za-z]*$/)
  })
})
