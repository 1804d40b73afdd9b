import { onMounted } from 'vue'
import { useConnectionsStore } from '../stores/connections'

/**
 * A list that belongs to the active connection (its pools, its identity pools): loaded on mount when
 * the connection, region, endpoint or profile changed since it was last loaded.
 */
export function useConnectionList(list: {
  loadedFor: string | null
  load: (connectionKey: string) => Promise<void>
}): { refresh: () => Promise<void> } {
  const connections = useConnectionsStore()
  const refresh = async (): Promise<void> => {
    if (connections.activeId) await list.load(connections.activeKey)
  }
  onMounted(() => {
    if (connections.activeId && list.loadedFor !== connections.activeKey) void refresh()
  })
  return { refresh }
}
