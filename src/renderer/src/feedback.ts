import { createDiscreteApi, darkTheme, type ButtonProps, type ConfigProviderProps } from 'naive-ui'
import { computed, ref } from 'vue'
import type { AppErrorShape, ErrorCode } from '@shared/errors'
import { ApiError } from './api'
import { i18n } from './i18n'
import { themeOverrides } from './theme'

/** Set by App.vue so toasts outside components follow the theme. */
export const feedbackDark = ref(false)

const configProviderProps = computed<ConfigProviderProps>(() => ({
  theme: feedbackDark.value ? darkTheme : null,
  themeOverrides: themeOverrides(feedbackDark.value)
}))

const { message, notification, dialog } = createDiscreteApi(['message', 'notification', 'dialog'], {
  configProviderProps
})

export { message, dialog }

/** The confirming button of a `dialog.warning`, findable by tests. */
export const CONFIRM_BUTTON = { 'data-testid': 'dialog-confirm' } as ButtonProps

function isErrorShape(value: unknown): value is AppErrorShape {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    'message' in value &&
    !(value instanceof Error)
  )
}

function shapeOf(error: unknown): AppErrorShape {
  if (error instanceof ApiError) return error.shape
  if (isErrorShape(error)) return error
  return {
    code: 'INTERNAL',
    name: 'Error',
    message: error instanceof Error ? error.message : String(error)
  }
}

/** Title and text for an error (thrown, or an envelope's error), localised by code; specifics follow. */
export function describeError(error: unknown): { title: string; content: string; shape: AppErrorShape } {
  const shape = shapeOf(error)
  const t = i18n.global.t
  const code: ErrorCode = shape.code
  const title = t(`errors.${code}.title`)
  const hint =
    i18n.global.locale.value === 'en'
      ? (shape.hint ?? t(`errors.${code}.hint`, shape.params ?? {}))
      : t(`errors.${code}.hint`, shape.params ?? {})
  const attempts = shape.params?.['retriedWrite']
  const retried = attempts === undefined ? undefined : t('common.retriedWrite', { attempts })
  const content = [shape.message, retried, hint, shape.detail].filter(Boolean).join('\n')
  return { title, content, shape }
}

/** The one global error path: every failed action that is not handled on its screen ends here. */
export function reportError(error: unknown): void {
  const { title, content } = describeError(error)
  notification.error({ title, content, duration: 10_000, keepAliveOnHover: true })
}

export function reportSuccess(text: string): void {
  message.success(text)
}

/**
 * Asks before an action that locks a person out or cannot be taken back with one click (disable,
 * sign out everywhere, reset a password). The confirming button carries `data-testid="dialog-confirm"`.
 */
export function confirmAction(options: {
  title: string
  content: string
  confirmLabel: string
  onConfirm: () => unknown
}): void {
  let confirmed = false
  dialog.warning({
    title: options.title,
    content: options.content,
    positiveText: options.confirmLabel,
    negativeText: i18n.global.t('common.actions.cancel'),
    positiveButtonProps: CONFIRM_BUTTON,
    onPositiveClick: () => {
      confirmed = true
    },
    // The dialog hands focus back to its opener as it goes: the action starts after that, so the
    // focus it moves to its outcome is not taken back.
    onAfterLeave: () => {
      if (confirmed) void options.onConfirm()
    }
  })
}
