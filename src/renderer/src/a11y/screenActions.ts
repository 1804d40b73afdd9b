import { computed, onBeforeUnmount, onMounted, shallowReactive } from 'vue'

/**
 * What the screen on display offers to the command palette and the shortcuts overlay: its actions,
 * each optionally bound to one key pressed outside a text field.
 */
export interface ScreenAction {
  id: string
  label: string
  run: () => unknown
  /** A single key (`n`, `/`) that runs the action when no text field has focus. */
  key?: string
}

const sources = shallowReactive(new Map<symbol, () => ScreenAction[]>())

/** Every action the screens on display offer now, outermost screen first. */
export const screenActions = computed(() => [...sources.values()].flatMap((list) => list()))

/** Offers a screen's actions while it is mounted; `list` is read reactively (labels follow the language). */
export function useScreenActions(list: () => ScreenAction[]): void {
  const id = Symbol('screen actions')
  onMounted(() => sources.set(id, list))
  onBeforeUnmount(() => sources.delete(id))
}
