import { beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { buildApi } from '@shared/api'
import type { RequestOf } from '@shared/contract'
import type { IndexQueryResult, IndexStatus, UserRow } from '@shared/contract/users'
import UsersGrid from '@renderer/components/UsersGrid.vue'
import { i18n } from '@renderer/i18n'
import { INDEX_WINDOW, useUsersStore } from '@renderer/stores/users'
import { heldRows } from '@renderer/users/grid-rows'

const row = (i: number): UserRow => ({
  username: `user-${i}`,
  sub: `sub-${i}`,
  status: 'CONFIRMED',
  enabled: i % 2 === 0,
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-02T00:00:00.000Z',
  attributes: { email: `user-${i}@example.com` }
})
const rows = Array.from({ length: 1000 }, (_, i) => row(i))

beforeAll(() => {
  // jsdom does no layout: give the grid's viewport a size so the virtualizer has rows to show.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 })
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 })
  // jsdom has no ResizeObserver (it does no layout): the grid's viewport never changes size here.
  globalThis.ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
})

async function grid(props: Partial<InstanceType<typeof UsersGrid>['$props']> = {}) {
  const wrapper = mount(UsersGrid, {
    props: {
      rows: heldRows(rows),
      columns: ['username', 'status', 'enabled'],
      sort: null,
      selected: new Set<string>(),
      emptyText: 'none',
      ...props
    },
    global: { plugins: [i18n] }
  })
  await nextTick()
  await nextTick()
  return wrapper
}

describe('users grid', () => {
  it('renders only the rows in view out of many', async () => {
    const wrapper = await grid()
    const shown = wrapper.findAll('[role="row"]').length - 1
    expect(shown).toBeGreaterThan(10)
    expect(shown).toBeLessThan(40)
    expect(wrapper.attributes('aria-rowcount')).toBe('1001')
    expect(wrapper.find('[data-testid="user-row-user-0"]').text()).toContain('CONFIRMED')
  })

  it('moves with the arrows, selects with Space (Shift+Space a range) and opens with Enter', async () => {
    const wrapper = await grid()
    await wrapper.trigger('keydown', { key: 'ArrowDown' })
    await wrapper.trigger('keydown', { key: ' ' })
    expect(wrapper.emitted('update:selected')?.[0]?.[0]).toEqual(new Set(['user-1']))
    await wrapper.setProps({ selected: new Set(['user-1']) })
    await wrapper.trigger('keydown', { key: 'ArrowDown' })
    await wrapper.trigger('keydown', { key: 'ArrowDown' })
    await wrapper.trigger('keydown', { key: ' ', shiftKey: true })
    expect(wrapper.emitted('update:selected')?.[1]?.[0]).toEqual(new Set(['user-1', 'user-2', 'user-3']))
    await wrapper.trigger('keydown', { key: 'Enter' })
    expect(wrapper.emitted('open')?.[0]?.[0]).toMatchObject({ username: 'user-3' })
  })

  it('sorts by a column one way, then the other', async () => {
    const wrapper = await grid()
    await wrapper.find('[data-testid="column-status"] button').trigger('click')
    expect(wrapper.emitted('update:sort')?.[0]?.[0]).toEqual({ column: 'status', direction: 'asc' })
    await wrapper.setProps({ sort: { column: 'status', direction: 'asc' } })
    expect(wrapper.find('[data-testid="column-status"]').attributes('aria-sort')).toBe('ascending')
    await wrapper.find('[data-testid="column-status"] button').trigger('click')
    expect(wrapper.emitted('update:sort')?.[1]?.[0]).toEqual({ column: 'status', direction: 'desc' })
  })

  it('says so when there is nothing to show', async () => {
    const wrapper = await grid({ rows: heldRows([]), emptyText: 'No user matches.' })
    expect(wrapper.find('[data-testid="users-grid-empty"]').text()).toBe('No user matches.')
  })

  it('keeps "all matching" when one row is unticked: the rows unticked from it are listed', async () => {
    const wrapper = await grid({ allMatching: true })
    expect(wrapper.find('[data-testid="user-row-user-0"]').attributes('aria-selected')).toBe('true')
    await wrapper.trigger('keydown', { key: ' ' })
    expect(wrapper.emitted('update:allMatching')).toBeUndefined()
    expect(wrapper.emitted('update:selected')?.[0]?.[0]).toEqual(new Set(['user-0']))
    await wrapper.setProps({ selected: new Set(['user-0']) })
    expect(wrapper.find('[data-testid="user-row-user-0"]').attributes('aria-selected')).toBe('false')
    expect(wrapper.find('[data-testid="user-row-user-1"]').attributes('aria-selected')).toBe('true')
    expect((wrapper.find('[data-testid="select-all"]').element as HTMLInputElement).indeterminate).toBe(true)
    // Ticking it again puts it back into the whole result.
    await wrapper.trigger('keydown', { key: ' ' })
    expect(wrapper.emitted('update:selected')?.[1]?.[0]).toEqual(new Set())
  })
})

