/**
 * How much one IPC request may carry, checked by the router before any schema sees it, so that a
 * million-item array or a string of hundreds of megabytes is refused in time proportional to the
 * limit, not to the payload. The largest legitimate requests: a 20 MB import CSV (`jobs:planImport`)
 * and 100,000 usernames (`jobs:plan`).
 */
export const PAYLOAD_LIMITS = {
  /** Characters of all strings and keys together (and bytes of binary values). */
  characters: 21_000_000,
  /** Values of every kind: array items, object properties, map and set entries. */
  values: 150_000,
  /** Nesting of objects and arrays. */
  depth: 32
} as const

export type PayloadLimit = keyof typeof PAYLOAD_LIMITS

export interface PayloadExcess {
  limit: PayloadLimit
  max: number
}

class Exceeded {
  constructor(readonly excess: PayloadExcess) {}
}

/** The first limit the payload goes over, or null when it fits. Stops as soon as one is passed. */
export function payloadExcess(
  payload: unknown,
  limits: Record<PayloadLimit, number> = PAYLOAD_LIMITS
): PayloadExcess | null {
  let characters = 0
  let values = 0
  const over = (limit: PayloadLimit) => new Exceeded({ limit, max: limits[limit] })
  const addCharacters = (n: number) => {
    characters += n
    if (characters > limits.characters) throw over('characters')
  }
  const visit = (value: unknown, depth: number): void => {
    if (++values > limits.values) throw over('values')
    if (typeof value === 'string') return addCharacters(value.length)
    if (typeof value !== 'object' || value === null) return
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return addCharacters(value.byteLength)
    if (depth >= limits.depth) throw over('depth')
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1)
    } else if (value instanceof Map) {
      for (const [key, item] of value) {
        visit(key, depth + 1)
        visit(item, depth + 1)
      }
    } else if (value instanceof Set) {
      for (const item of value) visit(item, depth + 1)
    } else {
      for (const key of Object.keys(value)) {
        addCharacters(key.length)
        visit((value as Record<string, unknown>)[key], depth + 1)
      }
    }
  }
  try {
    visit(payload, 0)
    return null
  } catch (error) {
    if (error instanceof Exceeded) return error.excess
    throw error
  }
}
