import {
  AdminInitiateAuthCommand,
  AdminRespondToAuthChallengeCommand,
  AssociateSoftwareTokenCommand,
  GetTokensFromRefreshTokenCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
  type AuthenticationResultType,
  type ChallengeNameType,
  type CognitoIdentityProviderClient
} from '@aws-sdk/client-cognito-identity-provider'
import QRCode from 'qrcode'
import {
  choiceFactors,
  clientCapabilities,
  machineTokenCapabilities,
  type TestLoginFlow
} from '@shared/capabilities'
import { redactInput } from '@shared/code-snippets'
import {
  GUIDED_CHALLENGES,
  type ChallengeAnswer,
  type ChallengeStep,
  type LoginMethod,
  type LoginTarget,
  type LoginTokens,
  type LoginView,
  type PasswordFlow,
  type TotpSetup
} from '@shared/contract/testLogin'
import { endpointUrlProblem } from '@shared/endpoint-url'
import { AppError } from '@shared/errors'
import type { AppContext } from '../context'
import { describeAppClient, revealClientSecret } from './appClients'
import { describeUserPool } from './pools'
import { record, viewOf, type LoginSession, type LoginSessions } from './login-sessions'
import { secretHash } from './secret-hash'
import { createSrpClient, passwordClaimSignature, srpTimestamp, type SrpClient } from './srp'
import { decodeJwt } from './tokens'

export interface AuthDeps {
  idp: CognitoIdentityProviderClient
  logins: LoginSessions
  /** The connection the login belongs to, so it is not answered through another account. */
  connectionId: string
}

/** The active connection's user-pool client and the logins held in memory, for a login's calls. */
export function authDeps(ctx: AppContext): AuthDeps {
  const { connection, clients } = ctx.connections.active()
  return { idp: clients.idp, logins: ctx.logins, connectionId: connection.id }
}

/** What Cognito answers to InitiateAuth and RespondToAuthChallenge alike. */
export interface AuthOutcome {
  ChallengeName?: ChallengeNameType | string | undefined
  Session?: string | undefined
  ChallengeParameters?: Record<string, unknown> | undefined
  AuthenticationResult?: AuthenticationResultType | undefined
  /** USER_AUTH without a preferred factor: what SELECT_CHALLENGE offers. */
  AvailableChallenges?: string[] | undefined
}

/** A sign-in command whose input is recorded, redacted, in the login's history for copy as code. */
interface SignInCommand {
  readonly input: object
}

/** Sends a sign-in call and records it (secrets as placeholders) so the screen can show and copy it. */
export async function sendRecorded<Output = AuthOutcome>(
  idp: CognitoIdentityProviderClient,
  login: LoginSession,
  command: SignInCommand
): Promise<Output> {
  const operation = command.constructor.name.replace(/Command$/, '')
  record(login, 'request', operation, {
    operation,
    service: 'cognito-idp',
    region: login.region,
    input: redactInput(command.input as Record<string, unknown>)
  })
  return (idp.send as (c: SignInCommand) => Promise<Output>)(command)
}

export const regionOfPool = (poolId: string): string => poolId.split('_')[0] ?? ''

/**
 * https://PREFIX.auth.REGION.amazoncognito.com for a Cognito domain, https://DOMAIN for a custom one.
 * An emulator's pool may name a server on this machine as its custom domain: plain http, as the
 * endpoint rule allows only there.
 */
export function hostedUiBaseUrl(domain: string | undefined, region: string): string | undefined {
  if (!domain) return undefined
  if (!domain.includes('.')) return `https://${domain}.auth.${region}.amazoncognito.com`
  return endpointUrlProblem(`http://${domain}`) === null ? `http://${domain}` : `https://${domain}`
}

