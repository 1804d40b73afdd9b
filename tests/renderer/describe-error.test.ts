import { afterEach, describe, expect, it } from 'vitest'
import { describeError } from '@renderer/feedback'
import { i18n } from '@renderer/i18n'
import { toAppError } from '../../src/main/aws/errors'

/** UsernameExistsException as the SDK throws it after repeating a create whose answer was lost. */
const repeatedCreate = () =>
  toAppError(
    Object.assign(new Error('User account already exists'), {
      name: 'UsernameExistsException',
      $metadata: { attempts: 2 }
    })
  )

afterEach(() => {
  i18n.global.locale.value = 'en'
})

describe('describeError', () => {
  it.each([
    ['en', 'sent 2 times'],
    ['ja', '2 回送信されました']
  ] as const)(
    'says in %s that a repeated write may have been made by its first attempt',
    (language, text) => {
      i18n.global.locale.value = language
      const { content } = describeError(repeatedCreate())
      expect(content).toContain(text)
    }
  )

  it('says nothing of repeats for a conflict on the first attempt', () => {
    const once = toAppError(Object.assign(new Error('exists'), { name: 'UsernameExistsException' }))
    expect(describeError(once).content).not.toContain('times')
  })
})
