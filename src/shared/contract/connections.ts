import { z } from 'zod'
import { local, query } from './define'
import { empty, endpointUrlSchema, regionSchema, strict, text } from '../schemas'
import type { AppErrorShape } from '../errors'

export const CREDENTIAL_SOURCES = ['profile', 'environment'] as const

const connectionFields = {
  name: text(64, 1),
  source: z.enum(CREDENTIAL_SOURCES),
  /** The profile name in the shared config / credentials files; required when source is `profile`. */
  profile: text(128, 1).optional(),
  region: regionSchema,
  /** A custom endpoint: a local emulator (moto, LocalStack, cognito-local) or a Cognito-compatible service. */
  endpoint: endpointUrlSchema.optional(),
  readOnly: z.boolean(),
  /** Production connections turn the header red. */
  production: z.boolean()
}

/** A saved connection: settings only, never credentials. */
export const connectionSchema = strict({ id: z.uuid(), ...connectionFields })

export const connectionInputSchema = strict({
  /** Present when updating an existing connection. */
  id: z.uuid().optional(),
  ...connectionFields
}).refine((c) => c.source !== 'profile' || c.profile !== undefined, {
  message: 'Choose the AWS profile this connection uses.',
  path: ['profile']
})

export type ConnectionInput = z.input<typeof connectionInputSchema>
export type Connection = z.output<typeof connectionSchema>

export type ProfileKind = 'static' | 'sso' | 'assume-role' | 'process' | 'web-identity' | 'unknown'

export interface ProfileInfo {
  name: string
  kind: ProfileKind
  region?: string
  /** Assume-role profiles that ask for an MFA code. */
  mfa: boolean
  /** Where the role's source credentials come from, for assume-role profiles. */
  sourceProfile?: string
}

export interface ProfilesResult {
  profiles: ProfileInfo[]
  /** AWS_ACCESS_KEY_ID (and friends) are set in the app's environment. */
  environmentCredentials: boolean
}

export interface ConnectionTestResult {
  region: string
  endpoint?: string
  account?: string
  arn?: string
  /** `noSts`: the endpoint answers Cognito but has no STS (normal for Cognito-only emulators). */
  identity: { ok: true } | { ok: false; error: AppErrorShape } | { ok: false; noSts: true }
  cognito: { ok: true; userPools: number } | { ok: false; error: AppErrorShape }
}

export interface ConnectionsState {
  connections: Connection[]
  activeId: string | null
}

export const connectionIdRequest = strict({ id: z.uuid() })

export const connectionsContract = {
  list: query(empty).returns<ConnectionsState>(),
  profiles: query(empty).returns<ProfilesResult>(),
  save: local(connectionInputSchema).returns<Connection>(),
  remove: local(connectionIdRequest).returns<ConnectionsState>(),
  activate: local(connectionIdRequest).returns<ConnectionsState>(),
  test: query(strict({ id: z.uuid().optional() })).returns<ConnectionTestResult>(),
  /** The renderer's answer to a `connections:mfaPrompt` event. */
  answerMfa: local(
    strict({
      requestId: z.uuid(),
      code: z
        .string()
        .regex(/^\d{6}$/, 'An MFA code is 6 digits.')
        .nullable()
    })
  ).returns<void>()
}
