import {
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { AppError } from '@shared/errors'
import type { PoolTags } from '@shared/contract/tags'
import { tagChanges, tagProblems, type TagProblem } from '@shared/tag-rules'
import { describeUserPool } from './pools'

async function tagsOf(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  poolArn: string
): Promise<PoolTags> {
  const { Tags } = await idp.send(new ListTagsForResourceCommand({ ResourceArn: poolArn }))
  return { poolId, poolArn, tags: Tags ?? {} }
}

export async function listTags(idp: CognitoIdentityProviderClient, poolId: string): Promise<PoolTags> {
  const pool = await describeUserPool(idp, poolId)
  return tagsOf(idp, poolId, pool.Arn ?? '')
}

/** The English sentence of a refused tag; the renderer words the same code itself. */
function refusal(problem: TagProblem): AppError {
  const options = { params: { reason: problem.code, ...problem.params } }
  const hint = 'Keys and values may hold letters, numbers, spaces and _ . : / = + - @.'
  switch (problem.code) {
    case 'tooMany':
      return new AppError('VALIDATION', `A user pool holds at most ${problem.params.max} tags.`, {
        ...options,
        hint: 'Remove the tags no longer needed.'
      })
    case 'keyEmpty':
      return new AppError('VALIDATION', 'A tag needs a key.', {
        ...options,
        hint: 'Type a key or remove the row.'
      })
    case 'keyTooLong':
      return new AppError('VALIDATION', `A tag key is at most ${problem.params.max} characters.`, {
        ...options,
        hint: 'Shorten the key.'
      })
    case 'keyReserved':
      return new AppError('VALIDATION', `Tag keys starting with "aws:" belong to AWS.`, {
        ...options,
        hint: 'Choose a key without that prefix.'
      })
    case 'keyCharacters':
    case 'valueCharacters':
      return new AppError('VALIDATION', `The tag "${problem.params.key}" has characters AWS refuses.`, {
        ...options,
        hint
      })
    case 'keyDuplicate':
      return new AppError('VALIDATION', `The key "${problem.params.key}" is given twice.`, {
        ...options,
        hint: 'Keep one of them.'
      })
    case 'valueTooLong':
      return new AppError('VALIDATION', `A tag value is at most ${problem.params.max} characters.`, {
        ...options,
        hint: 'Shorten the value.'
      })
  }
}

/** Makes the pool's tags exactly `tags`: one TagResource for new and changed, one UntagResource for the rest. */
export async function applyTags(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  tags: Record<string, string>
): Promise<PoolTags> {
  const problem = tagProblems(Object.entries(tags).map(([key, value]) => ({ key, value })))[0]
  if (problem) throw refusal(problem)
  const current = await listTags(idp, poolId)
  const { set, remove } = tagChanges(current.tags, tags)
  if (Object.keys(set).length > 0)
    await idp.send(new TagResourceCommand({ ResourceArn: current.poolArn, Tags: set }))
  if (remove.length > 0)
    await idp.send(new UntagResourceCommand({ ResourceArn: current.poolArn, TagKeys: remove }))
  return tagsOf(idp, poolId, current.poolArn)
}
