/** One field of a change as the preview shows it: its path, the value before and the value after. */
export interface FieldChange {
  field: string
  before: string | null
  after: string | null
  /** A secret: the preview says it is set or replaced, never its value. */
  secret?: boolean
}

type Flat = Map<string, string>

function flatten(value: unknown, path: string, out: Flat): void {
  if (value === undefined || value === null) return
  if (Array.isArray(value)) {
    if (value.length > 0) out.set(path, value.map(String).join(', '))
  } else if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out)
  } else {
    out.set(path, String(value))
  }
}

/**
 * The fields that differ between what is stored and what will be sent, old -> new, in the order the
 * new settings list them, then the fields that disappear. A field whose last key is in `secretKeys`
 * shows only that it changes.
 */
export function fieldChanges(
  before: unknown,
  after: unknown,
  secretKeys: readonly string[] = []
): FieldChange[] {
  const [old, next]: [Flat, Flat] = [new Map(), new Map()]
  flatten(before, '', old)
  flatten(after, '', next)
  const changes: FieldChange[] = []
  for (const field of new Set([...next.keys(), ...old.keys()])) {
    const [b, a] = [old.get(field) ?? null, next.get(field) ?? null]
    if (b === a) continue
    const change: FieldChange = { field, before: b, after: a }
    if (secretKeys.includes(field.split('.').pop() ?? '')) change.secret = true
    changes.push(change)
  }
  return changes
}
