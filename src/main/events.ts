import type { EventMap, EventName } from '@shared/events'

/** Where main-to-renderer events go: the window's webContents in the app, the page in E2E tests. */
export interface EventSink {
  emit<E extends EventName>(event: E, payload: EventMap[E]): void
}

/** A sink that remembers listeners, for tests and for fan-out to several windows. */
export class EventHub implements EventSink {
  private readonly listeners = new Set<(event: EventName, payload: unknown) => void>()

  emit<E extends EventName>(event: E, payload: EventMap[E]): void {
    for (const listener of this.listeners) listener(event, payload)
  }

  subscribe(listener: (event: EventName, payload: unknown) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
