import {
  listChannels,
  type ActionOf,
  type ChannelName,
  type Domain,
  type ParsedRequestOf,
  type ResponseOf
} from '@shared/contract'
import type { AnyChannel } from '@shared/contract/define'
import { AppError, type Envelope } from '@shared/errors'
import { payloadExcess } from '@shared/payload-limits'
import { readOnlyError } from '../aws/connections'
import { describeZodError, toAppError } from '../aws/errors'
import { poolChangedBy, takeSnapshot } from '../cognito/snapshots'
import type { AppContext } from '../context'

export type Handler<D extends Domain, A extends ActionOf<D>> = (
  request: ParsedRequestOf<D, A>,
  ctx: AppContext
) => Promise<ResponseOf<D, A>> | ResponseOf<D, A>

export type DomainHandlers<D extends Domain> = { [A in ActionOf<D>]: Handler<D, A> }
export type Handlers = { [D in Domain]: DomainHandlers<D> }

/** Who sent a call: the frame's URL and whether it is the window's top frame. */
export interface SenderInfo {
  url: string
  isMainFrame: boolean
}

export interface Router {
  readonly channels: readonly ChannelName[]
  dispatch(channel: string, payload: unknown, sender: SenderInfo): Promise<Envelope<unknown>>
}

export interface RouterOptions {
  handlers: Handlers
  context: AppContext
  isTrustedSender: (sender: SenderInfo) => boolean
}

/**
 * Keeps the pool's configuration as it is before a change the console is about to make, so the change can
 * be undone by applying it. A pool that cannot be read is not a reason to refuse the change.
 */
async function keepSnapshot(context: AppContext, channel: string, poolId: string): Promise<void> {
  try {
    const { connection, clients } = context.connections.active()
    await context.snapshots.record(
      await takeSnapshot(clients.idp, poolId, { region: connection.region, reason: channel })
    )
  } catch {
    // The change itself reports any problem with the connection or the pool.
  }
}

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toShape() }
}

/**
 * The single gate between the renderer and everything else: only contract channels, only from the
 * app's own top frame, only payloads within the size limits that pass their schema, no AWS writes on a read-only connection,
 * and every outcome (including a thrown error of any kind) as an envelope.
 */
export function createRouter({ handlers, context, isTrustedSender }: RouterOptions): Router {
  const table = new Map<
    string,
    { domain: Domain; channel: AnyChannel; handler: (req: unknown, ctx: AppContext) => unknown }
  >()
  for (const { name, domain, action, channel } of listChannels()) {
    const handler = (handlers[domain] as Record<string, (req: unknown, ctx: AppContext) => unknown>)[action]
    if (typeof handler !== 'function') throw new Error(`No handler for ${name}`)
    table.set(name, { domain, channel, handler })
  }

  return {
    channels: [...table.keys()] as ChannelName[],
    async dispatch(channel, payload, sender) {
      if (!isTrustedSender(sender)) {
        return failure(
          new AppError('FORBIDDEN_SENDER', 'This call came from a page that is not the console itself.')
        )
      }
      const entry = typeof channel === 'string' ? table.get(channel) : undefined
      if (!entry) {
        return failure(new AppError('UNKNOWN_CHANNEL', 'The console does not offer that operation.'))
      }
      // Measured before parsing: a schema would walk a million-item array before refusing it.
      const excess = payloadExcess(payload)
      if (excess) {
        return failure(
          new AppError(
            'PAYLOAD_TOO_LARGE',
            `The request is larger than the console accepts (more than ${excess.max} ${excess.limit}).`,
            { params: { ...excess } }
          )
        )
      }
      const parsed = entry.channel.request.safeParse(payload)
      if (!parsed.success) {
        return failure(
          new AppError('VALIDATION', describeZodError(parsed.error), { name: 'ValidationError' })
        )
      }
      try {
        if (entry.channel.kind === 'command') {
          const connection = context.connections.activeConnection()
          if (connection?.readOnly) {
            const refusal = readOnlyError(connection)
            context.audit.refused(connection, channel, parsed.data, refusal)
            throw refusal
          }
          const poolId = poolChangedBy(entry.domain, parsed.data)
          if (poolId) await keepSnapshot(context, channel, poolId)
        }
        const data = await entry.handler(parsed.data, context)
        return { ok: true, data }
      } catch (error) {
        return { ok: false, error: toAppError(error, context.connections.errorContext()) }
      }
    }
  }
}
