import { z } from 'zod'
import { command, query } from './define'
import { boundedRecord, identityPoolIdSchema, strict, text, userPoolIdSchema } from '../schemas'
import { MAX_TAG_KEY, MAX_TAG_VALUE, MAX_TAGS } from '../tag-rules'

/** The tags of a user pool or an identity pool, with the ARN they were read by. */
export interface ResourceTags {
  resourceArn: string
  tags: Record<string, string>
}

/** The pool whose tags are meant: a user pool (cognito-idp) or an identity pool (cognito-identity). */
export type TagTarget = { poolId: string } | { identityPoolId: string }

const userPool = { poolId: userPoolIdSchema }
const identityPool = { identityPoolId: identityPoolIdSchema }
// One over the limit still passes the schema, so the refusal names the rule instead of a size.
const tags = boundedRecord(text(MAX_TAG_KEY * 4), text(MAX_TAG_VALUE * 4), MAX_TAGS + 1)

export const tagsContract = {
  /** The pool's tags (ListTagsForResource). */
  list: query(z.union([strict(userPool), strict(identityPool)])).returns<ResourceTags>(),
  /** Makes the pool's tags exactly these: new and changed ones tagged, missing ones untagged. */
  apply: command(
    z.union([strict({ ...userPool, tags }), strict({ ...identityPool, tags })])
  ).returns<ResourceTags>()
}
