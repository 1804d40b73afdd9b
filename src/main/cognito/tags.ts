import {
  ListTagsForResourceCommand as ListIdentityTagsCommand,
  TagResourceCommand as TagIdentityCommand,
  UntagResourceCommand as UntagIdentityCommand,
  type CognitoIdentityClient
} from '@aws-sdk/client-cognito-identity'
import {
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts'
import { identityPoolArn } from '@shared/arns'
import { AppError } from '@shared/errors'
import type { ResourceTags, TagTarget } from '@shared/contract/tags'
import { tagChanges, tagProblems, type TagProblem } from '@shared/tag-rules'
import { describeUserPool } from './pools'

export interface TagClients {
  idp: CognitoIdentityProviderClient
  identity: CognitoIdentityClient
  sts: STSClient
}

/** The three tag calls, the same in cognito-idp and cognito-identity, bound to one pool's ARN. */
interface Tagger {
  arn: string
  read: () => Promise<Record<string, string> | undefined>
  tag: (tags: Record<string, string>) => Promise<unknown>
  untag: (keys: string[]) => Promise<unknown>
}

async function taggerOf(clients: TagClients, target: TagTarget): Promise<Tagger> {
  if ('poolId' in target) {
    const { idp } = clients
    const arn = (await describeUserPool(idp, target.poolId)).Arn ?? ''
    return {
      arn,
      read: async () => (await idp.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags,
      tag: (tags) => idp.send(new TagResourceCommand({ ResourceArn: arn, Tags: tags })),
      untag: (keys) => idp.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: keys }))
    }
  }
  const { identity } = clients
  // An identity pool's ARN is nowhere in its description: it is built from the caller's account.
  const caller = await clients.sts.send(new GetCallerIdentityCommand({}))
  const arn = identityPoolArn(target.identityPoolId, caller.Arn ?? '')
  return {
    arn,
    read: async () => (await identity.send(new ListIdentityTagsCommand({ ResourceArn: arn }))).Tags,
    tag: (tags) => identity.send(new TagIdentityCommand({ ResourceArn: arn, Tags: tags })),
    untag: (keys) => identity.send(new UntagIdentityCommand({ ResourceArn: arn, TagKeys: keys }))
  }
}

const tagsOf = async (tagger: Tagger): Promise<ResourceTags> => ({
  resourceArn: tagger.arn,
  tags: (await tagger.read()) ?? {}
})

export async function listTags(clients: TagClients, target: TagTarget): Promise<ResourceTags> {
  return tagsOf(await taggerOf(clients, target))
}

/** The English sentence of a refused tag; the renderer words the same code itself. */
function refusal(problem: TagProblem): AppError {
  const options = { params: { reason: problem.code, ...problem.params } }
  const hint = 'Keys and values may hold letters, numbers, spaces and _ . : / = + - @.'
  switch (problem.code) {
    case 'tooMany':
      return new AppError('VALIDATION', `A pool holds at most ${problem.params.max} tags.`, {
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
  clients: TagClients,
  target: TagTarget,
  tags: Record<string, string>
): Promise<ResourceTags> {
  const problem = tagProblems(Object.entries(tags).map(([key, value]) => ({ key, value })))[0]
  if (problem) throw refusal(problem)
  const tagger = await taggerOf(clients, target)
  const { set, remove } = tagChanges((await tagsOf(tagger)).tags, tags)
  if (Object.keys(set).length > 0) await tagger.tag(set)
  if (remove.length > 0) await tagger.untag(remove)
  return tagsOf(tagger)
}
