import type { useI18n } from 'vue-i18n'
import type { ActionResult } from '@shared/contract/users'

type Translate = ReturnType<typeof useI18n>['t']

/** What a single-user action did, in the person's language (main's `params` fill the sentence). */
export function outcomeText(result: ActionResult, t: Translate): string {
  return t(`users.outcomes.${result.outcome}`, result.params)
}

/**
 * Runs one action on the open user (its name keeps that button busy), shows its sentence or its
 * failure on the user page and refreshes what it changed; resolves to whether it succeeded.
 */
export type RunUserAction = (name: string, call: () => Promise<ActionResult>) => Promise<boolean>