/** The client's facts, its capability verdict and (in main only, when asked for) its secret. */
export async function readTarget(
  idp: CognitoIdentityProviderClient,
  poolId: string,
  clientId: string,
  options: { withSecret?: boolean } = {}
): Promise<{ target: LoginTarget; secret?: string }> {
  const [client, pool] = await Promise.all([
    describeAppClient(idp, poolId, clientId),
    describeUserPool(idp, poolId)
  ])
  const secret =
    client.hasSecret && options.withSecret ? await revealClientSecret(idp, poolId, clientId) : undefined
  const region = regionOfPool(poolId)
  const facts = {
    explicitAuthFlows: client.explicitAuthFlows,
    hasSecret: client.hasSecret,
    allowedOAuthFlowsUserPoolClient: client.allowedOAuthFlowsUserPoolClient,
    allowedOAuthFlows: client.allowedOAuthFlows,
    allowedOAuthScopes: client.allowedOAuthScopes,
    callbackUrls: client.callbackUrls,
    supportedIdentityProviders: client.supportedIdentityProviders,
    domain: client.poolDomain
  }
  const target: LoginTarget = {
    client,
    capabilities: clientCapabilities(facts),
    factors: choiceFactors(facts, {
      allowedFirstAuthFactors: pool.Policies?.SignInPolicy?.AllowedFirstAuthFactors ?? [],
      tier: pool.UserPoolTier
    }),
    machine: machineTokenCapabilities(facts),
    region,
    tokenRevocation: client.enableTokenRevocation,
    authSessionMinutes: client.authSessionMinutes
  }
  const rotation = client.refreshTokenRotation
  if (rotation.enabled) target.refreshRotation = { graceSeconds: rotation.retryGracePeriodSeconds }
  const baseUrl = hostedUiBaseUrl(client.poolDomain, region)
  if (baseUrl) target.hostedUiBaseUrl = baseUrl
  return secret === undefined ? { target } : { target, secret }
}

function flowNotAllowed(clientName: string, flow: string, setting: string): AppError {
  const who = clientName ? `App client “${clientName}”` : 'This app client'
  return new AppError('NOT_AUTHORIZED', `${who} does not allow ${flow}.`, {
    name: 'FlowNotAllowed',
    hint: `Turn on ${setting} in the app client’s authentication flows, or choose another flow.`,
    params: { flow, setting, client: clientName }
  })
}

/** Refuses a flow the client does not allow before anything is sent (emulators do not check it). */
export function assertFlowAllowed(target: LoginTarget, flow: TestLoginFlow): void {
  const verdict = target.capabilities.find((c) => c.flow === flow)
  if (verdict && !verdict.works) {
    const setting = verdict.reasons.find((r) => r.severity === 'blocking')?.setting ?? flow
    throw flowNotAllowed(target.client.name || target.client.clientId, flow, setting)
  }
}

function awsMessage(error: unknown): { name: string; message: string } {
  const e = error as { name?: unknown; message?: unknown } | null
  return {
    name: typeof e?.name === 'string' ? e.name : '',
    message: typeof e?.message === 'string' ? e.message : ''
  }
}

/**
 * Turns Cognito's sign-in refusals into sentences that say which of the usual causes it is. With
 * `passwordChecked` (a sign-in sending the password), InvalidPasswordException also means a wrong
 * password: some Cognito-compatible endpoints (cognito-local) answer a wrong password with it.
 */
export function explainSignInError(error: unknown, flow: string, passwordChecked = false): unknown {
  const { name, message } = awsMessage(error)
  if (/flow not (enabled|supported)|not enabled for this client/i.test(message)) {
    return flowNotAllowed('', flow, `ALLOW_${flow}`)
  }
  const refused =
    name === 'NotAuthorizedException' || (passwordChecked && name === 'InvalidPasswordException')
  if (!refused) return error
  if (/disabled/i.test(message)) {
    return new AppError('NOT_AUTHORIZED', 'This user is disabled: Cognito refuses every sign-in for it.', {
      name,
      hint: 'Enable the user on its page, then sign in again.',
      detail: message
    })
  }
  if (/session is expired|invalid session/i.test(message)) {
    return new AppError('EXPIRED_CODE', 'The sign-in session expired before the challenge was answered.', {
      name,
      hint: 'Start the sign-in again and answer within the session time shown.',
      detail: message
    })
  }
  if (/refresh token/i.test(message)) {
    return new AppError('NOT_AUTHORIZED', 'The refresh token was revoked or has expired.', {
      name,
      hint: 'Sign in again to get a new refresh token.',
      detail: message
    })
  }
  return new AppError('NOT_AUTHORIZED', 'Cognito refused the username and password.', {
    name,
    hint: 'Check the password (it is case-sensitive). If the pool hides whether users exist, an unknown username gives this answer too.',
    detail: message
  })
}

function parameterList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  if (typeof value !== 'string' || value === '') return []
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) ? parsed.map(String) : [value]
  } catch {
    return value.split(',').map((s) => s.trim())
  }
}

function parameterObject(value: unknown): Record<string, string> {
  if (typeof value !== 'string') return {}
  try {
    const parsed: unknown = JSON.parse(value)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    return Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, String(v)]))
  } catch {
    return {}
  }
}

