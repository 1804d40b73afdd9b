import { command, query } from './define'
import { strict, userPoolIdSchema } from '../schemas'
import { messageSettingsSchema, type MessageSettings } from '../messages'

export interface PoolMessages {
  poolId: string
  region: string
  settings: MessageSettings
  /** Emails a day the pool can send: Cognito's own sender's limit; absent when SES sends. */
  emailDailyLimit?: number
  /** ESSENTIALS or PLUS pools may send HTML email and links through Cognito's sender too. */
  tier?: string
}

const poolRef = strict({ poolId: userPoolIdSchema })

export const messagesContract = {
  /** Verification, invitation and MFA messages, the email sender and the SMS role of a pool. */
  get: query(poolRef).returns<PoolMessages>(),
  /** Writes all of them at once and keeps every other pool setting as it is. */
  set: command(strict({ poolId: userPoolIdSchema, settings: messageSettingsSchema })).returns<PoolMessages>()
}
