import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ClaimDiffCard from '@renderer/components/tokens/ClaimDiffCard.vue'
import { i18n, setLanguage } from '@renderer/i18n'

const before = { payload: { sub: 'a1', token_use: 'id', email: 'ann@example.com', plan: 'pro' } }
const after = { payload: { sub: 'a1', token_use: 'access', scope: 'openid', plan: 'pro' } }

function card(language: 'en' | 'ja') {
  setLanguage(language)
  return mount(ClaimDiffCard, { props: { before, after }, global: { plugins: [i18n] } })
}

afterEach(() => setLanguage('en'))

describe('the claim diff card', () => {
  it('lists what changed, hides unchanged claims until asked, and marks customised ones', async () => {
    const wrapper = card('en')
    expect(wrapper.get('[data-testid="diff-summary"]').text()).toBe(
      '1 added, 1 removed, 1 changed, 2 the same.'
    )
    expect(wrapper.get('[data-testid="diff-token_use"]').text()).toMatch(/token_use\s*changed\s*id\s*access/)
    expect(wrapper.get('[data-testid="diff-email"]').text()).toContain('removed')
    expect(wrapper.get('[data-testid="diff-scope"]').text()).toContain('added')
    expect(wrapper.find('[data-testid="diff-sub"]').exists()).toBe(false)
    await wrapper.get('[data-testid="diff-show-same"]').trigger('click')
    expect(wrapper.get('[data-testid="diff-plan"]').text()).toContain('customised')
    expect(wrapper.get('[data-testid="diff-sub"]').text()).not.toContain('customised')
  })

  it('speaks Japanese', () => {
    const wrapper = card('ja')
    expect(wrapper.get('[data-testid="diff-summary"]').text()).toBe('追加 1、削除 1、変更 1、同じ 2。')
    expect(wrapper.get('[data-testid="diff-email"]').text()).toContain('削除')
    expect(wrapper.text()).toContain('比較をやめる')
  })
})