/** Where the pending challenge keeps SELECT_CHALLENGE's AvailableChallenges (a top-level field of the answer). */
const AVAILABLE_CHALLENGES = 'AVAILABLE_CHALLENGES'

/** The guided step for a pending challenge: what was asked, with what, and until when. */
function stepOf(login: LoginSession): ChallengeStep | undefined {
  const pending = login.pending
  if (!pending) return undefined
  const p = pending.parameters
  const step: ChallengeStep = {
    name: pending.name,
    supported: (GUIDED_CHALLENGES as readonly string[]).includes(pending.name),
    requiredAttributes: parameterList(p.requiredAttributes).map((a) => a.replace(/^userAttributes\./, '')),
    userAttributes: parameterObject(p.userAttributes),
    mfaOptions: parameterList(p.MFAS_CAN_CHOOSE ?? p.MFAS_CAN_SETUP),
    availableChallenges: parameterList(p[AVAILABLE_CHALLENGES]),
    expiresAt: new Date(pending.expiresAt).toISOString(),
    sessionMinutes: pending.sessionMinutes
  }
  if (p.CREDENTIAL_REQUEST_OPTIONS) step.credentialRequestOptions = p.CREDENTIAL_REQUEST_OPTIONS
  if (p.CODE_DELIVERY_DESTINATION) step.deliveryDestination = p.CODE_DELIVERY_DESTINATION
  if (p.CODE_DELIVERY_DELIVERY_MEDIUM) step.deliveryMedium = p.CODE_DELIVERY_DELIVERY_MEDIUM
  return step
}

export function tokensOf(result: AuthenticationResultType, previous?: LoginTokens): LoginTokens {
  const tokens: LoginTokens = {
    accessToken: result.AccessToken ?? '',
    tokenType: result.TokenType ?? 'Bearer',
    expiresIn: result.ExpiresIn ?? 3600,
    issuedAt: new Date().toISOString()
  }
  if (result.IdToken) tokens.idToken = result.IdToken
  // A refresh answers without a new refresh token: the old one stays valid.
  const refreshToken = result.RefreshToken ?? previous?.refreshToken
  if (refreshToken) tokens.refreshToken = refreshToken
  return tokens
}

export function apply(login: LoginSession, outcome: AuthOutcome, sessionMinutes: number): LoginView {
  if (outcome.AuthenticationResult) {
    delete login.pending
    login.tokens = tokensOf(outcome.AuthenticationResult, login.tokens)
    record(login, 'signedIn', login.method)
    return viewOf(login)
  }
  if (!outcome.ChallengeName) {
    throw new AppError('INTERNAL', 'Cognito answered with neither tokens nor a challenge.')
  }
  const parameters = Object.fromEntries(
    Object.entries(outcome.ChallengeParameters ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string' ? v : JSON.stringify(v)
    ])
  )
  if (outcome.AvailableChallenges)
    parameters[AVAILABLE_CHALLENGES] = JSON.stringify(outcome.AvailableChallenges)
  // In alias pools the answers must name the user by Cognito's internal username.
  if (parameters.USERNAME) login.challengeUsername = parameters.USERNAME
  login.pending = {
    name: outcome.ChallengeName,
    session: outcome.Session ?? '',
    parameters,
    sessionMinutes,
    expiresAt: Date.now() + sessionMinutes * 60_000
  }
  record(login, 'challenge', outcome.ChallengeName)
  return viewOf(login, stepOf(login))
}

export function withSecret(login: LoginSession, params: Record<string, string>): Record<string, string> {
  return login.clientSecret
    ? { ...params, SECRET_HASH: secretHash(login.clientSecret, login.challengeUsername, login.clientId) }
    : params
}

/** Answers PASSWORD_VERIFIER with the SRP proof of the password (the password itself is never sent). */
export async function answerPasswordVerifier(
  idp: CognitoIdentityProviderClient,
  login: LoginSession,
  srp: SrpClient,
  password: string,
  started: AuthOutcome
): Promise<AuthOutcome> {
  if (started.ChallengeName !== 'PASSWORD_VERIFIER') return started
  const p = (started.ChallengeParameters ?? {}) as Record<string, string | undefined>
  const userIdForSrp = p.USER_ID_FOR_SRP ?? login.username
  login.challengeUsername = p.USERNAME ?? userIdForSrp
  const timestamp = srpTimestamp()
  const signature = passwordClaimSignature({
    client: srp,
    poolName: login.poolId.split('_')[1] ?? '',
    userIdForSrp,
    password,
    saltHex: p.SALT ?? '',
    srpBHex: p.SRP_B ?? '',
    secretBlock: p.SECRET_BLOCK ?? '',
    timestamp
  })
  return sendRecorded(
    idp,
    login,
    new RespondToAuthChallengeCommand({
      ClientId: login.clientId,
      ChallengeName: 'PASSWORD_VERIFIER',
      ...(started.Session ? { Session: started.Session } : {}),
      ChallengeResponses: withSecret(login, {
        USERNAME: login.challengeUsername,
        PASSWORD_CLAIM_SECRET_BLOCK: p.SECRET_BLOCK ?? '',
        PASSWORD_CLAIM_SIGNATURE: signature,
        TIMESTAMP: timestamp
      })
    })
  )
}

