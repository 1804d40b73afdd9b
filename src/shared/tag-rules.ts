/**
 * AWS resource tags as Cognito accepts them on a user pool (TagResource): checked once here, so the
 * form and main refuse the same tag for the same reason.
 */

export const MAX_TAGS = 50
export const MAX_TAG_KEY = 128
export const MAX_TAG_VALUE = 256

// Letters, numbers, spaces and _ . : / = + - @ are what AWS allows in keys and values.
const TAG_TEXT = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u

export type TagProblem =
  | { code: 'tooMany'; params: { max: number; count: number } }
  | { code: 'keyEmpty'; params: Record<string, never> }
  | { code: 'keyTooLong'; params: { key: string; max: number } }
  | { code: 'keyReserved'; params: { key: string } }
  | { code: 'keyCharacters'; params: { key: string } }
  | { code: 'keyDuplicate'; params: { key: string } }
  | { code: 'valueTooLong'; params: { key: string; max: number } }
  | { code: 'valueCharacters'; params: { key: string } }

/** Every problem of a list of tags as typed (a list, so a key typed twice can be told). */
export function tagProblems(tags: readonly { key: string; value: string }[]): TagProblem[] {
  const problems: TagProblem[] = []
  if (tags.length > MAX_TAGS)
    problems.push({ code: 'tooMany', params: { max: MAX_TAGS, count: tags.length } })
  const seen = new Set<string>()
  for (const { key, value } of tags) {
    if (!key) problems.push({ code: 'keyEmpty', params: {} })
    else if ([...key].length > MAX_TAG_KEY)
      problems.push({ code: 'keyTooLong', params: { key, max: MAX_TAG_KEY } })
    else if (key.toLowerCase().startsWith('aws:')) problems.push({ code: 'keyReserved', params: { key } })
    else if (!TAG_TEXT.test(key)) problems.push({ code: 'keyCharacters', params: { key } })
    if (key && seen.has(key)) problems.push({ code: 'keyDuplicate', params: { key } })
    seen.add(key)
    if ([...value].length > MAX_TAG_VALUE)
      problems.push({ code: 'valueTooLong', params: { key, max: MAX_TAG_VALUE } })
    else if (!TAG_TEXT.test(value)) problems.push({ code: 'valueCharacters', params: { key } })
  }
  return problems
}

/** What turns `before` into `after`: the tags to set (new or changed) and the keys to remove. */
export function tagChanges(
  before: Record<string, string>,
  after: Record<string, string>
): { set: Record<string, string>; remove: string[] } {
  const set = Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key] !== value))
  const remove = Object.keys(before).filter((key) => !(key in after))
  return { set, remove }
}
