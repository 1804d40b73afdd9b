import { z } from 'zod'
import { command, local, query } from './define'
import {
  FIRST_FACTORS,
  MACHINE_TOKEN_METHODS,
  type FactorCapability,
  type FlowCapability,
  type MachineTokenCapability,
  type MachineTokenMethod
} from '../capabilities'
import type { RecordedCall } from '../code-snippets'
import type { AppClientDetail } from './appClients'
import { clientIdSchema, oauthScopeSchema, strict, text, userPoolIdSchema, usernameSchema } from '../schemas'

/** Sign-in flows a test login can start with a username and password. */
export const PASSWORD_FLOWS = ['USER_SRP_AUTH', 'USER_PASSWORD_AUTH', 'ADMIN_USER_PASSWORD_AUTH'] as const
export type PasswordFlow = (typeof PASSWORD_FLOWS)[number]
/** How a login got its tokens. */
export type LoginMethod = PasswordFlow | 'USER_AUTH' | 'HOSTED_UI'

/** Challenges the console walks through as guided steps. */
export const GUIDED_CHALLENGES = [
  'NEW_PASSWORD_REQUIRED',
  'SMS_MFA',
  'EMAIL_OTP',
  'SOFTWARE_TOKEN_MFA',
  'SELECT_MFA_TYPE',
  'MFA_SETUP',
  'SELECT_CHALLENGE',
  'PASSWORD',
  'PASSWORD_SRP',
  'SMS_OTP',
  'WEB_AUTHN'
] as const
/** Challenges whose code Cognito sends again when a choice-based sign-in is started again. */
export const RESENDABLE_CHALLENGES = ['EMAIL_OTP', 'SMS_OTP'] as const
export const MFA_TYPES = ['SMS_MFA', 'SOFTWARE_TOKEN_MFA', 'EMAIL_OTP'] as const
export type MfaType = (typeof MFA_TYPES)[number]

/** What Cognito asked for, with only the parameters that are safe and useful to show. */
export interface ChallengeStep {
  /** Cognito's challenge name; `supported` is false for ones the console cannot answer (CUSTOM_CHALLENGE...). */
  name: string
  supported: boolean
  /** NEW_PASSWORD_REQUIRED: attributes the user must supply (without the `userAttributes.` prefix). */
  requiredAttributes: string[]
  /** NEW_PASSWORD_REQUIRED: the user's current attributes as Cognito sent them. */
  userAttributes: Record<string, string>
  /** SELECT_MFA_TYPE: MFAS_CAN_CHOOSE; MFA_SETUP: MFAS_CAN_SETUP. */
  mfaOptions: string[]
  /** SELECT_CHALLENGE: the factors Cognito offers this user (AvailableChallenges). */
  availableChallenges: string[]
  /** WEB_AUTHN: the PublicKeyCredentialRequestOptions JSON Cognito returned for the passkey ceremony. */
  credentialRequestOptions?: string
  /** Where a code was sent (masked by Cognito, e.g. +********1234) and how. */
  deliveryDestination?: string
  deliveryMedium?: string
  /** When the challenge session ends (the client's AuthSessionValidity, 3 minutes unless set). */
  expiresAt: string
  sessionMinutes: number
}

export interface LoginTokens {
  idToken?: string
  accessToken: string
  refreshToken?: string
  tokenType: string
  /** Seconds the access and ID tokens are valid, as Cognito said. */
  expiresIn: number
  issuedAt: string
}

/** One thing that happened in a login, shown as its history. */
export interface LoginEvent {
  at: string
  kind: 'started' | 'request' | 'challenge' | 'answered' | 'signedIn' | 'refreshed' | 'failed'
  detail: string
  /** The request sent to Cognito, with passwords, codes and tokens as placeholders (for copy as code). */
  call?: RecordedCall
}

/** What a probe tries with a login's tokens to show what Cognito still accepts. */
export const PROBE_CHECKS = ['previousRefresh', 'refresh', 'accessToken'] as const
export type ProbeCheck = (typeof PROBE_CHECKS)[number]

/** The answer to a probe: accepted, or refused with Cognito's own error. */
export interface ProbeResult {
  check: ProbeCheck
  /** The operation tried: GetUser, InitiateAuth (REFRESH_TOKEN_AUTH) or GetTokensFromRefreshToken. */
  operation: string
  accepted: boolean
  errorName?: string
  message?: string
  at: string
}