async function srpSignIn(
  idp: CognitoIdentityProviderClient,
  login: LoginSession,
  password: string
): Promise<AuthOutcome> {
  const srp = createSrpClient()
  const started = await sendRecorded(
    idp,
    login,
    new InitiateAuthCommand({
      AuthFlow: 'USER_SRP_AUTH',
      ClientId: login.clientId,
      AuthParameters: withSecret(login, { USERNAME: login.username, SRP_A: srp.largeA.toString(16) })
    })
  )
  return answerPasswordVerifier(idp, login, srp, password, started)
}

/** A new login in memory for a sign-in that is about to start, holding the client's secret if it has one. */
export function openLogin(
  deps: AuthDeps,
  read: { target: LoginTarget; secret?: string },
  req: { poolId: string; clientId: string; username: string },
  method: LoginMethod
): LoginSession {
  return deps.logins.create({
    connectionId: deps.connectionId,
    poolId: req.poolId,
    clientId: req.clientId,
    region: read.target.region,
    username: req.username,
    method,
    ...(read.secret === undefined ? {} : { clientSecret: read.secret })
  })
}

/** Signs in with a username and password by the chosen flow; tokens or the first challenge. */
export async function startLogin(
  deps: AuthDeps,
  req: { poolId: string; clientId: string; flow: PasswordFlow; username: string; password: string }
): Promise<LoginView> {
  const read = await readTarget(deps.idp, req.poolId, req.clientId, { withSecret: true })
  const { target } = read
  assertFlowAllowed(target, req.flow)
  const login = openLogin(deps, read, req, req.flow)
  record(login, 'started', req.flow)
  try {
    let outcome: AuthOutcome
    if (req.flow === 'USER_SRP_AUTH') {
      outcome = await srpSignIn(deps.idp, login, req.password)
    } else if (req.flow === 'ADMIN_USER_PASSWORD_AUTH') {
      outcome = await sendRecorded(
        deps.idp,
        login,
        new AdminInitiateAuthCommand({
          UserPoolId: req.poolId,
          ClientId: req.clientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: withSecret(login, { USERNAME: req.username, PASSWORD: req.password })
        })
      )
    } else {
      outcome = await sendRecorded(
        deps.idp,
        login,
        new InitiateAuthCommand({
          ClientId: req.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: withSecret(login, { USERNAME: req.username, PASSWORD: req.password })
        })
      )
    }
    return apply(login, outcome, target.authSessionMinutes)
  } catch (error) {
    deps.logins.clear(login.loginId)
    throw explainSignInError(error, req.flow, true)
  }
}

function pendingOf(login: LoginSession, expected?: string) {
  const pending = login.pending
  if (!pending) {
    throw new AppError('PRECONDITION', 'This login is not waiting for an answer.', {
      hint: 'It is signed in already; start a new test login to sign in again.'
    })
  }
  if (expected !== undefined && pending.name !== expected) {
    throw new AppError('PRECONDITION', `Cognito is asking for ${pending.name}, not ${expected}.`, {
      hint: 'Answer the step shown on the screen.'
    })
  }
  return pending
}

export function assertSameConnection(deps: AuthDeps, login: LoginSession): void {
  if (login.connectionId !== deps.connectionId) {
    throw new AppError('PRECONDITION', 'This login belongs to another connection.', {
      hint: 'Switch back to the connection it was made with, or start a new test login.'
    })
  }
}

