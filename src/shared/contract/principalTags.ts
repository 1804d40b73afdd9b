import { z } from 'zod'
import { command, query } from './define'
import { boundedRecord, identityPoolIdSchema, strict, text } from '../schemas'
import { MAX_PROVIDER_NAME } from '../principal-tags'
import { MAX_TAG_KEY, MAX_TAG_VALUE, MAX_TAGS } from '../tag-rules'

/** Which claims of a provider's token become session tags of the identity's credentials. */
export interface PrincipalTagMap {
  identityPoolId: string
  providerName: string
  /** Cognito's own mapping (username and client id) instead of `tags`. */
  useDefaults: boolean
  /** Session tag key -> the token claim that gives its value. */
  tags: Record<string, string>
}

const providerRef = {
  identityPoolId: identityPoolIdSchema,
  providerName: text(MAX_PROVIDER_NAME, 1)
}

export const principalTagsContract = {
  /** GetPrincipalTagAttributeMap for one provider of the pool. */
  get: query(strict(providerRef)).returns<PrincipalTagMap>(),
  /** SetPrincipalTagAttributeMap: the defaults, or exactly this tag -> claim map. */
  set: command(
    strict({
      ...providerRef,
      useDefaults: z.boolean(),
      // One over the limit still passes the schema, so the refusal names the rule instead of a size.
      tags: boundedRecord(text(MAX_TAG_KEY * 4), text(MAX_TAG_VALUE * 4), MAX_TAGS + 1)
    })
  ).returns<PrincipalTagMap>()
}
