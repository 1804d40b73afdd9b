import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ActionOf, Domain, RequestOf, ResponseOf } from '@shared/contract'
import type { Envelope } from '@shared/errors'
import type { EventMap, EventName } from '@shared/events'
import { createAppContext, disposeAppContext, type AppContext } from '../../src/main/context'
import { EventHub } from '../../src/main/events'
import { handlers } from '../../src/main/ipc/handlers'
import { createRouter, type Router } from '../../src/main/ipc/router'
import { APP_ORIGIN, isTrustedSender } from '../../src/main/security/policy'
import { createSettingsStore } from '../../src/main/store/settings'
import { TEST_PROFILE, TEST_REGION } from './aws-files'

export const TRUSTED_SENDER = { url: `${APP_ORIGIN}/index.html`, isMainFrame: true }

export interface Harness {
  ctx: AppContext
  router: Router
  hub: EventHub
  dataDir: string
  events: { event: EventName; payload: unknown }[]
  /** Calls a channel through the real router, as the renderer would, and returns the envelope. */
  call<D extends Domain, A extends ActionOf<D>>(
    domain: D,
    action: A,
    request: RequestOf<D, A>
  ): Promise<Envelope<ResponseOf<D, A>>>
  /** Same, but unwraps: throws with the error envelope's message when the call fails. */
  ok<D extends Domain, A extends ActionOf<D>>(
    domain: D,
    action: A,
    request: RequestOf<D, A>
  ): Promise<ResponseOf<D, A>>
  waitForEvent<E extends EventName>(
    event: E,
    predicate?: (payload: EventMap[E]) => boolean,
    timeoutMs?: number
  ): Promise<EventMap[E]>
  dispose(): void
}

/**
 * The real main-process parts (settings store in a temp folder, connection manager, router, handlers)
 * wired as index.ts wires them, minus Electron. With `endpoint`, a connection to it is created and
 * made active, using the static test profile.
 */
export async function createHarness(
  options: {
    endpoint?: string
    readOnly?: boolean
    maxAttempts?: number
    origins?: string[]
    /** The app's own client settings (attempts, timeouts) instead of the tests' short ones. */
    productionClient?: boolean
    /** How long a call waits for an answer (10 s unless set). */
    requestTimeoutMs?: number
  } = {}
): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cac-data-'))
  const hub = new EventHub()
  const events: Harness['events'] = []
  hub.subscribe((event, payload) => events.push({ event, payload }))
  const ctx = createAppContext({
    store: createSettingsStore(dataDir),
    events: hub,
    connections: options.productionClient
      ? {}
      : {
          client: {
            maxAttempts: options.maxAttempts ?? 1,
            connectionTimeoutMs: 2000,
            requestTimeoutMs: options.requestTimeoutMs ?? 10_000
          }
        }
  })
  const router = createRouter({
    handlers,
    context: ctx,
    isTrustedSender: (s) => isTrustedSender(s, options.origins ?? [APP_ORIGIN])
  })
  const sender = options.origins
    ? { url: `${options.origins[0]}/index.html`, isMainFrame: true }
    : TRUSTED_SENDER
  const call: Harness['call'] = (domain, action, request) =>
    router.dispatch(`${domain}:${action}`, request, sender) as never
  const harness: Harness = {
    ctx,
    router,
    hub,
    dataDir,
    events,
    call,
    async ok(domain, action, request) {
      const result = await call(domain, action, request)
      if (!result.ok)
        throw new Error(
          `${domain}:${action} failed: ${result.error.code} ${result.error.message} ${result.error.detail ?? ''}`
        )
      return result.data
    },
    waitForEvent(event, predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          off()
          reject(new Error(`no ${event} event within ${timeoutMs} ms`))
        }, timeoutMs)
        const off = hub.subscribe((name, payload) => {
          if (name === event && (!predicate || predicate(payload as EventMap[typeof event]))) {
            clearTimeout(timer)
            off()
            resolve(payload as EventMap[typeof event])
          }
        })
      })
    },
    dispose: () => disposeAppContext(ctx)
  }
  if (options.endpoint) {
    await harness.ok('connections', 'save', {
      name: 'moto',
      source: 'profile',
      profile: TEST_PROFILE,
      region: TEST_REGION,
      endpoint: options.endpoint,
      readOnly: options.readOnly ?? false,
      production: false
    })
  }
  return harness
}