function answerResponses(answer: ChallengeAnswer): Record<string, string> {
  switch (answer.challenge) {
    case 'NEW_PASSWORD_REQUIRED':
      return {
        NEW_PASSWORD: answer.newPassword,
        ...Object.fromEntries(Object.entries(answer.attributes).map(([k, v]) => [`userAttributes.${k}`, v]))
      }
    case 'SMS_MFA':
      return { SMS_MFA_CODE: answer.code }
    case 'EMAIL_OTP':
      return { EMAIL_OTP_CODE: answer.code }
    case 'SOFTWARE_TOKEN_MFA':
      return { SOFTWARE_TOKEN_MFA_CODE: answer.code }
    case 'SELECT_MFA_TYPE':
      return { ANSWER: answer.mfaType }
    case 'MFA_SETUP':
      return {}
    case 'SELECT_CHALLENGE':
      return answer.factor === 'PASSWORD' && answer.password
        ? { ANSWER: answer.factor, PASSWORD: answer.password }
        : { ANSWER: answer.factor }
    case 'PASSWORD':
      return { PASSWORD: answer.password }
    case 'PASSWORD_SRP':
      return {}
    case 'SMS_OTP':
      return { SMS_OTP_CODE: answer.code }
    case 'WEB_AUTHN':
      return { CREDENTIAL: answer.credential }
  }
}

/** The password an answer proves by SRP (PASSWORD_SRP, directly or as the chosen factor). */
function srpPassword(answer: ChallengeAnswer): string | undefined {
  if (answer.challenge === 'PASSWORD_SRP') return answer.password
  if (answer.challenge === 'SELECT_CHALLENGE' && answer.factor === 'PASSWORD_SRP') return answer.password
  return undefined
}

async function sendAnswer(
  deps: AuthDeps,
  login: LoginSession,
  challengeName: string,
  session: string,
  responses: Record<string, string>
): Promise<AuthOutcome> {
  const common = {
    ClientId: login.clientId,
    ChallengeName: challengeName as ChallengeNameType,
    Session: session,
    ChallengeResponses: withSecret(login, { USERNAME: login.challengeUsername, ...responses })
  }
  // An admin-flow login answers through the admin API, like the app server it stands for.
  return login.method === 'ADMIN_USER_PASSWORD_AUTH'
    ? sendRecorded(
        deps.idp,
        login,
        new AdminRespondToAuthChallengeCommand({ ...common, UserPoolId: login.poolId })
      )
    : sendRecorded(deps.idp, login, new RespondToAuthChallengeCommand(common))
}

/** Answers the pending challenge; the next challenge or the tokens. */
export async function respondToChallenge(
  deps: AuthDeps,
  loginId: string,
  answer: ChallengeAnswer
): Promise<LoginView> {
  const login = deps.logins.get(loginId)
  assertSameConnection(deps, login)
  const pending = pendingOf(login, answer.challenge)
  try {
    let session = pending.session
    if (answer.challenge === 'MFA_SETUP') {
      const verified = await deps.idp.send(
        new VerifySoftwareTokenCommand({
          Session: session,
          UserCode: answer.code,
          FriendlyDeviceName: answer.deviceName || 'Cognito Admin Console test login'
        })
      )
      if (verified.Status !== 'SUCCESS') {
        throw new AppError('CODE_MISMATCH', 'Cognito did not accept the authenticator code.', {
          hint: 'Check the authenticator app’s clock and enter the current code.'
        })
      }
      session = verified.Session ?? session
    }
    record(login, 'answered', answer.challenge)
    const password = srpPassword(answer)
    const srp = password === undefined ? undefined : createSrpClient()
    const responses = answerResponses(answer)
    if (srp) responses.SRP_A = srp.largeA.toString(16)
    const sent = await sendAnswer(deps, login, answer.challenge, session, responses)
    const outcome =
      srp && password !== undefined
        ? await answerPasswordVerifier(deps.idp, login, srp, password, sent)
        : sent
    return apply(login, outcome, pending.sessionMinutes)
  } catch (error) {
    record(login, 'failed', answer.challenge)
    throw explainSignInError(error, login.method)
  }
}

/** MFA_SETUP: a new TOTP secret for the user, as text, otpauth URI and QR code. */
export async function setupTotp(deps: AuthDeps, loginId: string): Promise<TotpSetup> {
  const login = deps.logins.get(loginId)
  assertSameConnection(deps, login)
  const pending = pendingOf(login, 'MFA_SETUP')
  const associated = await deps.idp.send(new AssociateSoftwareTokenCommand({ Session: pending.session }))
  const secretCode = associated.SecretCode ?? ''
  if (associated.Session) pending.session = associated.Session
  const label = encodeURIComponent(`${login.poolId}:${login.username}`)
  const otpauthUri = `otpauth://totp/${label}?secret=${secretCode}&issuer=${encodeURIComponent('Amazon Cognito')}`
  const qrDataUrl = await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 })
  record(login, 'answered', 'AssociateSoftwareToken')
  return { secretCode, otpauthUri, qrDataUrl }
}

