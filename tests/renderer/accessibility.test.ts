import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { NCard, NDynamicTags, NForm, NFormItem, NInput, NInputNumber, NSelect, NSwitch } from 'naive-ui'
import { fixNaiveAria, watchNaiveAria } from '@renderer/a11y/naiveAria'
import TabStrip from '@renderer/components/TabStrip.vue'

const TEXTS = { decrease: 'Decrease', increase: 'Increase', add: 'Add' }

/** The accessible name a screen reader would read from aria-label or aria-labelledby. */
function nameOf(el: Element): string {
  const label = el.getAttribute('aria-label')
  if (label) return label
  const ids = el.getAttribute('aria-labelledby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ')
}

function mountFixed(render: () => ReturnType<typeof h>): HTMLElement {
  const wrapper = mount(
    defineComponent(() => render),
    { attachTo: document.body }
  )
  fixNaiveAria(wrapper.element as HTMLElement, TEXTS)
  return wrapper.element as HTMLElement
}

// The first mount loads Naive UI's styles into jsdom: slow on a busy machine.
describe('Naive UI accessibility fixes', { timeout: 30_000 }, () => {
  it('ties a form item label to its text box, switch, select and number input', () => {
    const root = mountFixed(() =>
      h(NForm, () => [
        h(NFormItem, { label: 'Pool name' }, () => h(NInput)),
        h(NFormItem, { label: 'Deletion protection' }, () => h(NSwitch)),
        h(NFormItem, { label: 'Region' }, () =>
          h(NSelect, { filterable: true, options: [{ label: 'a', value: 'a' }] })
        ),
        h(NFormItem, { label: 'Minimum length' }, () => h(NInputNumber))
      ])
    )
    const controls = [...root.querySelectorAll('input, [role="switch"]')]
    expect(controls.length).toBeGreaterThanOrEqual(4)
    expect(controls.map(nameOf)).toEqual(['Pool name', 'Deletion protection', 'Region', 'Minimum length'])
  })

  it('names a select from its own aria-label and an input from the label given to its wrapper', () => {
    const root = mountFixed(() =>
      h('div', [
        h(NSelect, { 'aria-label': 'Theme', options: [{ label: 'Dark', value: 'dark' }], value: 'dark' }),
        h(NInput, { 'aria-label': 'email', type: 'textarea' })
      ])
    )
    const box = root.querySelector('.n-base-selection-label[tabindex]')!
    expect(nameOf(box)).toBe('Theme')
    expect(nameOf(root.querySelector('textarea')!)).toBe('email')
  })

  it('names the step buttons of a number input', () => {
    const root = mountFixed(() => h(NInputNumber, { 'aria-label': 'Calls per second' }))
    const buttons = [...root.querySelectorAll('.n-input__suffix > button')]
    expect(buttons.map(nameOf)).toEqual(['Decrease', 'Increase'])
  })

  it("names a dynamic tags list's icon-only add button after its form item", () => {
    const root = mountFixed(() =>
      h(NForm, () => h(NFormItem, { label: 'Identifiers' }, () => h(NDynamicTags, { value: [] })))
    )
    const button = root.querySelector('.n-dynamic-tags .n-button')!
    expect(nameOf(button)).toBe('Add: Identifiers')
  })

  it('leaves one heading per card title, with a level', () => {
    const root = mountFixed(() => h(NCard, { title: 'Password policy' }, () => 'body'))
    const headings = root.querySelectorAll('[role="heading"]')
    expect(headings).toHaveLength(1)
    expect(headings[0]!.textContent).toBe('Password policy')
    expect(headings[0]!.getAttribute('aria-level')).toBe('2')
  })

  it('does not replace a name the code set itself', () => {
    const root = mountFixed(() =>
      h(NForm, () => h(NFormItem, { label: 'Label' }, () => h(NSwitch, { 'aria-label': 'Own name' })))
    )
    expect(nameOf(root.querySelector('[role="switch"]')!)).toBe('Own name')
  })

  it('fixes what is drawn after it started watching', async () => {
    const shown = ref(false)
    const wrapper = mount(
      defineComponent(() => () => h('div', shown.value ? [h(NCard, { title: 'Later' })] : [])),
      { attachTo: document.body }
    )
    const stop = watchNaiveAria(wrapper.element as HTMLElement, () => TEXTS)
    shown.value = true
    await nextTick()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(wrapper.element.querySelectorAll('[role="heading"]')).toHaveLength(1)
    stop()
  })
})

describe('TabStrip', () => {
  const tabs = [
    { name: 'users', label: 'Users' },
    { name: 'clients', label: 'App clients' },
    { name: 'groups', label: 'Groups' }
  ]

  it('keeps only the selected tab in the tab order and moves with the arrow keys, Home and End', async () => {
    const value = ref('users')
    const wrapper = mount(TabStrip, {
      props: {
        tabs,
        label: 'Pool',
        panelId: 'panel',
        modelValue: value.value,
        'onUpdate:modelValue': (v: string) => {
          value.value = v
          void wrapper.setProps({ modelValue: v })
        }
      },
      attachTo: document.body
    })
    const buttons = () => wrapper.findAll('[role="tab"]')
    expect(buttons().map((b) => b.attributes('tabindex'))).toEqual(['0', '-1', '-1'])
    expect(wrapper.find('[role="tablist"]').attributes('aria-label')).toBe('Pool')

    await buttons()[0]!.trigger('keydown', { key: 'ArrowRight' })
    await nextTick()
    expect(value.value).toBe('clients')
    expect(document.activeElement?.textContent?.trim()).toBe('App clients')
    expect(buttons()[1]!.attributes('aria-selected')).toBe('true')

    await buttons()[1]!.trigger('keydown', { key: 'End' })
    expect(value.value).toBe('groups')
    await buttons()[2]!.trigger('keydown', { key: 'ArrowRight' })
    expect(value.value).toBe('users')
    await buttons()[0]!.trigger('keydown', { key: 'ArrowLeft' })
    expect(value.value).toBe('groups')
    wrapper.unmount()
  })
})
