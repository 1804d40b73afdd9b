import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider, NInput, NInputNumber, NSelect } from 'naive-ui'
import type { AttributeSpec, UserRow } from '@shared/contract/users'
import ListEmpty from '@renderer/components/ListEmpty.vue'
import UserAttributes from '@renderer/components/users/UserAttributes.vue'
import { i18n, setLanguage } from '@renderer/i18n'
import { naiveLocale } from '@renderer/i18n/naiveLocale'

const ADDRESS = '4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011, Japan (Building B, 12th floor, reception desk)'

describe('form fields', () => {
  it.each(['en', 'ja'] as const)('show no component-library default placeholder (%s)', async (language) => {
    const Fields = defineComponent(
      () => () =>
        h(NConfigProvider, { locale: naiveLocale(language) }, () => [
          h(NInput),
          h(NInputNumber),
          h(NSelect, { options: [{ label: 'a', value: 'a' }] })
        ])
    )
    const wrapper = mount(Fields)
    await nextTick()
    const text =
      wrapper.text() +
      wrapper
        .findAll('input')
        .map((i) => i.attributes('placeholder') ?? '')
        .join()
    expect(text).not.toMatch(/Please (Input|Select)|入力してください|選択してください/)
  })

  it('an editable attribute shows a long value whole, on as many lines as it needs', () => {
    const spec: AttributeSpec = {
      name: 'address',
      dataType: 'String',
      required: false,
      mutable: true,
      custom: false,
      writable: true
    }
    const user: UserRow = {
      username: 'aiko',
      sub: 'sub-1',
      status: 'CONFIRMED',
      enabled: true,
      created: '2024-01-01T00:00:00.000Z',
      modified: '2024-01-01T00:00:00.000Z',
      attributes: { address: ADDRESS }
    }
    const wrapper = mount(UserAttributes, {
      props: { user, specs: [spec], readOnly: false, pending: null, run: async () => true },
      global: { plugins: [i18n, createPinia()] }
    })
    const field = wrapper.find('[data-testid="attr-input-address"] textarea')
    expect(field.exists()).toBe(true)
    expect((field.element as HTMLTextAreaElement).value).toBe(ADDRESS)
  })
})

describe('a list with no rows', () => {
  const empty = (props: { loading: boolean; error: string | null }) =>
    mount(ListEmpty, {
      props: { ...props, empty: 'This account has no identity pools.' },
      global: { plugins: [i18n] }
    })

  it('says it failed, never "none", when its load failed', () => {
    setLanguage('en')
    const wrapper = empty({ loading: false, error: 'Nothing answers at http://127.0.0.1:9' })
    expect(wrapper.attributes('data-state')).toBe('failed')
    expect(wrapper.text()).toContain('Not loaded')
    expect(wrapper.text()).not.toContain('no identity pools')
  })

  it('says it is loading while it loads, and "none" only once loaded empty', () => {
    expect(empty({ loading: true, error: null }).text()).toContain('Loading')
    expect(empty({ loading: false, error: null }).text()).toContain('no identity pools')
  })

  it('words the failure in Japanese too', () => {
    setLanguage('ja')
    expect(empty({ loading: false, error: 'x' }).text()).toContain('読み込めませんでした')
    setLanguage('en')
  })
})