/** The user name Cognito puts in the access token, which SECRET_HASH needs on refresh. */
export function usernameOfTokens(tokens: LoginTokens): string | undefined {
  const decoded = decodeJwt(tokens.accessToken)
  const claim = decoded.ok
    ? (decoded.token.payload.username ?? decoded.token.payload['cognito:username'])
    : undefined
  return typeof claim === 'string' ? claim : undefined
}

/** The login's tokens, or why there are none to use yet. */
export function signedInTokens(login: LoginSession): LoginTokens & { refreshToken: string } {
  const refreshToken = login.tokens?.refreshToken
  if (!login.tokens || !refreshToken) {
    throw new AppError('PRECONDITION', 'This login has no refresh token.', {
      hint: 'Finish the sign-in first; a refresh needs the refresh token it returns.'
    })
  }
  return { ...login.tokens, refreshToken }
}

/**
 * Sends one refresh with `refreshToken`: GetTokensFromRefreshToken for a client that rotates refresh
 * tokens (REFRESH_TOKEN_AUTH does not work there), REFRESH_TOKEN_AUTH otherwise.
 */
export async function sendRefresh(
  deps: AuthDeps,
  login: LoginSession,
  rotates: boolean,
  refreshToken: string
): Promise<AuthenticationResultType> {
  if (rotates) {
    const out = await sendRecorded<{ AuthenticationResult?: AuthenticationResultType }>(
      deps.idp,
      login,
      new GetTokensFromRefreshTokenCommand({
        ClientId: login.clientId,
        RefreshToken: refreshToken,
        ...(login.clientSecret ? { ClientSecret: login.clientSecret } : {})
      })
    )
    if (!out.AuthenticationResult)
      throw new AppError('INTERNAL', 'Cognito answered a refresh without tokens.')
    return out.AuthenticationResult
  }
  const username = (login.tokens && usernameOfTokens(login.tokens)) ?? login.challengeUsername
  const params: Record<string, string> = { REFRESH_TOKEN: refreshToken }
  if (login.clientSecret) params.SECRET_HASH = secretHash(login.clientSecret, username, login.clientId)
  const outcome =
    login.method === 'ADMIN_USER_PASSWORD_AUTH'
      ? await sendRecorded(
          deps.idp,
          login,
          new AdminInitiateAuthCommand({
            UserPoolId: login.poolId,
            ClientId: login.clientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: params
          })
        )
      : await sendRecorded(
          deps.idp,
          login,
          new InitiateAuthCommand({
            ClientId: login.clientId,
            AuthFlow: 'REFRESH_TOKEN_AUTH',
            AuthParameters: params
          })
        )
  if (!outcome.AuthenticationResult)
    throw new AppError('INTERNAL', 'Cognito answered a refresh without tokens.')
  return outcome.AuthenticationResult
}

/** New tokens for a signed-in login; with rotation the new refresh token replaces the old one. */
export async function refreshLogin(deps: AuthDeps, loginId: string): Promise<LoginView> {
  const login = deps.logins.get(loginId)
  assertSameConnection(deps, login)
  const current = signedInTokens(login)
  const { target } = await readTarget(deps.idp, login.poolId, login.clientId)
  const rotation = target.refreshRotation
  if (!rotation) assertFlowAllowed(target, 'REFRESH_TOKEN_AUTH')
  const operation = rotation ? 'GetTokensFromRefreshToken' : 'REFRESH_TOKEN_AUTH'
  try {
    const result = await sendRefresh(deps, login, rotation !== undefined, current.refreshToken)
    login.tokens = tokensOf(result, login.tokens)
    if (rotation && result.RefreshToken && result.RefreshToken !== current.refreshToken) {
      login.previousRefreshToken = current.refreshToken
      login.lifecycle.rotatedAt = new Date().toISOString()
      login.lifecycle.graceSeconds = rotation.graceSeconds
    }
    record(login, 'refreshed', operation)
    return viewOf(login)
  } catch (error) {
    throw explainSignInError(error, operation)
  }
}

/** The current state of a login, with its pending step if any. */
export function loginView(logins: LoginSessions, loginId: string): LoginView {
  const login = logins.get(loginId)
  return viewOf(login, stepOf(login))
}
