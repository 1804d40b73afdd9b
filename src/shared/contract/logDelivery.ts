import { z } from 'zod'
import { command, query } from './define'
import { strict, userPoolIdSchema } from '../schemas'
import { LOG_EVENT_SOURCES, logDeliveryEntrySchema, type LogDeliveryEntry } from '../log-delivery-rules'

export interface PoolLogDelivery {
  poolId: string
  /** One entry per event source that is delivered; a source without one is not logged. */
  entries: LogDeliveryEntry[]
}

export const logDeliveryContract = {
  /** GetLogDeliveryConfiguration. */
  get: query(strict({ poolId: userPoolIdSchema })).returns<PoolLogDelivery>(),
  /** SetLogDeliveryConfiguration: exactly these entries (an empty list stops all delivery). */
  set: command(
    strict({
      poolId: userPoolIdSchema,
      // One over the sources still passes the schema, so the refusal names the repeated source.
      entries: z.array(logDeliveryEntrySchema).max(LOG_EVENT_SOURCES.length + 1)
    })
  ).returns<PoolLogDelivery>()
}
