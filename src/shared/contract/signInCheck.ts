import { z } from 'zod'
import { query } from './define'
import type { UserRow } from './users'
import { TEST_LOGIN_FLOWS } from '../capabilities'
import { clientIdSchema, strict, text, userPoolIdSchema, usernameSchema } from '../schemas'
import type { SignInAssessment, SignInFacts } from '../sign-in-verdict'

export const findRequest = strict({
  poolId: userPoolIdSchema,
  /** A username, an email address or a phone number (E.164), as the person heard it. */
  identifier: text(2048).trim().min(1, 'Type a username, an email address or a phone number.')
})

export interface FindResult {
  matches: UserRow[]
  /** The exact ListUsers filters sent, shown so the person sees where the console looked. */
  filters: string[]
}

export const runRequest = strict({
  poolId: userPoolIdSchema,
  username: usernameSchema,
  /** The app client the person's app signs in through, with the flow it uses. */
  client: strict({ clientId: clientIdSchema, flow: z.enum(TEST_LOGIN_FLOWS) }).optional()
})

export interface SignInReport extends SignInAssessment {
  poolId: string
  facts: SignInFacts
  /** ISO 8601: when main read the answers. */
  checkedAt: string
}

export const signInCheckContract = {
  /** Users whose username, email, phone number or preferred username is exactly the identifier. */
  find: query(findRequest).returns<FindResult>(),
  /** Reads everything sign-in depends on and returns the verdict with each reason. */
  run: query(runRequest).returns<SignInReport>()
}
