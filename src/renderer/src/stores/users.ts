import { defineStore } from 'pinia'
import { markRaw, ref, shallowRef } from 'vue'
import type {
  ActionResult,
  Availability,
  AuthEventInfo,
  DeviceInfo,
  FileSaveResult,
  IndexStatus,
  MfaSettings,
  PoolUserSchema,
  ServerFilter,
  UserDetail,
  UserRow
} from '@shared/contract/users'
import type { RequestOf } from '@shared/contract'
import type { Envelope } from '@shared/errors'
import type { IndexChange } from '@shared/events'
import { api, unwrap } from '../api'
import { prepareSearch } from '../users/query'

/**
 * Index rows per `users:indexQuery` call when copying the index: small enough that one answer never
 * holds the IPC channel (or main) for long, large enough that 100,000 users take ten calls.
 */
const INDEX_WINDOW = 10_000

export type MfaFactor = MfaSettings['enabled'][number]

export type UserAction =
  'resendInvitation' | 'confirmSignUp' | 'resetPassword' | 'enable' | 'disable' | 'globalSignOut' | 'delete'

/**
 * Users of the open pool: server search pages (ListUsers) and the pool index (loaded in main, copied
 * here whole so the table can search and sort it without a round trip). Row arrays are frozen out of
 * Vue's deep reactivity: they are replaced, never mutated.
 */
