import {
  GetCredentialsForIdentityCommand,
  GetIdCommand,
  GetOpenIdTokenCommand,
  GetOpenIdTokenForDeveloperIdentityCommand,
  UnlinkIdentityCommand,
  type CognitoIdentityClient
} from '@aws-sdk/client-cognito-identity'
import { AssumeRoleWithWebIdentityCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts'
import type { z } from 'zod'
import type {
  LabRunResult,
  LabStep,
  LabStepName,
  LabUnlinkResult,
  labRunSchema,
  labUnlinkSchema
} from '@shared/contract/credentialsLab'
import type { IdentityPoolDetail } from '@shared/contract/identityPools'
import { AppError, type AppErrorShape } from '@shared/errors'
import {
  DEVELOPER_TOKEN_DURATION,
  DEVELOPER_TOKEN_KEY,
  LAB_FAILURES,
  MAX_DEVELOPER_USER_ID,
  buildLogins,
  developerSourceProblems,
  decodeJwtClaims,
  isDeveloperLogin,
  loginKeyProblem,
  oidcKeyOf,
  redactLogins,
  shortenToken,
  type LabFailure,
  type TemporaryCredentials
} from '@shared/credentialsLab'
import { toAppError, type ErrorContext } from '../aws/errors'
import { describeIdentityPool, getIdentityPoolRoles } from './identityPools'
import { unlinkRefusal, type KeptRun, type LabRuns } from './lab-runs'

type RunInput = z.output<typeof labRunSchema>

/** A signed-in test login's ID token and its Logins key, looked up by the login's id. */
export type LoginTokenLookup = (loginId: string) => { idToken: string; providerName: string }

export interface LabEnvironment {
  /** The connection's identity client: GetId, GetCredentialsForIdentity and GetOpenIdToken go unsigned. */
  identity: CognitoIdentityClient
  /** The connection's STS client: AssumeRoleWithWebIdentity goes unsigned. */
  sts: STSClient
  region: string
  endpoint?: string
  errorContext: ErrorContext
  lookupLogin: LoginTokenLookup
  /** Keeps a login's identity and Logins in main's memory (until `tokenExpiresAt`, epoch ms); returns the run id. */
  keepRun: (run: Omit<KeptRun, 'connectionId'>, tokenExpiresAt?: number) => string
}

const SESSION_NAME = 'cognito-admin-console-lab'
const HIDDEN = '(hidden here: see the credentials panel)'

/** A diagnosed failure: an English sentence for logs and tests; the renderer words it by reason. */
function labError(
  reason: LabFailure,
  message: string,
  hint: string,
  params: Record<string, string> = {},
  detail?: string
): AppError {
  return new AppError(reason === 'ROLE_TRUST' ? 'ACCESS_DENIED' : 'PRECONDITION', message, {
    name: reason,
    hint,
    params: { reason, ...params },
    ...(detail ? { detail } : {})
  })
}

const explain = {
  noDeveloperProvider: () =>
    labError(
      'NO_DEVELOPER_PROVIDER',
      'This identity pool has no developer provider, so a back-end user id cannot sign in to it.',
      'Edit the identity pool and give it a developer provider name, or choose another source.'
    ),
  guestDisabled: (detail?: string) =>
    labError(
      'GUEST_DISABLED',
      'Guest access is turned off for this identity pool, so a visitor without a login gets no identity.',
      'Turn on guest (unauthenticated) access in the pool’s settings, or choose a login.',
      {},
      detail
    ),
  providerNotConfigured: (provider: string, detail?: string) =>
    labError(
      'PROVIDER_NOT_CONFIGURED',
      `The identity pool does not accept logins from ${provider}: it is not one of its authentication providers.`,
      'Add the provider to the identity pool, or use a token from a provider it lists.',
      { provider },
      detail
    ),
  otherClient: (clientId?: string, expected?: string, detail?: string) =>
    labError(
      'TOKEN_OTHER_CLIENT',
      clientId && expected
        ? `The ID token was issued to app client ${clientId}, but the identity pool accepts this user pool only through app client ${expected}.`
        : 'The ID token was issued to an app client the identity pool does not list for this user pool.',
      'Sign in with the app client the identity pool lists, or add this client as a provider.',
      clientId && expected ? { clientId, expected } : {},
      detail
    ),
  roleTrust: (detail?: string) =>
    labError(
      'ROLE_TRUST',
      'The role refused this identity: its trust policy does not let cognito-identity.amazonaws.com assume it for this identity pool, or the pool has no role for it.',
      'Check the pool’s roles, and that each role’s trust policy names this identity pool (aud) and the right amr (authenticated or unauthenticated).',
      {},
      detail
    ),
  classicDisabled: (detail?: string) =>
    labError(
      'CLASSIC_FLOW_DISABLED',
      'The basic (classic) flow is turned off for this identity pool.',
      'Use the enhanced flow, or turn on the basic flow in the pool’s settings.',
      {},
      detail
    ),
  expired: (time: string, detail?: string) =>
    labError(
      'TOKEN_EXPIRED',
      `The ID token expired${time ? ` at ${time}` : ''}.`,
      'Sign in again for a fresh token (ID tokens last one hour unless the app client says otherwise).',
      { time },
      detail
    ),
  wrongKey: (message: string, params: Record<string, string> = {}, detail?: string) =>
    labError(
      'WRONG_PROVIDER_KEY',
      message,
      'For a user pool, the key is cognito-idp.REGION.amazonaws.com/POOL_ID of the pool that issued the token.',
      params,
      detail
    ),
  notIdToken: (message: string) =>
    labError(
      'NOT_AN_ID_TOKEN',
      message,
      'Paste the ID token (token_use “id”), not the access or refresh token.'
    ),
  noRole: () =>
    labError(
      'NO_ROLE',
      'The basic flow needs a role to assume, and none was given or could be read from the identity pool.',
      'Choose the role to assume (usually the pool’s authenticated or guest role).'
    )
}

/** Reads an identity-pool or STS refusal and names its cause when the wording tells it. */
function diagnose(error: unknown, step: LabStepName, loginKey: string): AppError | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const { name = '', message = '' } = error as { name?: string; message?: string }
  if (name === 'InvalidIdentityPoolConfigurationException') return explain.roleTrust(message)
  if (step === 'AssumeRoleWithWebIdentity' && (name === 'AccessDenied' || name === 'AccessDeniedException'))
    return explain.roleTrust(message)
  if (/Unauthenticated access is not supported/i.test(message)) return explain.guestDisabled(message)
  if (/classic\)? flow/i.test(message)) return explain.classicDisabled(message)
  if (/token expired/i.test(message)) return explain.expired('', message)
  if (/issuer doesn'?t match|invalid issuer/i.test(message))
    return explain.wrongKey('The token’s issuer does not match the Logins key.', {}, message)
  if (/audience/i.test(message)) return explain.otherClient(undefined, undefined, message)
  if (/not from a supported provider|Can'?t login with this provider/i.test(message))
    return explain.providerNotConfigured(loginKey || 'this provider', message)
  return undefined
}

interface ResolvedLogin {
  key: string
  token: string
  /** The user pool ID token's claims, when the login is one. */
  claims?: Record<string, unknown>
}

function checkCognitoToken(key: string, token: string, now: number): ResolvedLogin {
  const claims = decodeJwtClaims(token)
  if (!claims)
    throw explain.notIdToken(
      'This is not a JSON Web Token: a user pool ID token has three dot-separated parts.'
    )
  if (claims.token_use !== 'id') {
    throw explain.notIdToken(
      `This is ${claims.token_use === 'access' ? 'an access token' : 'not an ID token'}; identity pools take the user pool’s ID token.`
    )
  }
  const issuer = typeof claims.iss === 'string' ? claims.iss : ''
  if (issuer !== `https://${key}`) {
    throw explain.wrongKey(
      `The token was issued by ${issuer || 'an unknown issuer'}, but the Logins key names ${key}.`,
      { issuer, key }
    )
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= now) {
    throw explain.expired(new Date(claims.exp * 1000).toISOString())
  }
  return { key, token, claims }
}

function resolveLogin(input: RunInput, env: LabEnvironment, now: number): ResolvedLogin | undefined {
  const source = input.source
  // A developer identity's login is its back-end user id, turned into a token by the flow's first call.
  if (source.kind === 'guest' || source.kind === 'developer') return undefined
  if (source.kind === 'login') {
    const login = env.lookupLogin(source.loginId)
    return checkCognitoToken(login.providerName, login.idToken, now)
  }
  const problem = loginKeyProblem(source.provider, source.providerKey)
  if (problem) throw explain.wrongKey(problem, { key: source.providerKey })
  if (source.provider === 'cognito') return checkCognitoToken(source.providerKey, source.token, now)
  return { key: source.providerKey, token: source.token }
}

function acceptedKeys(pool: IdentityPoolDetail): Set<string> {
  return new Set([
    ...pool.userPools.map((p) => p.providerName),
    ...Object.keys(pool.social),
    ...Object.keys(pool.otherLoginProviders),
    ...pool.oidcProviderArns.map((arn) => oidcKeyOf(arn) ?? arn),
    ...pool.samlProviderArns
  ])
}

/** What the identity pool would refuse, checked before calling it (and where an emulator would not). */
function preflight(pool: IdentityPoolDetail, input: RunInput, login: ResolvedLogin | undefined): void {
  if (input.source.kind === 'guest' && !pool.allowUnauthenticated) throw explain.guestDisabled()
  if (input.flow === 'basic' && pool.allowClassicFlow === false) throw explain.classicDisabled()
  if (!login) return
  if (!acceptedKeys(pool).has(login.key)) throw explain.providerNotConfigured(login.key)
  if (login.claims) {
    const clients = pool.userPools.filter((p) => p.providerName === login.key).map((p) => p.clientId)
    const aud = typeof login.claims.aud === 'string' ? login.claims.aud : ''
    if (clients.length > 0 && !clients.includes(aud)) throw explain.otherClient(aud, clients.join(', '))
  }
}

function redactCredentials(c: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!c) return undefined
  const out: Record<string, unknown> = { ...c }
  for (const key of ['SecretKey', 'SecretAccessKey']) if (key in out) out[key] = HIDDEN
  if (typeof out.SessionToken === 'string') out.SessionToken = shortenToken(out.SessionToken)
  return out
}

