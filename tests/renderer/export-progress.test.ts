import { afterEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { buildApi } from '@shared/api'
import type { RequestOf } from '@shared/contract'
import type { ExportProgress, FileSaveResult } from '@shared/contract/users'
import ExportDialog from '@renderer/components/users/ExportDialog.vue'
import { i18n, setLanguage } from '@renderer/i18n'
import { useUsersStore } from '@renderer/stores/users'

const POOL = 'us-east-1_export'

/**
 * Main's side of an export, scripted: the export answers only once it is cancelled, and progress is
 * pushed as `users:exportProgress` events, as the router and the export service do.
 */
function bridge() {
  const calls: { channel: string; payload: unknown }[] = []
  let listener: ((payload: unknown) => void) | undefined
  let finish: ((result: FileSaveResult) => void) | undefined
  window.api = buildApi({
    invoke: async (channel, payload) => {
      calls.push({ channel, payload })
      if (channel === 'users:export')
        return { ok: true, data: await new Promise<FileSaveResult>((resolve) => (finish = resolve)) }
      if (channel === 'users:exportCancel') {
        finish?.({ saved: false, cancelled: true, count: 2_000 })
        return { ok: true, data: { cancelled: true } }
      }
      throw new Error(`not used here: ${channel}`)
    },
    on: (event, handler) => {
      if (event === 'users:exportProgress') listener = handler
      return () => (listener = undefined)
    }
  })
  return { calls, progress: (p: ExportProgress) => listener?.(p) }
}

async function openDialog() {
  setActivePinia(createPinia())
  const main = bridge()
  useUsersStore().open(POOL)
  const show = ref(true)
  const Host = defineComponent(
    () => () =>
      h(ExportDialog, {
        show: show.value,
        'onUpdate:show': (value: boolean) => (show.value = value),
        source: 'index',
        rows: [],
        query: {},
        matched: 10_000,
        indexed: 10_000,
        columns: ['username'],
        selection: { query: {}, except: ['someone'] },
        selectedCount: 9_999
      })
  )
  const wrapper = mount(Host, { attachTo: document.body, global: { plugins: [i18n] } })
  await flushPromises()
  return { wrapper, main }
}

const byTestId = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`)

afterEach(() => {
  setLanguage('en')
  document.body.innerHTML = ''
})

describe('export dialog', () => {
  it('shows the export’s progress as a named bar and stops it with a Cancel button', async () => {
    const { wrapper, main } = await openDialog()
    // The ticked "all matching" selection is what goes, as its query and the unticked names.
    expect(byTestId('export-scope-selected')?.textContent).toContain('9,999')
    byTestId('export-run')?.click()
    await flushPromises()
    const request = main.calls[0]?.payload as RequestOf<'users', 'export'>
    expect(request.source).toEqual({ kind: 'index', query: {}, except: ['someone'] })
    expect(byTestId('export-progress')).not.toBeNull()

    main.progress({ exportId: request.exportId ?? '', written: 2_000, total: 9_999 })
    main.progress({ exportId: 'another-export', written: 9_000, total: 9_999 })
    await flushPromises()
    const bar = byTestId('export-progress')?.querySelector('[role="progressbar"]')
    expect(bar?.getAttribute('aria-label')).toBe('Export progress')
    expect(bar?.getAttribute('aria-valuenow')).toBe('20')
    expect(byTestId('export-progress-text')?.textContent).toContain('2,000 of 9,999 users written')

    const cancel = byTestId('export-cancel')
    expect(cancel?.tagName).toBe('BUTTON')
    expect(cancel?.textContent).toContain('Stop export')
    cancel?.click()
    await flushPromises()
    expect(main.calls.map((c) => c.channel)).toEqual(['users:export', 'users:exportCancel'])
    expect(main.calls[1]?.payload).toEqual({ exportId: request.exportId })
    expect(byTestId('export-progress')).toBeNull()
    expect(byTestId('export-cancel')).toBeNull()
    expect(byTestId('export-cancelled')?.textContent).toContain('nothing was left on disk')
    expect(byTestId('export-dialog')).not.toBeNull()
    wrapper.unmount()
  })

  it('words the progress and the cancel in Japanese', async () => {
    setLanguage('ja')
    const { wrapper, main } = await openDialog()
    byTestId('export-run')?.click()
    await flushPromises()
    const request = main.calls[0]?.payload as RequestOf<'users', 'export'>
    main.progress({ exportId: request.exportId ?? '', written: 500, total: 1_000 })
    await flushPromises()
    expect(byTestId('export-progress-text')?.textContent).toContain('1,000 人中 500 人を書き込みました')
    expect(byTestId('export-cancel')?.textContent).toContain('エクスポートを中止')
    byTestId('export-cancel')?.click()
    await flushPromises()
    expect(byTestId('export-cancelled')?.textContent).toContain('ディスクには何も残っていません')
    wrapper.unmount()
  })
})