/** The status of a pool index that has loaded `total` users. */
function loadedIndex(poolId: string, total: number): IndexStatus {
  return {
    poolId,
    state: 'done',
    indexed: total,
    estimated: total,
    partitions: { done: 1, total: 1 },
    throttled: 0,
    restarts: 0,
    groupsLoaded: false,
    elapsedMs: 0,
    ratePerSecond: 30
  }
}

/** The grid over the users store's index result, re-rendered as the store's result changes. */
function mountIndexGrid(users: ReturnType<typeof useUsersStore>) {
  const Host = defineComponent(
    () => () =>
      h(UsersGrid, {
        rows: users.indexGridRows(),
        columns: ['username'],
        sort: null,
        selected: new Set<string>(),
        emptyText: ''
      })
  )
  return mount(Host, { global: { plugins: [i18n] } })
}

describe('users grid over the pool index', () => {
  const POOL = 'eu-west-1_Million1'
  const TOTAL = 1_000_000
  const status = loadedIndex(POOL, TOTAL)

  /** The renderer's side of the bridge: main's index answers windows of a result of a million rows. */
  function bridge() {
    const answered: number[] = []
    window.api = buildApi({
      invoke: async (channel, payload) => {
        if (channel === 'users:indexStatus') return { ok: true, data: status }
        if (channel !== 'users:indexQuery') throw new Error(`not used here: ${channel}`)
        const { offset = 0, limit = INDEX_WINDOW } = payload as RequestOf<'users', 'indexQuery'>
        const count = Math.max(0, Math.min(limit, TOTAL - offset))
        answered.push(count)
        const result: IndexQueryResult = {
          total: TOTAL,
          offset,
          rows: Array.from({ length: count }, (_, i) => row(offset + i)),
          attributeNames: ['email'],
          version: 1,
          status,
          tookMs: 0
        }
        return { ok: true, data: result }
      },
      on: () => () => undefined
    })
    return answered
  }

  async function indexGrid() {
    setActivePinia(createPinia())
    const answered = bridge()
    const users = useUsersStore()
    users.open(POOL)
    await users.loadIndexStatus()
    const wrapper = mountIndexGrid(users)
    await flushPromises()
    return { wrapper: wrapper.findComponent(UsersGrid), answered }
  }

  it('receives windows of rows, never the result, and End reaches the last of a million rows', async () => {
    const { wrapper, answered } = await indexGrid()
    expect(wrapper.find('[data-testid="user-row-user-0"]').exists()).toBe(true)
    await wrapper.trigger('keydown', { key: 'End' })
    await flushPromises()
    expect(wrapper.find(`[data-testid="user-row-user-${TOTAL - 1}"]`).exists()).toBe(true)
    expect(wrapper.find('#user-row-999999').classes()).toContain('focused')
    expect(Math.max(...answered)).toBeLessThanOrEqual(INDEX_WINDOW)
    // The first screen and its margin, then the last screen and its margin: a few windows, not the pool.
    expect(answered.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(6 * INDEX_WINDOW)
  })

  it('Page Down moves a screenful at a time and keeps the last row reachable', async () => {
    const { wrapper } = await indexGrid()
    await wrapper.trigger('keydown', { key: 'PageDown' })
    await flushPromises()
    const focused = Number(wrapper.find('.row.focused').attributes('aria-rowindex')) - 2
    expect(focused).toBeGreaterThan(10)
    await wrapper.trigger('keydown', { key: 'End' })
    await wrapper.trigger('keydown', { key: 'PageDown' })
    await flushPromises()
    expect(wrapper.find('.row.focused').attributes('data-testid')).toBe(`user-row-user-${TOTAL - 1}`)
  })
})

describe('users grid scrolling a large index result', () => {
  const POOL = 'eu-west-1_Scroll1'
  const TOTAL = 1_000_000
  const status = loadedIndex(POOL, TOTAL)

  /** Main's side, answering each window only when the test lets it: the offsets asked, in order. */
  function slowBridge() {
    const asked: number[] = []
    const waiting: (() => void)[] = []
    window.api = buildApi({
      invoke: (channel, payload) => {
        if (channel === 'users:indexStatus') return Promise.resolve({ ok: true, data: status })
        const { offset = 0, limit = INDEX_WINDOW } = payload as RequestOf<'users', 'indexQuery'>
        asked.push(offset)
        const rows = Array.from({ length: Math.min(limit, TOTAL - offset) }, (_, i) => row(offset + i))
        const data: IndexQueryResult = {
          total: TOTAL,
          offset,
          rows,
          attributeNames: ['email'],
          version: 1,
          status,
          tookMs: 0
        }
        return new Promise((resolve) => waiting.push(() => resolve({ ok: true, data })))
      },
      on: () => () => undefined
    })
    const answerAll = async () => {
      await flushPromises()
      while (waiting.length) {
        for (const answer of waiting.splice(0)) answer()
        await flushPromises()
      }
    }
    return { asked, waiting, answerAll }
  }

  async function scrolledGrid() {
    setActivePinia(createPinia())
    const bridge = slowBridge()
    const users = useUsersStore()
    users.open(POOL)
    const ready = users.loadIndexStatus()
    await bridge.answerAll()
    await ready
    const wrapper = mountIndexGrid(users)
    await bridge.answerAll()
    const viewport = wrapper.find('[data-testid="users-grid"]')
    let top = 0
    Object.defineProperty(viewport.element, 'scrollTop', { get: () => top, set: (v: number) => (top = v) })
    const scrollTo = async (px: number) => {
      top = px
      await viewport.trigger('scroll')
      await flushPromises()
    }
    return { wrapper, bridge, scrollTo }
  }

  it('asks for the rows ahead of a fast scroll before it reaches them, a few windows at a time', async () => {
    const { wrapper, bridge, scrollTo } = await scrolledGrid()
    // 60 frames of a fast scroll (about 60 rows a frame); each answer comes a frame after it was asked.
    let pending = 0
    for (let frame = 1; frame <= 60; frame++) {
      const earlier = bridge.waiting.splice(0)
      await scrollTo(frame * 2_000)
      pending += wrapper.findAll('[data-testid="user-row-pending"]').length ? 1 : 0
      expect(bridge.waiting.length).toBeLessThanOrEqual(4)
      for (const answer of earlier) answer()
      await flushPromises()
    }
    // Only the first frames, before the scroll's speed is known, find rows still on the way.
    expect(pending).toBeLessThanOrEqual(2)
    expect(wrapper.findAll('[data-testid="user-row-pending"]')).toHaveLength(0)
  })

  it('never asks for windows the view has left before their turn: a jump waits only for those sent', async () => {
    const { wrapper, bridge, scrollTo } = await scrolledGrid()
    for (let frame = 1; frame <= 5; frame++) {
      await scrollTo(frame * 2_000)
      await bridge.answerAll()
    }
    // A fast scroll with main slow to answer: a few windows ahead go out, the rest wait their turn.
    await scrollTo(30_000)
    const sent = bridge.asked.length
    expect(bridge.waiting.length).toBe(4)
    // Then a jump to the end: the windows that waited are never asked for.
    await wrapper.findComponent(UsersGrid).trigger('keydown', { key: 'End' })
    await bridge.answerAll()
    const after = bridge.asked.slice(sent)
    expect(after.length).toBeGreaterThan(0)
    expect(after.every((offset) => offset >= TOTAL - 4 * INDEX_WINDOW)).toBe(true)
    expect(wrapper.find(`[data-testid="user-row-user-${TOTAL - 1}"]`).exists()).toBe(true)
  })
})