function withoutMetadata(out: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...out }
  delete copy.$metadata
  return copy
}

/** Carries a step's failure (diagnosed where possible) out of the flow, after the step was recorded. */
class StepFailed extends Error {
  constructor(readonly underlying: unknown) {
    super('step failed')
  }
}

/**
 * Runs a credentials flow step by step, recording each request and response (tokens shortened, secrets
 * left out), then proves the credentials with STS GetCallerIdentity made with them. Failures are
 * returned with the steps that ran, explained in words where the cause is known.
 */
export async function runCredentialsLab(input: RunInput, env: LabEnvironment): Promise<LabRunResult> {
  if (input.source.kind === 'developer') refuseDeveloperProblems(input.identityPoolId, input.source)
  const now = Date.now()
  let loginKey = ''
  const result: LabRunResult = {
    identityPoolId: input.identityPoolId,
    flow: input.flow,
    logins: {},
    steps: []
  }

  async function step<T extends object>(
    name: LabStepName,
    request: unknown,
    call: () => Promise<T>,
    show: (out: T) => unknown = withoutMetadata
  ): Promise<T> {
    const started = performance.now()
    try {
      const out = await call()
      result.steps.push({ name, request, ok: true, response: show(out), durationMs: elapsed(started) })
      return out
    } catch (error) {
      const failed: LabStep = {
        name,
        request,
        ok: false,
        error: toAppError(error, env.errorContext),
        durationMs: elapsed(started)
      }
      result.steps.push(failed)
      throw new StepFailed(diagnose(error, name, loginKey) ?? error)
    }
  }

  try {
    const login = resolveLogin(input, env, now)
    loginKey = login?.key ?? ''
    let Logins = login ? buildLogins(login.key, login.token) : undefined
    result.logins = Logins ? redactLogins(Logins) : {}
    let pool: IdentityPoolDetail | undefined
    try {
      pool = await describeIdentityPool(env.identity, input.identityPoolId)
    } catch (error) {
      // Without permission to describe, the identity pool itself will judge the request.
      if (toAppError(error).code !== 'ACCESS_DENIED') throw error
    }
    if (pool) preflight(pool, input, login)

    let identityId: string
    if (input.source.kind === 'developer') {
      // Developer-authenticated: the back-end's call gives the identity and a token that stands for its login.
      const provider = pool?.developerProviderName
      if (!provider) throw explain.noDeveloperProvider()
      const { userIdentifier, identityId: existing, tokenDuration } = input.source
      const request = {
        IdentityPoolId: input.identityPoolId,
        Logins: { [provider]: userIdentifier.trim() },
        ...(existing?.trim() ? { IdentityId: existing.trim() } : {}),
        ...(tokenDuration !== undefined ? { TokenDuration: tokenDuration } : {})
      }
      const issued = await step(
        'GetOpenIdTokenForDeveloperIdentity',
        request,
        () => env.identity.send(new GetOpenIdTokenForDeveloperIdentityCommand(request)),
        (o) => ({ IdentityId: o.IdentityId, Token: shortenToken(o.Token ?? '') })
      )
      identityId = issued.IdentityId ?? ''
      result.openIdToken = openIdTokenOf('GetOpenIdTokenForDeveloperIdentity', issued.Token)
      Logins = buildLogins(DEVELOPER_TOKEN_KEY, issued.Token ?? '')
      result.logins = redactLogins(Logins)
    } else {
      const getId = await step(
        'GetId',
        { IdentityPoolId: input.identityPoolId, ...(Logins ? { Logins: result.logins } : {}) },
        () =>
          env.identity.send(
            new GetIdCommand({ IdentityPoolId: input.identityPoolId, ...(Logins ? { Logins } : {}) })
          )
      )
      identityId = getId.IdentityId ?? ''
      // The identity now has this login linked: keep its token so the login can be unlinked.
      if (Logins && identityId) {
        const exp = login?.claims?.exp
        result.runId = env.keepRun(
          { identityId, logins: Logins },
          typeof exp === 'number' ? exp * 1000 : undefined
        )
      }
    }
    result.identityId = identityId

    let credentials: TemporaryCredentials
    if (input.flow === 'enhanced') {
      const out = await step(
        'GetCredentialsForIdentity',
        {
          IdentityId: identityId,
          ...(Logins ? { Logins: result.logins } : {}),
          ...(input.customRoleArn ? { CustomRoleArn: input.customRoleArn } : {})
        },
        () =>
          env.identity.send(
            new GetCredentialsForIdentityCommand({
              IdentityId: identityId,
              ...(Logins ? { Logins } : {}),
              ...(input.customRoleArn ? { CustomRoleArn: input.customRoleArn } : {})
            })
          ),
        (o) => ({
          IdentityId: o.IdentityId,
          Credentials: redactCredentials(o.Credentials as Record<string, unknown> | undefined)
        })
      )
      credentials = toCredentials(
        out.Credentials?.AccessKeyId,
        out.Credentials?.SecretKey,
        out.Credentials?.SessionToken,
        out.Credentials?.Expiration
      )
    } else {
      const roleArn =
        input.roleArn ?? (await defaultRole(env.identity, input.identityPoolId, Boolean(Logins)))
      if (!roleArn) throw explain.noRole()
      result.roleArn = roleArn
      const token = await step(
        'GetOpenIdToken',
        { IdentityId: identityId, ...(Logins ? { Logins: result.logins } : {}) },
        () =>
          env.identity.send(
            new GetOpenIdTokenCommand({ IdentityId: identityId, ...(Logins ? { Logins } : {}) })
          ),
        (o) => ({ IdentityId: o.IdentityId, Token: shortenToken(o.Token ?? '') })
      )
      result.openIdToken = openIdTokenOf('GetOpenIdToken', token.Token)
      const assumed = await step(
        'AssumeRoleWithWebIdentity',
        {
          RoleArn: roleArn,
          RoleSessionName: SESSION_NAME,
          WebIdentityToken: shortenToken(token.Token ?? '')
        },
        () =>
          env.sts.send(
            new AssumeRoleWithWebIdentityCommand({
              RoleArn: roleArn,
              RoleSessionName: SESSION_NAME,
              WebIdentityToken: token.Token ?? ''
            })
          ),
        (o) => ({
          ...withoutMetadata(o),
          Credentials: redactCredentials(o.Credentials as Record<string, unknown> | undefined)
        })
      )
      credentials = toCredentials(
        assumed.Credentials?.AccessKeyId,
        assumed.Credentials?.SecretAccessKey,
        assumed.Credentials?.SessionToken,
        assumed.Credentials?.Expiration
      )
    }
    result.credentials = credentials

    const prover = new STSClient({
      region: env.region,
      ...(env.endpoint ? { endpoint: env.endpoint } : {}),
      credentials: {
        accessKeyId: credentials.accessKeyId,
        secretAccessKey: credentials.secretKey,
        sessionToken: credentials.sessionToken
      },
      maxAttempts: 2
    })
    try {
      const who = await step('GetCallerIdentity', {}, () => prover.send(new GetCallerIdentityCommand({})))
      result.caller = { arn: who.Arn ?? '', account: who.Account ?? '', userId: who.UserId ?? '' }
    } finally {
      prover.destroy()
    }
  } catch (error) {
    const cause = error instanceof StepFailed ? error.underlying : error
    const shape: AppErrorShape = toAppError(cause, env.errorContext)
    const reason = shape.params?.reason
    result.failure = {
      error: shape,
      ...(typeof reason === 'string' && (LAB_FAILURES as readonly string[]).includes(reason)
        ? { reason: reason as LabFailure }
        : {})
    }
  }
  return result
}

