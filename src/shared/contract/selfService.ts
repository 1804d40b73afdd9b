import { z } from 'zod'
import { command, query } from './define'
import type { RecordedCall } from '../code-snippets'
import { clientIdSchema, strict, text, userPoolIdSchema, usernameSchema } from '../schemas'

/** The user-side operations an app runs for sign-up, recovery and the signed-in user's own account. */
export const SELF_SERVICE_OPERATIONS = [
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'ChangePassword',
  'GetUser',
  'UpdateUserAttributes'
] as const
export type SelfServiceOperation = (typeof SELF_SERVICE_OPERATIONS)[number]

/** Where Cognito sent a code, as it said (the destination masked by Cognito, e.g. a***@e***). */
export interface CodeDelivery {
  destination: string
  medium: string
  attributeName: string
}

/** One call an app makes, as the lab shows it: the request (secrets as placeholders) and Cognito's answer. */
export interface SelfServiceStep {
  operation: SelfServiceOperation
  call: RecordedCall
  /** Cognito's answer without the SDK's metadata; nothing secret is in these operations' answers. */
  response: Record<string, unknown>
  /** Where the code went (SignUp, ResendConfirmationCode, ForgotPassword, UpdateUserAttributes). */
  deliveries: CodeDelivery[]
  /** SignUp: whether the user is confirmed already (a pre sign-up trigger can confirm it). */
  userConfirmed?: boolean
  /** GetUser: the user's attributes, as the app reads them with the access token. */
  attributes?: Record<string, string>
  /** Whether the request carried SECRET_HASH, computed in main from the client's secret. */
  secretHash: boolean
  /**
   * A code the endpoint itself exposed in its answer (an emulator's response header): Cognito sends
   * codes only to the user, never to the caller.
   */
  exposedCode?: string
  at: string
}

const clientRequest = { poolId: userPoolIdSchema, clientId: clientIdSchema, username: usernameSchema }
/** A password as typed; the pool's policy is checked in main with the shared rules. */
const passwordSchema = text(256, 1)
/** A code from an email or SMS message (Cognito's are 6 digits; some endpoints use longer ones). */
const confirmationCodeSchema = text(2048, 1)
/** Attribute values as typed; main checks them against the pool schema. */
const attributeValues = z.record(text(64, 1), text(2048)).refine((r) => Object.keys(r).length <= 100)
const loginRequest = { loginId: z.string().uuid('A login id is a UUID.') }

export const selfServiceContract = {
  /** SignUp with the client's SECRET_HASH when it has a secret; attributes checked against the schema. */
  signUp: command(
    strict({ ...clientRequest, password: passwordSchema, attributes: attributeValues })
  ).returns<SelfServiceStep>(),
  confirmSignUp: command(
    strict({ ...clientRequest, confirmationCode: confirmationCodeSchema })
  ).returns<SelfServiceStep>(),
  resendCode: command(strict(clientRequest)).returns<SelfServiceStep>(),
  forgotPassword: command(strict(clientRequest)).returns<SelfServiceStep>(),
  confirmForgotPassword: command(
    strict({ ...clientRequest, confirmationCode: confirmationCodeSchema, password: passwordSchema })
  ).returns<SelfServiceStep>(),
  /** The signed-in user's calls, with the access token of a test login held in main. */
  changePassword: command(
    strict({ ...loginRequest, previousPassword: passwordSchema, proposedPassword: passwordSchema })
  ).returns<SelfServiceStep>(),
  getUser: query(strict(loginRequest)).returns<SelfServiceStep>(),
  updateAttributes: command(
    strict({ ...loginRequest, attributes: attributeValues })
  ).returns<SelfServiceStep>()
}
