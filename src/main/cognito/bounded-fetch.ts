import { AppError } from '@shared/errors'

/** Why a JSON document could not be read; the renderer words each one. */
export type FetchFailure = 'unreachable' | 'timeout' | 'tooLarge' | 'http' | 'notJson'

export interface BoundedFetchOptions {
  /** The whole exchange, body included: a server that sends headers then stalls still ends. */
  timeoutMs?: number
  maxBytes?: number
  fetchImpl?: typeof fetch
}

export const FETCH_TIMEOUT_MS = 10_000
export const FETCH_MAX_BYTES = 1_000_000

const failed = (failure: FetchFailure, url: string, message: string, extra: Record<string, number> = {}) =>
  new AppError(
    failure === 'timeout' ? 'TIMEOUT' : failure === 'unreachable' ? 'NETWORK' : 'ENDPOINT',
    message,
    {
      hint: 'Check the URL and that the server answers with a JSON document.',
      params: { url, failure, ...extra },
      retryable: failure === 'timeout' || failure === 'unreachable'
    }
  )

/** The failure a `fetchJsonBounded` error stands for, or undefined for any other error. */
export function fetchFailureOf(error: unknown): FetchFailure | undefined {
  const failure = error instanceof AppError ? error.params?.failure : undefined
  return typeof failure === 'string' ? (failure as FetchFailure) : undefined
}

/**
 * GETs a JSON document from a server the user named (an identity provider, a pool's JWKS), within a time
 * limit and a size limit: the body is read chunk by chunk and dropped once it passes `maxBytes`.
 */
export async function fetchJsonBounded(url: string, options: BoundedFetchOptions = {}): Promise<unknown> {
  const { timeoutMs = FETCH_TIMEOUT_MS, maxBytes = FETCH_MAX_BYTES, fetchImpl = fetch } = options
  const signal = AbortSignal.timeout(timeoutMs)
  const timedOut = () => failed('timeout', url, `${url} did not answer within ${timeoutMs / 1000} s.`)
  let response: Response
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' }, signal })
  } catch (error) {
    if (signal.aborted) throw timedOut()
    const cause = error instanceof Error ? error.message : String(error)
    throw failed('unreachable', url, `Could not reach ${url}: ${cause}.`)
  }
  if (!response.ok) {
    await response.body?.cancel()
    throw failed('http', url, `${url} answered HTTP ${response.status}.`, { status: response.status })
  }
  const tooLarge = () =>
    failed('tooLarge', url, `${url} sent more than ${maxBytes} bytes; no such document is that large.`, {
      maxBytes
    })
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength
      if (size > maxBytes) throw tooLarge()
      chunks.push(chunk)
    }
  } catch (error) {
    await response.body?.cancel().catch(() => undefined)
    if (error instanceof AppError) throw error
    if (signal.aborted) throw timedOut()
    throw failed('unreachable', url, `The answer of ${url} broke off.`)
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown
  } catch {
    throw failed('notJson', url, `The answer of ${url} is not JSON.`)
  }
}
