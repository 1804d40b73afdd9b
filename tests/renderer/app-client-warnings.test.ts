import { afterEach, describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import type { CapabilityInput } from '@shared/capabilities'
import AppClientWarnings from '@renderer/components/AppClientWarnings.vue'
import { i18n, setLanguage } from '@renderer/i18n'

const client: CapabilityInput = {
  explicitAuthFlows: ['ALLOW_USER_AUTH'],
  hasSecret: false,
  allowedOAuthFlowsUserPoolClient: true,
  allowedOAuthFlows: ['code'],
  allowedOAuthScopes: ['openid'],
  callbackUrls: ['https://app.example.com/cb'],
  supportedIdentityProviders: ['COGNITO']
}
const litePool = { allowedFirstAuthFactors: ['PASSWORD', 'EMAIL_OTP'], tier: 'LITE' }

const mountWarnings = (props: { client: CapabilityInput; pool: typeof litePool | undefined }) =>
  mount(AppClientWarnings, { props, global: { plugins: [i18n] } })

describe('app client form warnings', { timeout: 30_000 }, () => {
  afterEach(() => setLanguage('en'))

  it('words what will not work and what to change, in English', () => {
    const wrapper = mountWarnings({ client, pool: litePool })
    expect(wrapper.find('[data-testid="client-warning-liteTier"]').text()).toContain('Essentials or Plus')
    expect(wrapper.find('[data-testid="client-warning-noDomain"]').text()).toContain('Domain tab')
  })

  it('words the same warnings in Japanese', () => {
    setLanguage('ja')
    const wrapper = mountWarnings({
      client,
      pool: { ...litePool, tier: 'ESSENTIALS', allowedFirstAuthFactors: ['PASSWORD'] }
    })
    expect(wrapper.find('[data-testid="client-warning-passwordlessNotInPolicy"]').text()).toContain(
      'サインインポリシー'
    )
    expect(wrapper.find('[data-testid="client-warning-noDomain"]').text()).toContain('ドメイン')
  })

  it('shows nothing when every chosen setting works', () => {
    const wrapper = mountWarnings({ client: { ...client, domain: 'demo' }, pool: undefined })
    expect(wrapper.find('[data-testid="client-warnings"]').exists()).toBe(false)
  })
})