/**
 * UnlinkIdentity: removes one login from a lab run's identity, sending the Logins (with the token) the
 * run signed in with, as Cognito requires. The identity stays; with no login left it is a guest one.
 */
export async function unlinkLabLogin(
  identity: CognitoIdentityClient,
  runs: LabRuns,
  connectionId: string,
  request: z.output<typeof labUnlinkSchema>
): Promise<LabUnlinkResult> {
  const { runId, providerName } = request
  if (isDeveloperLogin(providerName)) {
    throw unlinkRefusal(
      'DEVELOPER_LOGIN',
      'A developer identity’s login is unlinked by its back-end user id with UnlinkDeveloperIdentity.',
      'Open the identity pool’s Developer identities tab, look the identity up and unlink the user id there.'
    )
  }
  const run = runs.get(connectionId, runId)
  if (!Object.hasOwn(run.logins, providerName)) {
    throw unlinkRefusal(
      'PROVIDER_NOT_IN_RUN',
      `The lab run did not sign in with ${providerName}, so it has no token to unlink it with.`,
      `Unlink one of the run’s own logins: ${Object.keys(run.logins).join(', ')}.`
    )
  }
  await identity.send(
    new UnlinkIdentityCommand({
      IdentityId: run.identityId,
      Logins: run.logins,
      LoginsToRemove: [providerName]
    })
  )
  runs.forget(runId)
  return { identityId: run.identityId, providerName }
}

