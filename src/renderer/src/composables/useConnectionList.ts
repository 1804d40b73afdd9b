import { onMounted, type ComputedRef } from 'vue'
import { useConnectionsStore } from '../stores/connections'
import { useAction } from './useAction'

/**
 * A list that belongs to the active connection (its pools, its identity pools): loaded on mount when
 * the connection, region, endpoint or profile changed since it was last loaded, or read again in the
 * background where the list can (`refresh`), so what was made elsewhere meanwhile is there; a failed
 * load is kept as `error` for the screen to show in place of the list.
 */
export function useConnectionList(list: {
  loadedFor: string | null
  load: (connectionKey: string) => Promise<void>
  refresh?: () => Promise<void>
}): { refresh: () => Promise<boolean>; error: ComputedRef<string | null> } {
  const connections = useConnectionsStore()
  const { run: refresh, error } = useAction(async () => {
    if (connections.activeId) await list.load(connections.activeKey)
  })
  const { run: reread } = useAction(async () => list.refresh?.())
  onMounted(() => {
    if (!connections.activeId) return
    if (list.loadedFor !== connections.activeKey) void refresh()
    else if (list.refresh) void reread()
  })
  return { refresh, error }
}
