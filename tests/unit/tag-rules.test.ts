import { describe, expect, it } from 'vitest'
import { poolOfArn } from '../../src/shared/arns'
import { tagChanges, tagProblems } from '../../src/shared/tag-rules'

describe('tag rules', () => {
  it('accepts keys and values AWS accepts, Japanese letters included', () => {
    expect(
      tagProblems([
        { key: 'cost-center', value: 'チーム A/1 @ok' },
        { key: 'empty', value: '' }
      ])
    ).toEqual([])
  })

  it('names each refused tag with its reason', () => {
    expect(
      tagProblems([
        { key: '', value: 'x' },
        { key: 'AWS:thing', value: 'x' },
        { key: 'a<b', value: 'x' },
        { key: 'k'.repeat(129), value: 'x' },
        { key: 'dup', value: '1' },
        { key: 'dup', value: 'v'.repeat(257) },
        { key: 'semi', value: 'a;b' }
      ]).map((p) => p.code)
    ).toEqual([
      'keyEmpty',
      'keyReserved',
      'keyCharacters',
      'keyTooLong',
      'keyDuplicate',
      'valueTooLong',
      'valueCharacters'
    ])
  })

  it('counts tags over the limit', () => {
    const tags = Array.from({ length: 51 }, (_, i) => ({ key: `k${i}`, value: '' }))
    expect(tagProblems(tags)).toEqual([{ code: 'tooMany', params: { max: 50, count: 51 } }])
  })

  it('splits a change into tags to set and keys to remove', () => {
    expect(tagChanges({ a: '1', b: '2', c: '3' }, { a: '1', b: '20', d: '4' })).toEqual({
      set: { b: '20', d: '4' },
      remove: ['c']
    })
  })

  it('reads the pool out of a user pool or identity pool ARN, and nothing out of others', () => {
    expect(poolOfArn('arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_Abc')).toBe(
      'eu-west-1_Abc'
    )
    expect(
      poolOfArn('arn:aws:cognito-identity:eu-west-1:123456789012:identitypool/eu-west-1:0000-1111')
    ).toBe('eu-west-1:0000-1111')
    expect(poolOfArn('arn:aws:lambda:eu-west-1:123456789012:function:userpool/x')).toBeUndefined()
  })
})
