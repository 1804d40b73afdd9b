import { computed, ref, type ComputedRef, type Ref } from 'vue'
import type { ErrorCode } from '@shared/errors'
import { describeError } from '../feedback'

/** A failed action as the screen shows it: localised title and text, and the code behind them. */
export interface ActionFailure {
  title: string
  content: string
  code: ErrorCode
  /** The parameters of a reason code, for a screen that words it itself. */
  params?: Record<string, string | number>
}

export interface Action<A extends unknown[]> {
  busy: Ref<boolean>
  failure: Ref<ActionFailure | null>
  error: ComputedRef<string | null>
  run: (...args: A) => Promise<boolean>
  clear: () => void
}

/**
 * The one way a screen runs an action the user started (a load, a save, a step): `busy` while it
 * runs, its failure kept to show inline beside the form or list and cleared on the next try. `explain`
 * may reword a failure the screen knows better (an operation this endpoint lacks); `run` resolves to
 * whether the action succeeded, so a dialog closes only on success.
 */
export function useAction<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
  explain?: (failure: ActionFailure) => string | undefined
): Action<A> {
  const busy = ref(false)
  const failure = ref<ActionFailure | null>(null)
  async function run(...args: A): Promise<boolean> {
    busy.value = true
    failure.value = null
    try {
      await action(...args)
      return true
    } catch (e) {
      const { title, content, shape } = describeError(e)
      const described = {
        title,
        content,
        code: shape.code,
        ...(shape.params ? { params: shape.params } : {})
      }
      failure.value = { ...described, content: explain?.(described) ?? content }
      return false
    } finally {
      busy.value = false
    }
  }
  return {
    busy,
    failure,
    error: computed(() => failure.value?.content ?? null),
    run,
    clear: () => (failure.value = null)
  }
}

/**
 * The actions of one panel that shows a single error line: the failure of whichever failed (each
 * clears its own on its next run), and one clear for all of them.
 */
export function combineActions(...actions: Pick<Action<[]>, 'error' | 'clear'>[]): {
  error: ComputedRef<string | null>
  clear: () => void
} {
  return {
    error: computed(() => actions.find((a) => a.error.value !== null)?.error.value ?? null),
    clear: () => actions.forEach((a) => a.clear())
  }
}
