import { ref, type ComputedRef, type Ref } from 'vue'
import { reportSuccess } from '../feedback'
import { useAction, type ActionFailure } from './useAction'

export interface ReviewedSave {
  /** Whether the old → new preview is open. */
  previewOpen: Ref<boolean>
  busy: Ref<boolean>
  error: ComputedRef<string | null>
  /** Opens the preview with the last failure cleared. */
  review: () => void
  /** Sends the change; on success closes the preview and says so. */
  save: () => Promise<boolean>
}

/**
 * The one way a settings tab saves: a preview opened by "review", the write sent from it, the preview
 * closed and a success message shown only once the write succeeded.
 */
export function useReviewedSave(
  write: () => Promise<unknown>,
  savedMessage: () => string,
  explain?: (failure: ActionFailure) => string | undefined
): ReviewedSave {
  const previewOpen = ref(false)
  const { busy, error, clear, run } = useAction(async () => {
    await write()
    previewOpen.value = false
    reportSuccess(savedMessage())
  }, explain)
  return {
    previewOpen,
    busy,
    error,
    review: () => {
      clear()
      previewOpen.value = true
    },
    save: run
  }
}