/** What happened to a login's tokens after sign-in: rotation, revocation, global sign-out. */
export interface TokenLifecycle {
  /** When the refresh token was last rotated; the previous one is kept in main to show it is refused. */
  rotatedAt?: string
  /** How long the previous refresh token stays valid after a rotation (RetryGracePeriodSeconds). */
  graceSeconds?: number
  revokedAt?: string
  signedOutAt?: string
  probes: ProbeResult[]
}

/** A test login as the renderer sees it. Everything lives in main memory only. */
export interface LoginView {
  loginId: string
  poolId: string
  clientId: string
  region: string
  username: string
  method: LoginMethod
  status: 'challenge' | 'signedIn'
  challenge?: ChallengeStep
  tokens?: LoginTokens
  lifecycle: TokenLifecycle
  history: LoginEvent[]
  startedAt: string
}

export interface LoginSummary {
  loginId: string
  poolId: string
  clientId: string
  username: string
  method: LoginMethod
  status: LoginView['status']
  startedAt: string
}

/** The chosen app client as a test login needs it. The secret itself never leaves main. */
export interface LoginTarget {
  client: AppClientDetail
  /** The same verdict the app-client screen shows (src/shared/capabilities.ts). */
  capabilities: FlowCapability[]
  /** The first factors a choice-based sign-in can use with this client and pool, and why not. */
  factors: FactorCapability[]
  /** Whether the client can get a client-credentials token by each method, and why not. */
  machine: MachineTokenCapability[]
  region: string
  /** Refresh-token rotation (GetTokensFromRefreshToken), when the client turns it on. */
  refreshRotation?: { graceSeconds: number }
  /** Whether the client allows RevokeToken (EnableTokenRevocation). */
  tokenRevocation: boolean
  /** How long a challenge session lasts (the client's AuthSessionValidity, 3 minutes unless set). */
  authSessionMinutes: number
  /** https://prefix.auth.REGION.amazoncognito.com or the custom domain, when the pool has one. */
  hostedUiBaseUrl?: string
}

export interface TotpSetup {
  /** The shared secret (base32) for typing into an authenticator app. */
  secretCode: string
  otpauthUri: string
  /** The otpauth URI as a QR code image (data:image/png). */
  qrDataUrl: string
}

/** A machine-to-machine access token and the request that got it (secret as a placeholder). */
export interface MachineToken {
  poolId: string
  clientId: string
  method: MachineTokenMethod
  accessToken: string
  tokenType: string
  expiresIn: number
  /** The scopes asked for; the inspector checks the token carries them. */
  scopes: string[]
  issuedAt: string
  call: RecordedCall
}

const loginIdSchema = z.string().uuid('A login id is a UUID.')
const passwordSchema = text(256, 1)
const codeSchema = z
  .string()
  .regex(/^\d{4,8}$/, 'A code is the 4 to 8 digits from the message or the authenticator app.')
const attributesSchema = z
  .record(
    z
      .string()
      .regex(/^[\w:.-]{1,128}$/, 'An attribute name is letters, digits and _ : . - (e.g. custom:plan).'),
    text(2048)
  )
  .refine((r) => Object.keys(r).length <= 50, 'At most 50 attributes.')

/** PASSWORD and PASSWORD_SRP need the password with the choice; the other factors do not. */
const passwordGiven = (r: { factor?: string; password?: string | undefined }): boolean =>
  !(r.factor === 'PASSWORD' || r.factor === 'PASSWORD_SRP') || !!r.password
const PASSWORD_NEEDED = 'Type the password: the password factors send it with the choice.'

export const answerSchema = z.discriminatedUnion('challenge', [
  strict({
    challenge: z.literal('NEW_PASSWORD_REQUIRED'),
    newPassword: passwordSchema,
    attributes: attributesSchema
  }),
  strict({ challenge: z.literal('SMS_MFA'), code: codeSchema }),
  strict({ challenge: z.literal('EMAIL_OTP'), code: codeSchema }),
  strict({ challenge: z.literal('SOFTWARE_TOKEN_MFA'), code: codeSchema }),
  strict({ challenge: z.literal('SELECT_MFA_TYPE'), mfaType: z.enum(MFA_TYPES) }),
  strict({ challenge: z.literal('MFA_SETUP'), code: codeSchema, deviceName: text(128).optional() }),
  strict({
    challenge: z.literal('SELECT_CHALLENGE'),
    factor: z.enum(FIRST_FACTORS),
    password: passwordSchema.optional()
  }).refine(passwordGiven, { message: PASSWORD_NEEDED, path: ['password'] }),
  strict({ challenge: z.literal('PASSWORD'), password: passwordSchema }),
  strict({ challenge: z.literal('PASSWORD_SRP'), password: passwordSchema }),
  strict({ challenge: z.literal('SMS_OTP'), code: codeSchema }),
  strict({
    challenge: z.literal('WEB_AUTHN'),
    credential: text(16_384, 2).regex(
      /^\{[\s\S]*\}$/,
      'The credential is the AuthenticationResponseJSON object.'
    )
  })
])
export type ChallengeAnswer = z.infer<typeof answerSchema>

