import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type {
  Connection,
  ConnectionInput,
  ConnectionTestResult,
  ProfilesResult
} from '@shared/contract/connections'
import type { MfaPrompt } from '@shared/events'
import { api, unwrap } from '../api'

export const useConnectionsStore = defineStore('connections', () => {
  const connections = ref<Connection[]>([])
  const activeId = ref<string | null>(null)
  const profiles = ref<ProfilesResult>({ profiles: [], environmentCredentials: false })
  const tests = ref<Record<string, ConnectionTestResult>>({})
  const testing = ref<string | null>(null)
  const mfaPrompt = ref<MfaPrompt | null>(null)

  const active = computed(() => connections.value.find((c) => c.id === activeId.value) ?? null)
  /** Changes whenever what the screens show depends on changes: another connection, region, endpoint or profile. */
  const activeKey = computed(() => (active.value ? JSON.stringify(active.value) : 'none'))

  function apply(state: { connections: Connection[]; activeId: string | null }): void {
    connections.value = state.connections
    activeId.value = state.activeId
  }

  async function load(): Promise<void> {
    apply(await unwrap(api().connections.list()))
  }

  async function loadProfiles(): Promise<void> {
    profiles.value = await unwrap(api().connections.profiles())
  }

  async function save(input: ConnectionInput): Promise<Connection> {
    const saved = await unwrap(api().connections.save(input))
    await load()
    return saved
  }

  async function remove(id: string): Promise<void> {
    apply(await unwrap(api().connections.remove({ id })))
  }

  async function activate(id: string): Promise<void> {
    apply(await unwrap(api().connections.activate({ id })))
  }

  /** Moves the active connection to another region (saved, so the choice persists). */
  async function switchRegion(region: string): Promise<void> {
    if (active.value && active.value.region !== region) await save({ ...active.value, region })
  }

  async function test(id: string): Promise<ConnectionTestResult> {
    testing.value = id
    try {
      const result = await unwrap(api().connections.test({ id }))
      tests.value = { ...tests.value, [id]: result }
      return result
    } finally {
      testing.value = null
    }
  }

  function listenForMfa(): () => void {
    return api().on('connections:mfaPrompt', (prompt) => {
      mfaPrompt.value = prompt
    })
  }

  async function answerMfa(code: string | null): Promise<void> {
    const prompt = mfaPrompt.value
    mfaPrompt.value = null
    if (prompt) await unwrap(api().connections.answerMfa({ requestId: prompt.requestId, code }))
  }

  return {
    connections,
    activeId,
    active,
    activeKey,
    profiles,
    tests,
    testing,
    mfaPrompt,
    load,
    loadProfiles,
    save,
    remove,
    activate,
    switchRegion,
    test,
    listenForMfa,
    answerMfa
  }
})
