import type { z } from 'zod'

/**
 * What a channel does:
 * - `query` reads (AWS or local state);
 * - `command` changes something in AWS: refused on a read-only connection, and audited;
 * - `local` changes only this app's own state (settings, connections, in-memory sessions).
 */
export type ChannelKind = 'query' | 'command' | 'local'

/**
 * One IPC channel: the zod schema its request must pass, its kind, and its response type, carried as a
 * phantom so the contract stays a plain value.
 */
export interface Channel<Req extends z.ZodType, Res, K extends ChannelKind = ChannelKind> {
  readonly request: Req
  readonly kind: K
  /** Phantom: never set at run time; it carries the response type. */
  readonly response?: Res
}

function builder<K extends ChannelKind>(kind: K) {
  return <Req extends z.ZodType>(request: Req) => ({
    returns: <Res>(): Channel<Req, Res, K> => ({ request, kind })
  })
}

export const query = builder('query')
export const command = builder('command')
export const local = builder('local')

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the widest channel, for constraints only
export type AnyChannel = Channel<z.ZodType, any>
