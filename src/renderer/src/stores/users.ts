import { defineStore } from 'pinia'
import { markRaw, ref, shallowRef } from 'vue'
import {
  MAX_INDEX_WINDOW,
  type IndexQuery,
  type IndexQueryResult,
  type ActionResult,
  type Availability,
  type AuthEventInfo,
  type DeviceInfo,
  type ExportProgress,
  type FileSaveResult,
  type IndexStatus,
  type MfaSettings,
  type PoolUserSchema,
  type ServerFilter,
  type UserDetail,
  type UserRow
} from '@shared/contract/users'
import type { RequestOf } from '@shared/contract'
import type { Envelope } from '@shared/errors'
import type { IndexChange } from '@shared/events'
import { api, unwrap } from '../api'
import type { GridRows } from '../users/grid-rows'

/** Rows per window of the index's result: a screenful several times over, so a scroll asks for few. */
export const INDEX_WINDOW = 200
/**
 * Windows kept: the grid's margin ahead of a fast scroll (up to ~3,000 rows) and the rows behind it.
 * Those farthest from the view go first; some 8,000 rows at most, whatever the pool.
 */
const KEPT_WINDOWS = 40
/**
 * Windows asked for at once. The rest wait, nearest to the view first, and a window the view has moved
 * away from before its turn is never asked for: after a jump, the new view waits for few stale answers.
 */
const IN_FLIGHT = 4

export type MfaFactor = MfaSettings['enabled'][number]

export type UserAction =
  'resendInvitation' | 'confirmSignUp' | 'resetPassword' | 'enable' | 'disable' | 'globalSignOut' | 'delete'