/** Refuses a developer source Cognito would refuse, naming the first problem's reason for the renderer. */
function refuseDeveloperProblems(
  identityPoolId: string,
  source: Extract<RunInput['source'], { kind: 'developer' }>
): void {
  const problem = developerSourceProblems({ identityPoolId, ...source })[0]
  if (!problem) return
  const sentences: Record<typeof problem.code, string> = {
    userIdMissing: 'Enter the back-end user id to sign in as.',
    userIdTooLong: `A back-end user id is at most ${MAX_DEVELOPER_USER_ID} characters.`,
    identityIdFormat: 'An identity ID looks like us-east-1:0000aaaa-1111-bbbb-2222-cccc3333dddd.',
    identityIdRegion: 'The identity ID is from another Region than the identity pool.',
    durationRange: `The token duration is a whole number of seconds from ${DEVELOPER_TOKEN_DURATION.min} to ${DEVELOPER_TOKEN_DURATION.max}.`
  }
  throw new AppError('VALIDATION', sentences[problem.code], {
    params: { reason: problem.code, field: problem.field, ...problem.params }
  })
}

/** An issued OpenID token as the result shows it: shortened, with its claims when it is a JWT. */
function openIdTokenOf(step: LabStepName, token: string | undefined): LabRunResult['openIdToken'] {
  const claims = decodeJwtClaims(token ?? '')
  return { step, preview: shortenToken(token ?? ''), ...(claims ? { claims } : {}) }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started)
}

function toCredentials(
  accessKeyId: string | undefined,
  secretKey: string | undefined,
  sessionToken: string | undefined,
  expiration: Date | undefined
): TemporaryCredentials {
  return {
    accessKeyId: accessKeyId ?? '',
    secretKey: secretKey ?? '',
    sessionToken: sessionToken ?? '',
    ...(expiration ? { expiration: expiration.toISOString() } : {})
  }
}

/** The pool's authenticated or guest role, when the endpoint can tell it. */
async function defaultRole(
  identity: CognitoIdentityClient,
  identityPoolId: string,
  authenticated: boolean
): Promise<string | undefined> {
  try {
    const roles = await getIdentityPoolRoles(identity, identityPoolId)
    return authenticated ? roles.authenticated : roles.unauthenticated
  } catch {
    return undefined
  }
}
