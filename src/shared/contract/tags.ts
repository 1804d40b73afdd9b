import { command, query } from './define'
import { boundedRecord, strict, text, userPoolIdSchema } from '../schemas'
import { MAX_TAG_KEY, MAX_TAG_VALUE, MAX_TAGS } from '../tag-rules'

export interface PoolTags {
  poolId: string
  poolArn: string
  tags: Record<string, string>
}

const poolRef = strict({ poolId: userPoolIdSchema })

export const tagsContract = {
  /** The pool's tags (ListTagsForResource). */
  list: query(poolRef).returns<PoolTags>(),
  /** Makes the pool's tags exactly these: new and changed ones tagged, missing ones untagged. */
  apply: command(
    strict({
      poolId: userPoolIdSchema,
      // One over the limit still passes the schema, so the refusal names the rule instead of a size.
      tags: boundedRecord(text(MAX_TAG_KEY * 4), text(MAX_TAG_VALUE * 4), MAX_TAGS + 1)
    })
  ).returns<PoolTags>()
}
