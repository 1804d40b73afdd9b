import { contract } from './contract'
import type { ActionOf, ChannelName, Contract, Domain, RequestOf, ResponseOf } from './contract'
import type { Envelope } from './errors'
import type { EventMap, EventName } from './events'

/** How calls and events travel: Electron's IPC in the app, a Playwright binding in E2E tests. */
export interface Transport {
  invoke(channel: ChannelName, payload: unknown): Promise<Envelope<unknown>>
  on(event: EventName, listener: (payload: unknown) => void): () => void
}

type DomainApi<D extends Domain> = {
  // Channels whose request has no required field may be called without one.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is the point of the test
  [A in ActionOf<D>]: {} extends RequestOf<D, A>
    ? (request?: RequestOf<D, A>) => Promise<Envelope<ResponseOf<D, A>>>
    : (request: RequestOf<D, A>) => Promise<Envelope<ResponseOf<D, A>>>
}

/** `window.api`: one method per contract channel, grouped by domain, plus typed event subscription. */
export type Api = { [D in Domain]: DomainApi<D> } & {
  on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void
}

export function buildApi(transport: Transport): Api {
  const api: Record<string, unknown> = {}
  for (const [domain, channels] of Object.entries(contract)) {
    const methods: Record<string, (request?: unknown) => Promise<Envelope<unknown>>> = {}
    for (const action of Object.keys(channels)) {
      const name = `${domain}:${action}` as ChannelName
      methods[action] = (request) => transport.invoke(name, request ?? {})
    }
    api[domain] = Object.freeze(methods)
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => transport.on(event, listener)
  return Object.freeze(api) as Api
}

export type { Contract }
