import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import { CognitoIdentityClient } from '@aws-sdk/client-cognito-identity'
import { IAMClient } from '@aws-sdk/client-iam'
import { LambdaClient } from '@aws-sdk/client-lambda'
import { STSClient } from '@aws-sdk/client-sts'
import { NodeHttpHandler } from '@smithy/node-http-handler'
import type {
  AwsCredentialIdentityProvider,
  FinalizeRequestMiddleware,
  InitializeMiddleware
} from '@smithy/types'
import { operationName } from './commands'
import { isCutConnection, isUnsupportedOperation, unsupportedOperation } from './errors'
import { categoryOf, type RateLimiter } from './limiter'

export type ServiceName = 'cognito-idp' | 'cognito-identity' | 'sts' | 'iam' | 'lambda'

export interface AwsClients {
  idp: CognitoIdentityProviderClient
  /** The user pools client with a three times longer answer timeout, for a job step that timed out. */
  idpRetry: CognitoIdentityProviderClient
  identity: CognitoIdentityClient
  sts: STSClient
  iam: IAMClient
  /** Lists functions and reads their resource policies for the pool's triggers. */
  lambda: LambdaClient
}

/** Sees every command before it is sent and after it ends: read-only refusal, audit, throttle counts. */
export interface CommandObserver {
  /** May throw to refuse the command before anything is sent. */
  before?(service: ServiceName, commandName: string, input: unknown): void
  after?(
    service: ServiceName,
    commandName: string,
    input: unknown,
    outcome: { ok: true; output?: unknown } | { ok: false; error: unknown }
  ): void
  /** A single attempt was answered with a throttling error (the SDK may still retry it). */
  throttled?(service: ServiceName, commandName: string): void
}

export interface ClientSettings {
  region: string
  endpoint?: string
  credentials: AwsCredentialIdentityProvider
  limiter: RateLimiter
  observer?: CommandObserver
  /** Attempts per call including the first; the SDK's standard retry backs off on throttles. */
  maxAttempts?: number
  connectionTimeoutMs?: number
  requestTimeoutMs?: number
}

/**
 * How long a call may wait for an endpoint that accepted the connection but says nothing. Cognito
 * answers admin calls in well under a second; 10 s leaves room for a slow link while the person
 * still hears within 15 s that the endpoint is silent (with 30 s and five attempts it took 165 s).
 */
const PRODUCTION_REQUEST_TIMEOUT_MS = 10_000
const PRODUCTION_CONNECTION_TIMEOUT_MS = 5_000

/** How much longer a bulk job step repeated after a timeout may wait: a slow endpoint gets one more chance. */
const RETRY_BUDGET_FACTOR = 3

/** The name a silent endpoint's timeout carries, so the SDK's retry strategy does not repeat it. */
export const SILENT_ENDPOINT_ERROR = 'EndpointSilentError'

/**
 * The SDK's standard retry treats a timeout as transient and tries it again with a fresh connection,
 * each time waiting the full timeout. A silent endpoint stays silent, so the call ends at the first
 * timeout; bulk jobs wait longer through their own outage retries, saying that they are waiting.
 * A reset connection (also named `TimeoutError` by the handler) costs no wait, so the SDK retries it.
 */
function unretriedTimeout(error: unknown): unknown {
  if (!(error instanceof Error) || error.name !== 'TimeoutError' || isCutConnection(error)) return error
  return Object.assign(new Error(error.message), { name: SILENT_ENDPOINT_ERROR })
}

const THROTTLE_NAMES = new Set([
  'TooManyRequestsException',
  'ThrottlingException',
  'Throttling',
  'RequestLimitExceeded'
])

export function isThrottle(error: unknown): boolean {
  return (
    typeof error === 'object' && error !== null && THROTTLE_NAMES.has((error as { name?: string }).name ?? '')
  )
}

interface MiddlewareHost {
  middlewareStack: {
    add(m: InitializeMiddleware<object, object>, o: { step: 'initialize'; name: string }): void
    add(
      m: FinalizeRequestMiddleware<object, object>,
      o: { step: 'finalizeRequest'; name: string; priority: 'low' }
    ): void
  }
}

function instrument(client: MiddlewareHost, service: ServiceName, settings: ClientSettings): void {
  const { limiter, observer } = settings
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'UnknownCommand'
      try {
        // Inside the try: a refusal (read-only) still reaches `after`, so the audit log records it.
        observer?.before?.(service, name, args.input)
        const result = await next(args)
        observer?.after?.(service, name, args.input, { ok: true, output: result.output })
        return result
      } catch (error) {
        observer?.after?.(service, name, args.input, { ok: false, error })
        throw error
      }
    },
    { step: 'initialize', name: 'consoleObserver' }
  )
  // Inside the retry loop, so every attempt (retries included) waits for its turn under the quota,
  // and an operation the endpoint lacks ends the loop at once (moto's HTML 500 would be retried).
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? 'UnknownCommand'
      await limiter.acquire(categoryOf(name, service))
      try {
        return await next(args)
      } catch (error) {
        if (isThrottle(error)) observer?.throttled?.(service, name)
        if (isUnsupportedOperation(error)) throw unsupportedOperation(operationName(name), error)
        throw unretriedTimeout(error)
      }
    },
    { step: 'finalizeRequest', name: 'consolePacing', priority: 'low' }
  )
}

export function createAwsClients(settings: ClientSettings): AwsClients {
  const requestTimeout = settings.requestTimeoutMs ?? PRODUCTION_REQUEST_TIMEOUT_MS
  const handler = (factor: number) =>
    new NodeHttpHandler({
      connectionTimeout: settings.connectionTimeoutMs ?? PRODUCTION_CONNECTION_TIMEOUT_MS,
      requestTimeout: requestTimeout * factor,
      // requestTimeout alone only logs a warning, so a hanging endpoint would hold a call for ever;
      // socketTimeout ends a call whose socket stays silent, without counting time queued for a socket.
      socketTimeout: requestTimeout * factor,
      throwOnRequestTimeout: true
    })
  const common = {
    region: settings.region,
    credentials: settings.credentials,
    maxAttempts: settings.maxAttempts ?? 5,
    // Standard, not adaptive: the limiter already paces each category at its quota, and adaptive
    // mode's own bucket drops to a fraction of a request per second after one throttle and recovers
    // slowly (a 120-user index through a 30% throttling proxy took 33 s adaptive, 1.8 s standard).
    retryMode: 'standard',
    requestHandler: handler(1),
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {})
  }
  const clients: AwsClients = {
    idp: new CognitoIdentityProviderClient(common),
    idpRetry: new CognitoIdentityProviderClient({ ...common, requestHandler: handler(RETRY_BUDGET_FACTOR) }),
    identity: new CognitoIdentityClient(common),
    sts: new STSClient(common),
    iam: new IAMClient(common),
    lambda: new LambdaClient(common)
  }
  instrument(clients.idp as unknown as MiddlewareHost, 'cognito-idp', settings)
  instrument(clients.idpRetry as unknown as MiddlewareHost, 'cognito-idp', settings)
  instrument(clients.identity as unknown as MiddlewareHost, 'cognito-identity', settings)
  instrument(clients.sts as unknown as MiddlewareHost, 'sts', settings)
  instrument(clients.iam as unknown as MiddlewareHost, 'iam', settings)
  instrument(clients.lambda as unknown as MiddlewareHost, 'lambda', settings)
  return clients
}

export function destroyAwsClients(clients: AwsClients): void {
  for (const client of Object.values(clients)) client.destroy()
}
