import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { buildApi } from '@shared/api'
import type { LabRunResult } from '@shared/contract/credentialsLab'
import { DEVELOPER_TOKEN_KEY } from '@shared/credentialsLab'
import type { Envelope } from '@shared/errors'
import LabUnlink from '@renderer/components/credentialsLab/LabUnlink.vue'
import { i18n, setLanguage } from '@renderer/i18n'

const IDENTITY = 'us-east-1:11111111-2222-3333-4444-555555555555'
const PROVIDER = 'cognito-idp.us-east-1.amazonaws.com/us-east-1_Lab'

const result = (logins: Record<string, string>, runId?: string): LabRunResult => ({
  identityPoolId: 'us-east-1:99999999-8888-7777-6666-555555555555',
  flow: 'enhanced',
  logins,
  steps: [],
  identityId: IDENTITY,
  ...(runId ? { runId } : {})
})

/** Main's answer to credentialsLab:unlinkLogin, scripted; records what the window sent. */
function bridge(answer: Envelope<unknown>) {
  const calls: { channel: string; payload: unknown }[] = []
  window.api = buildApi({
    invoke: async (channel, payload) => {
      calls.push({ channel, payload })
      return answer
    },
    on: () => () => undefined
  })
  return calls
}

async function show(run: LabRunResult) {
  setActivePinia(createPinia())
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:p(.*)*', component: {} }]
  })
  mount(LabUnlink, {
    props: { result: run, identityId: IDENTITY },
    attachTo: document.body,
    global: { plugins: [i18n, router] }
  })
  await flushPromises()
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

/** Clicks the unlink action and waits for the confirmation to be drawn; returns its text. */
async function askToUnlink(): Promise<string> {
  byTestId('lab-unlink-login')?.click()
  await flushPromises()
  return document.querySelector('.n-dialog')?.textContent ?? ''
}

async function confirm(): Promise<void> {
  byTestId('dialog-confirm')?.click()
  // The action starts once the dialog has left.
  await vi.waitFor(() => expect(document.querySelector('.n-dialog')).toBeNull())
  await flushPromises()
}

afterEach(() => {
  setLanguage('en')
  document.body.innerHTML = ''
})

describe('unlinking a lab run’s login', () => {
  it('confirms naming the identity and the provider, sends the run id, and says the identity stays (en)', async () => {
    const calls = bridge({ ok: true, data: { identityId: IDENTITY, providerName: PROVIDER } })
    await show(result({ [PROVIDER]: 'eyJ…(900 chars)' }, 'run-1'))
    const question = await askToUnlink()
    expect(question).toContain(`Unlink ${PROVIDER}?`)
    expect(question).toContain(`from the identity ${IDENTITY}`)
    await confirm()
    expect(calls).toEqual([
      { channel: 'credentialsLab:unlinkLogin', payload: { runId: 'run-1', providerName: PROVIDER } }
    ])
    expect(byTestId('lab-unlinked')?.textContent).toContain(
      `The login ${PROVIDER} was unlinked from ${IDENTITY}. The identity stays, without this login`
    )
    expect(byTestId('lab-unlink-login')).toBeNull()
  })

  it('says the same in Japanese, and words a forgotten run as “run the lab again”', async () => {
    setLanguage('ja')
    bridge({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        name: 'RUN_GONE',
        message: 'That lab run is no longer in memory.',
        params: { reason: 'RUN_GONE' }
      }
    })
    await show(result({ [PROVIDER]: 'eyJ…(900 chars)' }, 'run-2'))
    const question = await askToUnlink()
    expect(question).toContain(`${PROVIDER} のリンクを解除しますか?`)
    expect(question).toContain(`ID ${IDENTITY} からログイン ${PROVIDER} を外します`)
    await confirm()
    expect(byTestId('lab-unlink-error')?.textContent).toContain('ラボをもう一度実行してから')
    expect(byTestId('lab-unlinked')).toBeNull()
  })

  it('sends a developer identity to the developer identities tab instead of offering UnlinkIdentity', async () => {
    const calls = bridge({ ok: true, data: {} })
    await show(result({ [DEVELOPER_TOKEN_KEY]: 'opaque' }))
    expect(byTestId('lab-unlink-developer')?.textContent).toContain('UnlinkDeveloperIdentity')
    expect(byTestId('lab-unlink-login')).toBeNull()
    expect(document.querySelector('a')?.getAttribute('href')).toContain('/developer')
    expect(calls).toEqual([])
  })
})