/**
 * Users of the open pool: server search pages (ListUsers) and the pool index. The index lives in its
 * own thread in main, which searches and sorts; this store holds only the windows of the current
 * result that the grid shows (plus a margin). Row arrays are kept out of Vue's deep reactivity.
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
  const indexAttributes = ref<string[]>([])
  /** The index's current result: its query (sort included), size and the windows held. */
  let indexQuery: IndexQuery = {}
  const indexTotal = ref(0)
  /** Bumps when a window arrives: only the grid's rows read it, so nothing else draws again. */
  const indexDrawn = ref(0)
  /** Bumps with every new query or reload: an answer for an older one is dropped. */
  let indexAsked = 0
  /** The index version the held windows were cut from (`IndexQueryResult.version`). */
  let indexVersion = -1
  let windows = new Map<number, readonly UserRow[]>()
  const fetching = new Set<number>()
  /** The rows the grid last asked for, and the rows on its screen among them. */
  let wanted: [number, number] = [0, INDEX_WINDOW]
  let onScreen: [number, number] = [0, INDEX_WINDOW]
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
    indexAttributes.value = []
    forgetWindows()
  }

  function forgetWindows(): void {
    indexAsked++
    indexVersion = -1
    windows = new Map()
    fetching.clear()
    indexTotal.value = 0
    indexDrawn.value++
    indexRows.value = gridRows()
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
      if (ended) void reloadIndex()
    })
    const changes = api().on('users:indexChanged', (change) => {
      if (change.poolId === poolId.value) applyChange(change)
    })
    listening = () => {
      progress()
      changes()
    }
  }

  /** Takes main's changed rows into the server search's rows, and has the index's windows read again. */
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
    if (indexVersion >= 0) void reloadIndex()
  }

  /** Where the pool's index stands (main keeps it across screens); reads the result's first rows if it is ready. */
  async function loadIndexStatus(): Promise<void> {
    listen()
    const id = pool()
    const status = await unwrap(api().users.indexStatus({ poolId: id }))
    if (poolId.value !== id) return
    indexStatus.value = status
    if (status.state !== 'loading' && status.indexed > 0) await reloadIndex()
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
    await reloadIndex()
  }

  /** Searches and sorts the index (in its thread) by a new query; the grid then asks for its windows. */
  function queryIndex(query: IndexQuery): Promise<void> {
    indexQuery = query
    return indexStatus.value?.indexed ? reloadIndex() : Promise.resolve()
  }

  /** One window of the current result, or null when a newer query or reload has made it moot. */
  async function readWindow(window: number, asked: number): Promise<IndexQueryResult | null> {
    const id = pool()
    const result = await unwrap(
      api().users.indexQuery({
        poolId: id,
        query: indexQuery,
        offset: window * INDEX_WINDOW,
        limit: INDEX_WINDOW
      })
    )
    return poolId.value === id && asked === indexAsked ? result : null
  }

  /** Takes an answer's count, attribute names and status as the current result's. */
  function takeResult(result: IndexQueryResult): void {
    indexTotal.value = result.total
    indexVersion = result.version
    indexStatus.value = result.status
    if (result.attributeNames.join('\u0000') !== indexAttributes.value.join('\u0000'))
      indexAttributes.value = result.attributeNames
  }

  /** The windows that hold the rows of [from, to). */
  function windowsOf(from: number, to: number): number[] {
    const numbers: number[] = []
    for (let w = Math.floor(from / INDEX_WINDOW); w * INDEX_WINDOW < to; w++) numbers.push(w)
    return numbers
  }

  /**
   * Reads the windows of the rows on the grid's screen again (a new query, or the index changed) and
   * swaps them in at once, so the rows on screen never blank out in between; the margin follows.
   */
  async function reloadIndex(): Promise<void> {
    const asked = ++indexAsked
    fetching.clear()
    const numbers = windowsOf(onScreen[0], Math.max(onScreen[1], 1))
    const answers = await Promise.all(numbers.map((w) => readWindow(w, asked)))
    const first = answers[0]
    if (!first || answers.some((a) => !a || a.version !== first.version)) return
    windows = new Map(numbers.map((w, i) => [w, markRaw((answers[i] as IndexQueryResult).rows)]))
    takeResult(first)
    // A User Timing mark (visible in DevTools and to the benchmark): the result's first window is here.
    performance.mark('users:index-window-arrived')
    indexRows.value = gridRows()
    fetchWanted()
  }

  /** Asks for the wanted windows not held yet, nearest to the screen first, a few at a time. */
  function fetchWanted(): void {
    if (indexVersion < 0) return
    const near = Math.floor(onScreen[0] / INDEX_WINDOW)
    const missing = windowsOf(wanted[0], Math.min(wanted[1], indexTotal.value))
      .filter((w) => !windows.has(w) && !fetching.has(w))
      .sort((x, y) => Math.abs(x - near) - Math.abs(y - near))
    const asked = indexAsked
    for (const w of missing.slice(0, IN_FLIGHT - fetching.size)) {
      fetching.add(w)
      void readWindow(w, asked).then((result) => {
        if (!result) return
        fetching.delete(w)
        if (result.version !== indexVersion) return void reloadIndex()
        windows.set(w, markRaw(result.rows))
        dropFarWindows(near)
        indexDrawn.value++
        fetchWanted()
      })
    }
  }

  /** Keeps at most KEPT_WINDOWS windows: those farthest from the screen go. */
  function dropFarWindows(near: number): void {
    while (windows.size > KEPT_WINDOWS) {
      let farthest = near
      for (const w of windows.keys()) if (Math.abs(w - near) > Math.abs(farthest - near)) farthest = w
      windows.delete(farthest)
    }
  }

  /** The grid asks for the rows of [from, to), those of [shownFrom, shownTo) on its screen. */
  function wantIndexRows(from: number, to: number, shown: readonly [number, number]): void {
    wanted = [from, to]
    onScreen = [shown[0], shown[1]]
    fetchWanted()
  }

  /** The index's current result as the grid reads it: a row reads the windows held as they arrive. */
  function gridRows(): GridRows {
    return {
      total: indexTotal.value,
      complete: false,
      at: (index) => {
        void indexDrawn.value
        return windows.get(Math.floor(index / INDEX_WINDOW))?.[index % INDEX_WINDOW]
      },
      want: wantIndexRows,
      usernames: async (from, to) => {
        const id = pool()
        const names: string[] = []
        // One answer holds at most MAX_INDEX_WINDOW rows: a longer range is read in steps, none dropped.
        for (let offset = from; offset < to; offset += MAX_INDEX_WINDOW) {
          const { rows } = await unwrap(
            api().users.indexQuery({
              poolId: id,
              query: indexQuery,
              offset,
              limit: Math.min(to - offset, MAX_INDEX_WINDOW)
            })
          )
          names.push(...rows.map((r) => r.username))
          if (rows.length < Math.min(to - offset, MAX_INDEX_WINDOW)) break
        }
        return names
      }
    }
  }
  /** Replaced only when the result is (a new query or a reload), not as its windows arrive. */
  const indexRows = shallowRef<GridRows>(gridRows())

  /** The index's result as the grid reads it. */
  function indexGridRows(): GridRows {
    return indexRows.value
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

  /** The export writing its file now: how far it got (`users:exportProgress`), null when none runs. */
  const exportProgress = ref<ExportProgress | null>(null)

  /** Writes users to a file the person picks, following its progress; `count` is how many were written. */
  async function exportUsers(
    request: Omit<RequestOf<'users', 'export'>, 'poolId' | 'exportId'>
  ): Promise<FileSaveResult> {
    const exportId = crypto.randomUUID()
    exportProgress.value = { exportId, written: 0, total: 0 }
    const stop = api().on('users:exportProgress', (progress) => {
      if (progress.exportId === exportId) exportProgress.value = progress
    })
    try {
      return await unwrap(api().users.export(withPool({ ...request, exportId })))
    } finally {
      stop()
      exportProgress.value = null
    }
  }

  /** Stops the running export; its answer then says it was cancelled. */
  async function cancelExport(): Promise<void> {
    const exportId = exportProgress.value?.exportId
    if (exportId) await unwrap(api().users.exportCancel({ exportId }))
  }

  return {
    exportUsers,
    exportProgress,
    cancelExport,
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
    indexAttributes,
    indexTotal,
    indexGridRows,
    queryIndex,
    reloadIndex,
    open,
    loadSchema,
    search,
    more,
    startIndex,
    cancelIndex,
    loadIndexStatus,
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
