import { describe, expect, it } from 'vitest'
import en from '@renderer/i18n/en'
import ja from '@renderer/i18n/ja'
import { i18n } from '@renderer/i18n'

/** Every message's key path, walked from the language's message tree. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keys(value as object, `${prefix}${key}.`)
  )
}

describe('messages', () => {
  // A message is compiled the first time it is shown: a stray "@" (vue-i18n's linked message) or
  // brace would break that screen at run time instead of here.
  it.each([
    ['en', en],
    ['ja', ja]
  ] as const)('every %s message compiles', (language, tree) => {
    const broken: string[] = []
    for (const key of keys(tree)) {
      try {
        i18n.global.t(key, {}, { locale: language })
      } catch (e) {
        broken.push(`${key}: ${(e as Error).message.split('\n')[0]}`)
      }
    }
    expect(broken).toEqual([])
    expect(keys(tree).length).toBeGreaterThan(1000)
  })
})