const targetSchema = strict({ poolId: userPoolIdSchema, clientId: clientIdSchema })

export const testLoginContract = {
  /** What the chosen client allows (auth flows, secret, hosted UI), read in main. */
  target: query(targetSchema).returns<LoginTarget>(),
  /** Starts a sign-in; answers with tokens or the first challenge. */
  start: local(
    strict({
      poolId: userPoolIdSchema,
      clientId: clientIdSchema,
      flow: z.enum(PASSWORD_FLOWS),
      username: usernameSchema,
      password: passwordSchema
    })
  ).returns<LoginView>(),
  /**
   * Starts a choice-based sign-in (USER_AUTH), with an optional preferred first factor; answers with the
   * factors Cognito offers (SELECT_CHALLENGE), the factor's challenge, or tokens.
   */
  startChoice: local(
    strict({
      poolId: userPoolIdSchema,
      clientId: clientIdSchema,
      username: usernameSchema,
      preferredChallenge: z.enum(FIRST_FACTORS).optional(),
      password: passwordSchema.optional()
    }).refine((r) => passwordGiven({ factor: r.preferredChallenge, password: r.password }), {
      message: PASSWORD_NEEDED,
      path: ['password']
    })
  ).returns<LoginView>(),
  /** EMAIL_OTP / SMS_OTP of a choice-based sign-in: starts it again with that factor, so Cognito sends a new code. */
  resendCode: local(strict({ loginId: loginIdSchema })).returns<LoginView>(),
  /**
   * Answers the pending challenge of a login. An MFA code only proves who signs in, so this works on a
   * read-only connection; a new password or MFA device is a change, refused there by the clients' guard.
   */
  respond: local(strict({ loginId: loginIdSchema, answer: answerSchema })).returns<LoginView>(),
  /** MFA_SETUP: associates a TOTP authenticator (AssociateSoftwareToken) and returns its secret and QR code. */
  setupTotp: command(strict({ loginId: loginIdSchema })).returns<TotpSetup>(),
  /**
   * New tokens from the login's refresh token: GetTokensFromRefreshToken when the client rotates refresh
   * tokens (a new refresh token replaces the old one), REFRESH_TOKEN_AUTH otherwise.
   */
  refresh: local(strict({ loginId: loginIdSchema })).returns<LoginView>(),
  /** RevokeToken: revokes the login's refresh token and the tokens issued from it. */
  revoke: command(strict({ loginId: loginIdSchema })).returns<LoginView>(),
  /** GlobalSignOut with the login's access token: every refresh token of the user stops working. */
  globalSignOut: command(strict({ loginId: loginIdSchema })).returns<LoginView>(),
  /** Tries a token against Cognito (GetUser, or a refresh) and shows whether it is still accepted. */
  probe: local(strict({ loginId: loginIdSchema, check: z.enum(PROBE_CHECKS) })).returns<LoginView>(),
  /** Signs in through the pool's managed login (hosted UI) in a separate window, with PKCE. */
  hostedUi: local(
    strict({
      poolId: userPoolIdSchema,
      clientId: clientIdSchema,
      redirectUri: text(2048, 1),
      identityProvider: text(128).optional()
    })
  ).returns<LoginView>(),
  /** A client-credentials token for a client with a secret, by GetClientToken or the pool domain's /oauth2/token. */
  machineToken: local(
    strict({
      poolId: userPoolIdSchema,
      clientId: clientIdSchema,
      method: z.enum(MACHINE_TOKEN_METHODS),
      scopes: z.array(oauthScopeSchema).max(50)
    })
  ).returns<MachineToken>(),
  list: query(strict({})).returns<{ logins: LoginSummary[] }>(),
  get: query(strict({ loginId: loginIdSchema })).returns<LoginView>(),
  /** Forgets one login, or every login without an id. */
  clear: local(strict({ loginId: loginIdSchema.optional() })).returns<{ cleared: number }>()
}
