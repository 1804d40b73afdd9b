import { z } from 'zod'
import { command, query } from './define'
import { iamRoleArnSchema, identityPoolIdSchema, strict, text } from '../schemas'
import type { AppErrorShape } from '../errors'
import {
  LOGIN_PROVIDERS,
  MAX_DEVELOPER_USER_ID,
  type LabFailure,
  type TemporaryCredentials
} from '../credentialsLab'

export const labSourceSchema = z.discriminatedUnion('kind', [
  strict({ kind: z.literal('guest') }),
  /** A token pasted by the person, with the Logins key of its provider. */
  strict({
    kind: z.literal('token'),
    provider: z.enum(LOGIN_PROVIDERS),
    providerKey: text(2048, 1),
    token: text(100_000, 1)
  }),
  /** A sign-in held by the test-login sessions in main, by its id. */
  strict({ kind: z.literal('login'), loginId: text(64, 1) }),
  /**
   * A back-end user id under the pool's developer provider (GetOpenIdTokenForDeveloperIdentity), linked
   * to an existing identity when one is named; the rules are `developerSourceProblems`, enforced in main.
   */
  strict({
    kind: z.literal('developer'),
    userIdentifier: text(MAX_DEVELOPER_USER_ID * 2, 1),
    identityId: text(64).optional(),
    /** Seconds the OpenID token stays valid; Cognito's default is 15 minutes. */
    tokenDuration: z.number().optional()
  })
])

export const labRunSchema = strict({
  identityPoolId: identityPoolIdSchema,
  source: labSourceSchema,
  flow: z.enum(['enhanced', 'basic']),
  /** Enhanced flow: ask for this role (it must be allowed by the token's cognito:roles). */
  customRoleArn: iamRoleArnSchema.optional(),
  /** Basic flow: the role to assume; defaults to the pool's authenticated or unauthenticated role. */
  roleArn: iamRoleArnSchema.optional()
})

/** Removes one login of a lab run's identity, by the run id the run's result carried. */
export const labUnlinkSchema = strict({
  runId: text(64, 1),
  /** The login's Logins key, as the run's `logins` lists it. */
  providerName: text(2048, 1)
})

export type LabSource = z.input<typeof labSourceSchema>
export type LabRunRequest = z.input<typeof labRunSchema>
export type LabUnlinkRequest = z.input<typeof labUnlinkSchema>

/** What UnlinkIdentity removed: the identity stays, without this login. */
export interface LabUnlinkResult {
  identityId: string
  providerName: string
}

export type LabStepName =
  | 'GetId'
  | 'GetOpenIdTokenForDeveloperIdentity'
  | 'GetCredentialsForIdentity'
  | 'GetOpenIdToken'
  | 'AssumeRoleWithWebIdentity'
  | 'GetCallerIdentity'

/** One call of a flow: what was sent and what came back, tokens shortened and secrets left out. */
export interface LabStep {
  name: LabStepName
  request: unknown
  ok: boolean
  response?: unknown
  error?: AppErrorShape
  durationMs: number
}

export interface LabRunResult {
  identityPoolId: string
  flow: 'enhanced' | 'basic'
  /** The Logins map sent, tokens shortened; empty for a guest. */
  logins: Record<string, string>
  steps: LabStep[]
  identityId?: string
  /**
   * Present when the run signed in with a login and got an identity: main keeps that login's token in
   * memory under this id (never sent here) so the login can be unlinked from the identity.
   */
  runId?: string
  credentials?: TemporaryCredentials
  /**
   * The OpenID token Cognito issued (developer source, or the basic flow's GetOpenIdToken): shortened,
   * with its claims decoded when it is a JWT (Cognito's is; an emulator's may not be).
   */
  openIdToken?: { step: LabStepName; preview: string; claims?: Record<string, unknown> }
  /** Basic flow: the role that was assumed. */
  roleArn?: string
  /** STS GetCallerIdentity made with the returned credentials. */
  caller?: { arn: string; account: string; userId: string }
  /** Why the run stopped, explained; absent when every step worked. */
  failure?: { reason?: LabFailure; error: AppErrorShape }
}

export const credentialsLabContract = {
  /**
   * Runs the enhanced or basic flow for a guest, a test login or a pasted token, then proves the
   * credentials with STS GetCallerIdentity. The credentials stay in memory; nothing is written to disk.
   */
  run: query(labRunSchema).returns<LabRunResult>(),
  /**
   * UnlinkIdentity: removes the run's login from its identity, sending the token main kept for the run.
   * A developer provider's login is unlinked with UnlinkDeveloperIdentity instead (developer identities).
   */
  unlinkLogin: command(labUnlinkSchema).returns<LabUnlinkResult>()
}
