import { beforeAll, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import type { UserRow } from '@shared/contract/users'
import UsersGrid from '@renderer/components/UsersGrid.vue'
import { i18n } from '@renderer/i18n'
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
})
