import { ref, type Ref } from 'vue'
import { describeError } from '../feedback'

/**
 * Runs an action the user started (a load, a save) and keeps its failure as text to show inline
 * beside the form or list, cleared on the next try; `busy` is true while it runs.
 */
export function useAction<A extends unknown[]>(
  action: (...args: A) => Promise<void>
): {
  busy: Ref<boolean>
  error: Ref<string | null>
  run: (...args: A) => Promise<void>
} {
  const busy = ref(false)
  const error = ref<string | null>(null)
  async function run(...args: A): Promise<void> {
    busy.value = true
    error.value = null
    try {
      await action(...args)
    } catch (e) {
      error.value = describeError(e).content
    } finally {
      busy.value = false
    }
  }
  return { busy, error, run }
}