export const useUsersStore = defineStore('users', () => {
  const poolId = ref<string | null>(null)
  const schema = ref<PoolUserSchema | null>(null)

  // Server search
  const searchRows = shallowRef<readonly UserRow[]>(markRaw([]))
  const searchToken = ref<string | undefined>()
  const searchFilter = ref<ServerFilter | undefined>()
  const sentFilter = ref<string | undefined>()
  const searching = ref(false)
  const searched = ref(false)

  // Pool index
  const indexStatus = ref<IndexStatus | null>(null)
  const indexRows = shallowRef<readonly UserRow[]>(markRaw([]))
  const indexAttributes = ref<string[]>([])
  let listening: (() => void) | null = null

  function open(id: string): void {
    if (poolId.value === id) return
    poolId.value = id
    schema.value = null
    searchRows.value = markRaw([])
    searchToken.value = undefined
    searchFilter.value = undefined
    sentFilter.value = undefined
    searched.value = false
    indexStatus.value = null
    indexRows.value = markRaw([])
    indexAttributes.value = []
  }

  function pool(): string {
    if (!poolId.value) throw new Error('No user pool is open.')
    return poolId.value
  }

  async function loadSchema(): Promise<PoolUserSchema> {
    const id = pool()
    const result = await unwrap(api().users.schema({ poolId: id }))
    if (poolId.value === id) schema.value = result
    return result
  }

  /** First page of a server search, shown at once; `more()` appends the next. */
  async function search(filter?: ServerFilter): Promise<void> {
    searchFilter.value = filter
    searchToken.value = undefined
    searchRows.value = markRaw([])
    await page()
  }

  async function more(): Promise<void> {
    if (searchToken.value) await page()
  }

  async function page(): Promise<void> {
    const id = pool()
    searching.value = true
    try {
      const result = await unwrap(
        api().users.list({
          poolId: id,
          limit: 60,
          ...(searchFilter.value ? { filter: searchFilter.value } : {}),
          ...(searchToken.value ? { nextToken: searchToken.value } : {})
        })
      )
      if (poolId.value !== id) return
      searchRows.value = markRaw([...searchRows.value, ...result.users])
      searchToken.value = result.nextToken
      sentFilter.value = result.filter
      searched.value = true
    } finally {
      searching.value = false
    }
  }

  /** Counts progress events, so an answer that arrives after a newer event does not overwrite it. */
  let events = 0

  /**
   * Follows index loads through `users:indexProgress` (when a load of the open pool ends, copies the
   * rows) and changes to single users through `users:indexChanged` (any screen's or job's write).
   */
  function listen(): void {
    if (listening) return
    const progress = api().on('users:indexProgress', (status) => {
      if (status.poolId !== poolId.value) return
      events++
      const before = indexStatus.value
      const ended =
        status.state !== 'loading' &&
        (before?.state !== status.state || before.finishedAt !== status.finishedAt)
      indexStatus.value = status
      if (ended) void loadIndexRows()
    })
    const changes = api().on('users:indexChanged', (change) => {
      if (change.poolId === poolId.value) applyChange(change)
    })
    listening = () => {
      progress()
      changes()
    }
  }

  /** Takes main's changed rows into the tables that hold them, and drops removed users. */
  function applyChange(change: IndexChange): void {
    const removed = new Set(change.removed)
    const changed = new Map(change.rows.map((r) => [r.username, r]))
    const patch = (rows: readonly UserRow[], addNew: boolean): readonly UserRow[] => {
      const seen = new Set<string>()
      const next: UserRow[] = []
      for (const row of rows) {
        if (removed.has(row.username)) continue
        seen.add(row.username)
        next.push(changed.get(row.username) ?? row)
      }
      if (addNew) for (const row of change.rows) if (!seen.has(row.username)) next.unshift(row)
      return markRaw(next)
    }
    searchRows.value = patch(searchRows.value, false)
    // Main changes only a loaded index, so its new users join the copy here.
    if (indexRows.value.length) indexRows.value = patch(indexRows.value, true)
  }

  /** Where the pool's index stands (main keeps it across screens); copies the rows if it is ready. */
  async function loadIndexStatus(): Promise<void> {
    listen()
    const id = pool()
    const status = await unwrap(api().users.indexStatus({ poolId: id }))
    if (poolId.value !== id) return
    indexStatus.value = status
    if (status.state !== 'loading' && status.indexed > 0 && indexRows.value.length === 0)
      await loadIndexRows()
  }

  async function startIndex(ratePerSecond?: number): Promise<void> {
    listen()
    const seen = events
    const status = await unwrap(
      api().users.indexStart({
        poolId: pool(),
        includeGroups: true,
        ...(ratePerSecond ? { ratePerSecond } : {})
      })
    )
    if (events === seen) indexStatus.value = status
  }

  async function cancelIndex(): Promise<void> {
    indexStatus.value = await unwrap(api().users.indexCancel({ poolId: pool() }))
    await loadIndexRows()
  }

  /** The whole index, window by window, into one plain array. */
  async function loadIndexRows(): Promise<void> {
    const id = pool()
    const rows: UserRow[] = []
    let total = Infinity
    let attributes: string[] = []
    while (rows.length < total) {
      const result = await unwrap(
        api().users.indexQuery({ poolId: id, query: {}, offset: rows.length, limit: INDEX_WINDOW })
      )
      if (poolId.value !== id) return
      total = result.total
      attributes = result.attributeNames
      indexStatus.value = result.status
      for (const row of result.rows) rows.push(row)
      if (result.rows.length === 0) break
    }
    // A User Timing mark (visible in DevTools and to the benchmark): the index rows have arrived.
    performance.mark('users:index-rows-arrived')
    indexRows.value = markRaw(rows)
    indexAttributes.value = attributes
    requestIdleCallback(() => prepareSearch(rows))
  }

  /** Puts a changed user back into the lists that hold them, or takes a deleted one out. */
  function replace(username: string, user: UserRow | undefined): void {
    applyChange({ poolId: pool(), rows: user ? [user] : [], removed: user ? [] : [username] })
  }

  /** Runs an action on one user and keeps the tables in step with its outcome. */
  async function act(action: UserAction, username: string): Promise<ActionResult> {
    const result = await unwrap(api().users[action]({ poolId: pool(), username }))
    replace(username, action === 'delete' ? undefined : result.user)
    return result
  }

  async function create(input: Omit<RequestOf<'users', 'create'>, 'poolId'>): Promise<ActionResult> {
    const result = await unwrap(api().users.create({ ...input, poolId: pool() }))
    if (result.user) {
      searchRows.value = markRaw([result.user, ...searchRows.value])
      replace(result.user.username, result.user)
    }
    return result
  }

  function detail(username: string): Promise<UserDetail> {
    return unwrap(api().users.get({ poolId: pool(), username }))
  }

  function devices(username: string): Promise<Availability<DeviceInfo>> {
    return unwrap(api().users.devices({ poolId: pool(), username }))
  }

  function authEvents(username: string): Promise<Availability<AuthEventInfo>> {
    return unwrap(api().users.authEvents({ poolId: pool(), username }))
  }

  function authEventFeedback(
    username: string,
    eventId: string,
    feedback: 'Valid' | 'Invalid'
  ): Promise<Availability<AuthEventInfo>> {
    return unwrap(api().users.authEventFeedback({ poolId: pool(), username, eventId, feedback }))
  }

  function forgetDevice(username: string, deviceKey: string): Promise<Availability<DeviceInfo>> {
    return unwrap(api().users.forgetDevice({ poolId: pool(), username, deviceKey }))
  }

  function setDeviceStatus(
    username: string,
    deviceKey: string,
    remembered: boolean
  ): Promise<Availability<DeviceInfo>> {
    return unwrap(api().users.setDeviceStatus({ poolId: pool(), username, deviceKey, remembered }))
  }

  async function generatePassword(): Promise<string> {
    return (await unwrap(api().users.generatePassword({ poolId: pool() }))).password
  }

  /** Changes that return the user as it now is; the tables take the new version. */
  async function change(call: Promise<Envelope<ActionResult>>, username: string): Promise<ActionResult> {
    const result = await unwrap(call)
    if (result.user) replace(username, result.user)
    return result
  }

  const withPool = <T extends object>(request: T) => ({ ...request, poolId: pool() })

  const updateAttributes = (username: string, attributes: Record<string, string>) =>
    change(api().users.updateAttributes(withPool({ username, attributes })), username)
  const deleteAttributes = (username: string, names: string[]) =>
    change(api().users.deleteAttributes(withPool({ username, names })), username)
  const setPassword = (username: string, password: string, permanent: boolean) =>
    change(api().users.setPassword(withPool({ username, password, permanent })), username)
  const addToGroup = (username: string, group: string) =>
    change(api().users.addToGroup(withPool({ username, group })), username)
  const removeFromGroup = (username: string, group: string) =>
    change(api().users.removeFromGroup(withPool({ username, group })), username)
  const setMfa = (username: string, enabled: MfaFactor[], preferred?: MfaFactor) =>
    change(api().users.setMfa(withPool({ username, enabled, ...(preferred ? { preferred } : {}) })), username)

  /**
   * Up to `limit` users of any pool whose username or email holds `text`: through the pool's index
   * when one is loaded and not loading (any part matches), else by two prefix searches (ListUsers `^=`).
   */
  async function find(pool: string, text: string, limit = 8): Promise<UserRow[]> {
    const status = await unwrap(api().users.indexStatus({ poolId: pool }))
    if (status.state !== 'loading' && status.indexed > 0)
      return (await unwrap(api().users.indexQuery({ poolId: pool, query: { text }, limit }))).rows
    const pages = await Promise.all(
      (['username', 'email'] as const).map((attribute) =>
        unwrap(api().users.list({ poolId: pool, limit, filter: { attribute, operator: '^=', value: text } }))
      )
    )
    const seen = new Map(pages.flatMap((p) => p.users).map((u) => [u.username, u]))
    return [...seen.values()].slice(0, limit)
  }

  /** Writes users to a file the person picks; `count` is how many were written. */
  function exportUsers(request: Omit<RequestOf<'users', 'export'>, 'poolId'>): Promise<FileSaveResult> {
    return unwrap(api().users.export(withPool(request)))
  }

  return {
    exportUsers,
    find,
    poolId,
    schema,
    searchRows,
    searchToken,
    searchFilter,
    sentFilter,
    searching,
    searched,
    indexStatus,
    indexRows,
    indexAttributes,
    open,
    loadSchema,
    search,
    more,
    startIndex,
    cancelIndex,
    loadIndexStatus,
    loadIndexRows,
    replace,
    act,
    create,
    detail,
    devices,
    authEvents,
    authEventFeedback,
    forgetDevice,
    setDeviceStatus,
    generatePassword,
    updateAttributes,
    deleteAttributes,
    setPassword,
    addToGroup,
    removeFromGroup,
    setMfa
  }
})
