import { computed, type ComputedRef, type Ref } from 'vue'

/** The items whose name or id contains the query, ignoring case; all of them for an empty query. */
export function useNameFilter<T extends { name: string; id: string }>(
  items: () => T[],
  query: Ref<string>
): ComputedRef<T[]> {
  return computed(() => {
    const q = query.value.trim().toLowerCase()
    return q
      ? items().filter((p) => p.name.toLowerCase().includes(q) || p.id.toLowerCase().includes(q))
      : items()
  })
}
