import type { Api } from '@shared/api'
import type { AppErrorShape, Envelope } from '@shared/errors'

/** A failed call, carrying the envelope's error so the UI can show code, message and hint. */
export class ApiError extends Error {
  constructor(readonly shape: AppErrorShape) {
    super(shape.message)
    this.name = 'ApiError'
  }
}

/** The bridge main exposes. Only stores call it. */
export function api(): Api {
  return window.api
}

/** Unwraps an envelope: the data, or an ApiError for the global error path. */
export async function unwrap<T>(call: Promise<Envelope<T>>): Promise<T> {
  const result = await call
  if (result.ok) return result.data
  throw new ApiError(result.error)
}
