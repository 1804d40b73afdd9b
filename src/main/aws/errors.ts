import { z } from 'zod'
import { AppError, type AppErrorShape, type ErrorCode } from '@shared/errors'
import { SILENT_ENDPOINT_ERROR } from './clients'

/** What the caller knows about where the failure happened, to make the message concrete. */
export interface ErrorContext {
  profile?: string
  endpoint?: string
  region?: string
}

interface Rule {
  code: ErrorCode
  message: string
  hint?: string
  retryable?: boolean
  /** Show the service's own message as detail (it names the field or the rule). */
  keepDetail?: boolean
}

const rules: Record<string, Rule> = {
  UserNotFoundException: {
    code: 'NOT_FOUND',
    message: 'No user with that username exists in this user pool.',
    hint: 'Check the spelling, or search the pool for the user by email or phone number.'
  },
  ResourceNotFoundException: {
    code: 'NOT_FOUND',
    message: 'The user pool, app client, group or identity pool was not found.',
    hint: 'It may have been deleted, or it belongs to another region or account: check the connection.',
    keepDetail: true
  },
  UsernameExistsException: {
    code: 'ALREADY_EXISTS',
    message: 'A user with that username (or that email / phone alias) already exists in this pool.',
    hint: 'Choose another username, or open the existing user.'
  },
  AliasExistsException: {
    code: 'ALREADY_EXISTS',
    message: 'Another user already uses that email address or phone number as a sign-in alias.',
    hint: 'Remove the alias from the other user first, or use a different value.'
  },
  GroupExistsException: {
    code: 'ALREADY_EXISTS',
    message: 'A group with that name already exists in this pool.',
    hint: 'Choose another name, or edit the existing group.'
  },
  InvalidPasswordException: {
    code: 'INVALID_PASSWORD',
    message: 'The password does not meet the pool’s password policy.',
    hint: 'Use a longer password with the character kinds the policy requires.',
    keepDetail: true
  },
  InvalidParameterException: {
    code: 'INVALID_PARAMETER',
    message: 'Cognito refused a value in the request.',
    hint: 'The detail below names the field; correct it and try again.',
    keepDetail: true
  },
  InvalidParameterCombinationException: {
    code: 'INVALID_PARAMETER',
    message: 'Cognito refused this combination of settings.',
    keepDetail: true
  },
  NotAuthorizedException: {
    code: 'NOT_AUTHORIZED',
    message: 'Cognito refused the sign-in or the operation.',
    hint: 'Wrong password, a disabled user, or a flow the app client does not allow: the detail says which.',
    keepDetail: true
  },
  UserNotConfirmedException: {
    code: 'USER_NOT_CONFIRMED',
    message: 'This user has not confirmed their account yet.',
    hint: 'Confirm the sign-up from the user’s page, or resend the confirmation code.'
  },
  PasswordResetRequiredException: {
    code: 'PASSWORD_RESET_REQUIRED',
    message: 'This user must reset their password before signing in.',
    hint: 'The user signs in with the code Cognito sent them, or an admin sets a new password.'
  },
  CodeMismatchException: {
    code: 'CODE_MISMATCH',
    message: 'The code does not match.',
    hint: 'Check the digits, and that the code comes from the right device or message.'
  },
  ExpiredCodeException: {
    code: 'EXPIRED_CODE',
    message: 'The code has expired.',
    hint: 'Ask for a new code and use it straight away.'
  },
  TooManyRequestsException: {
    code: 'THROTTLED',
    message: 'Cognito is throttling these calls (request rate quota reached).',
    hint: 'Wait a moment and try again; lower the rate in Settings if it keeps happening.',
    retryable: true
  },
  ThrottlingException: {
    code: 'THROTTLED',
    message: 'AWS is throttling these calls.',
    hint: 'Wait a moment and try again.',
    retryable: true
  },
  Throttling: {
    code: 'THROTTLED',
    message: 'AWS is throttling these calls.',
    hint: 'Wait a moment and try again.',
    retryable: true
  },
  LimitExceededException: {
    code: 'LIMIT_EXCEEDED',
    message: 'An AWS limit for this resource was reached.',
    hint: 'Wait and retry, or ask AWS to raise the quota.',
    retryable: true,
    keepDetail: true
  },
  TooManyFailedAttemptsException: {
    code: 'LIMIT_EXCEEDED',
    message: 'Too many failed attempts for this user.',
    hint: 'Wait before trying again.',
    retryable: true
  },
  ConcurrentModificationException: {
    code: 'CONCURRENT_MODIFICATION',
    message: 'Someone else changed this resource at the same time.',
    hint: 'Reload it and apply the change again.',
    retryable: true
  },
  PreconditionNotMetException: {
    code: 'PRECONDITION',
    message: 'A precondition of this operation is not met.',
    keepDetail: true
  },
  FeatureUnavailableInTierException: {
    code: 'PRECONDITION',
    message: 'The pool’s feature plan does not include this.',
    hint: 'Choose the Essentials or Plus plan on the pool’s overview (Sign-in policy), then try again.',
    keepDetail: true
  },
  OperationNotEnabledException: {
    code: 'OPERATION_NOT_ENABLED',
    message: 'This pool is a replica of a multi-Region pool, and a replica refuses this operation.',
    hint: 'Make the change on the primary pool, in its own Region (the Replicas tab names it); Cognito copies it to the replicas.',
    keepDetail: true
  },
  UnsupportedUserStateException: {
    code: 'PRECONDITION',
    message: 'The user is not in a state that allows this action.',
    hint: 'Resending an invitation works only for users in FORCE_CHANGE_PASSWORD.',
    keepDetail: true
  },
  UserLambdaValidationException: {
    code: 'PRECONDITION',
    message: 'A Lambda trigger of this pool refused the request.',
    hint: 'The detail shows what the trigger answered.',
    keepDetail: true
  },
  ExpiredToken: {
    code: 'CREDENTIALS_EXPIRED',
    message: 'The AWS credentials of this connection have expired.',
    hint: 'Refresh them (for SSO: aws sso login --profile {profile}) and test the connection again.'
  },
  ExpiredTokenException: {
    code: 'CREDENTIALS_EXPIRED',
    message: 'The AWS credentials of this connection have expired.',
    hint: 'Refresh them (for SSO: aws sso login --profile {profile}) and test the connection again.'
  },
  RequestExpired: {
    code: 'CREDENTIALS_EXPIRED',
    message: 'AWS rejected the request as expired; the computer clock may be wrong.',
    hint: 'Check the system clock, then try again.'
  },
  UnrecognizedClientException: {
    code: 'ACCESS_DENIED',
    message: 'AWS does not recognise the access key of this connection.',
    hint: 'Check the keys of profile {profile}, or that the region has this service enabled.'
  },
  InvalidClientTokenId: {
    code: 'ACCESS_DENIED',
    message: 'AWS does not recognise the access key of this connection.',
    hint: 'Check the keys of profile {profile}.'
  },
  InvalidSignatureException: {
    code: 'ACCESS_DENIED',
    message: 'The secret key of this connection does not match its access key.',
    hint: 'Check the keys of profile {profile}.'
  },
  SignatureDoesNotMatch: {
    code: 'ACCESS_DENIED',
    message: 'The secret key of this connection does not match its access key.',
    hint: 'Check the keys of profile {profile}.'
  },
  AccessDeniedException: {
    code: 'ACCESS_DENIED',
    message: 'The IAM identity of this connection is not allowed to do this.',
    hint: 'Ask for the permission named in the detail, or use another profile.',
    keepDetail: true
  },
  AccessDenied: {
    code: 'ACCESS_DENIED',
    message: 'The IAM identity of this connection is not allowed to do this.',
    hint: 'Ask for the permission named in the detail, or use another profile.',
    keepDetail: true
  }
}

/** A page token that expired (they last about an hour) or belongs to another listing. */
const PAGE_TOKEN: Rule = {
  code: 'INVALID_PARAMETER',
  message: 'The list’s page token has expired or is no longer valid (page tokens last about an hour).',
  hint: 'Load the list again from the first page.'
}

const networkCodes: Record<string, Rule> = {
  ECONNREFUSED: {
    code: 'ENDPOINT',
    message: 'Nothing answers at {endpoint}.',
    hint: 'Start the emulator or service there, or correct the connection’s endpoint.',
    retryable: true
  },
  ENOTFOUND: {
    code: 'NETWORK',
    message: 'The address of {endpoint} cannot be resolved.',
    hint: 'Check the network connection and the region or endpoint.',
    retryable: true
  },
  EAI_AGAIN: {
    code: 'NETWORK',
    message: 'The network is not reachable (DNS lookup failed).',
    hint: 'Check the network connection, then try again.',
    retryable: true
  },
  ECONNRESET: {
    code: 'NETWORK',
    message: 'The connection to {endpoint} was cut.',
    hint: 'Try again; if it keeps happening, check the network, VPN or proxy between this computer and the endpoint.',
    retryable: true
  },
  EHOSTUNREACH: {
    code: 'NETWORK',
    message: 'The network cannot reach {endpoint}.',
    hint: 'Check the network connection.',
    retryable: true
  },
  ENETUNREACH: {
    code: 'NETWORK',
    message: 'The network is unreachable.',
    hint: 'Check the network connection.',
    retryable: true
  },
  EPIPE: {
    code: 'NETWORK',
    message: 'The connection to {endpoint} was cut.',
    hint: 'Try again; if it keeps happening, check the network, VPN or proxy between this computer and the endpoint.',
    retryable: true
  },
  ETIMEDOUT: {
    code: 'TIMEOUT',
    message: '{endpoint} did not answer in time.',
    hint: 'Check the network, or that the endpoint is up, then try again.',
    retryable: true
  }
}

function fill(template: string, ctx: ErrorContext): string {
  return template
    .replaceAll('{profile}', ctx.profile ?? 'of this connection')
    .replaceAll('{endpoint}', ctx.endpoint ?? `the AWS endpoint${ctx.region ? ` in ${ctx.region}` : ''}`)
}

function fromRule(
  rule: Rule,
  name: string,
  ctx: ErrorContext,
  awsMessage: string | undefined
): AppErrorShape {
  const shape: AppErrorShape = { code: rule.code, name, message: fill(rule.message, ctx) }
  if (rule.hint) shape.hint = fill(rule.hint, ctx)
  if (rule.retryable) shape.retryable = true
  if (rule.keepDetail && awsMessage) shape.detail = truncate(awsMessage)
  const params: Record<string, string> = {}
  if (ctx.profile) params.profile = ctx.profile
  if (ctx.endpoint) params.endpoint = ctx.endpoint
  if (Object.keys(params).length > 0) shape.params = params
  return shape
}

function truncate(s: string, max = 500): string {
  return s.length > max ? `${s.slice(0, max)}…` : s
}

function readString(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const v = (value as Record<string, unknown>)[key]
  return typeof v === 'string' ? v : undefined
}

function httpStatusOf(err: unknown): number | undefined {
  return (err as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode
}

/** How many attempts the SDK's retry strategy made before giving up (1 when it did not say). */
function attemptsOf(err: unknown): number {
  return (err as { $metadata?: { attempts?: number } } | null)?.$metadata?.attempts ?? 1
}

/** Node's codes for a connection cut under a call, a failure the next attempt on a new socket may not meet. */
const CUT_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE'])

/**
 * Whether a call's connection was reset or broken (the peer, a proxy or the network cut it), as
 * opposed to an endpoint that stays silent: the SDK's handler names both `TimeoutError`, only the
 * errno tells them apart.
 */
export function isCutConnection(err: unknown): boolean {
  return CUT_CONNECTION_CODES.has(readString(err, 'code') ?? '')
}

/** Names emulators and AWS give an operation they do not have (never a Cognito refusal of a request). */
const UNSUPPORTED_NAMES = new Set([
  'UnknownOperationException',
  'InvalidAction',
  'UnsupportedError',
  'NotImplemented',
  'NotImplementedError',
  'NotImplementedException'
])
const UNSUPPORTED_TEXT =
  /not (yet )?(implemented|emulated)|unsupported (x-amz-target|operation|action|feature)|unknown operation|x-amz-target/i

/**
 * Whether an answer means the endpoint lacks the operation: a name or text saying so (cognito-local:
 * "Unsupported x-amz-target header", LocalStack: "not yet implemented"), or an HTTP 500/501 page that is
 * no AWS error at all (moto 5.2.1 answers every unimplemented action with an HTML 500).
 */
export function isUnsupportedOperation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null || err instanceof AppError) return false
  const name = readString(err, 'name') ?? ''
  if (UNSUPPORTED_NAMES.has(name)) return true
  const status = httpStatusOf(err)
  if (status === undefined || status < 400) return false
  const text = `${readString(err, 'message') ?? ''} ${readString(err, '$responseBodyText') ?? ''}`
  if (UNSUPPORTED_TEXT.test(text)) return true
  const notAwsError = name === 'SyntaxError' || /Deserialization|not valid JSON|parse error/i.test(text)
  return (status === 500 || status === 501) && notAwsError
}

/** The failure for an operation the endpoint lacks; not retryable, since asking again cannot help. */
export function unsupportedOperation(operation: string | undefined, err: unknown): AppError {
  const what = operation ?? 'this operation'
  const status = httpStatusOf(err)
  const said = readString(err, 'message') ?? ''
  return new AppError('UNSUPPORTED_OPERATION', `This endpoint does not offer ${what}.`, {
    name: 'UnsupportedOperation',
    hint: 'Emulators implement only part of Cognito; the operation works against AWS itself.',
    params: { operation: what },
    detail: truncate(`${status ? `HTTP ${status}: ` : ''}${said.split('\n')[0] ?? ''}`)
  })
}

/** Turns a zod failure into one readable sentence naming each field (at most five). */
export function describeZodError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.')
    return path ? `${path}: ${issue.message}` : issue.message
  })
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : ''
  return truncate(parts.join('; ') + more)
}

/**
 * Reduces anything thrown by a handler, the AWS SDK, a credential provider or the network to an
 * AppErrorShape: a code, a sentence and a hint. Never includes a stack trace.
 */
export function toAppError(err: unknown, ctx: ErrorContext = {}): AppErrorShape {
  if (err instanceof AppError) return err.toShape()
  if (err instanceof z.ZodError) {
    return { code: 'VALIDATION', name: 'ValidationError', message: describeZodError(err) }
  }
  const name = readString(err, 'name') ?? 'Error'
  const awsMessage = readString(err, 'message')
  const cause = typeof err === 'object' && err !== null ? (err as { cause?: unknown }).cause : undefined
  const errno = readString(err, 'code') ?? readString(cause, 'code')

  if (
    name === 'InvalidToken' ||
    name === 'InvalidNextTokenException' ||
    (name === 'InvalidParameterException' && /pagination|next ?token/i.test(awsMessage ?? ''))
  ) {
    return fromRule(PAGE_TOKEN, name, ctx, awsMessage)
  }
  const rule = rules[name]
  if (rule) {
    const shape = fromRule(rule, name, ctx, awsMessage)
    // The SDK repeats a write whose answer was lost: the conflict may be the first attempt's own doing.
    const attempts = attemptsOf(err)
    if (rule.code === 'ALREADY_EXISTS' && attempts > 1)
      shape.params = { ...shape.params, retriedWrite: attempts }
    return shape
  }

  if (name === 'CredentialsProviderError' || name === 'TokenProviderError') {
    const text = awsMessage ?? ''
    if (/sso/i.test(text)) {
      return {
        code: 'SSO_LOGIN_REQUIRED',
        name,
        message: 'The SSO session of this profile is missing or has expired.',
        hint: `Run: aws sso login --profile ${ctx.profile ?? '<profile>'}, then test the connection again.`,
        params: ctx.profile ? { profile: ctx.profile } : {}
      }
    }
    return {
      code: 'CREDENTIALS_MISSING',
      name,
      message: ctx.profile
        ? `No usable AWS credentials were found for profile ${ctx.profile}.`
        : 'No usable AWS credentials were found.',
      hint: 'Check the profile in ~/.aws/config and ~/.aws/credentials, or its credential_process.',
      detail: truncate(text),
      params: ctx.profile ? { profile: ctx.profile } : {}
    }
  }

  if (name === SILENT_ENDPOINT_ERROR) {
    return fromRule(
      {
        code: 'TIMEOUT',
        message: '{endpoint} accepted the connection but did not answer in time; the call was not repeated.',
        hint: 'Check that the endpoint is the service itself (not a proxy or a stopped emulator), then try again.',
        retryable: true
      },
      name,
      ctx,
      awsMessage
    )
  }
  // Before the timeout names: the SDK's handler relabels a reset or broken socket `TimeoutError`.
  const network = errno ? networkCodes[errno] : undefined
  if (errno && network) {
    const shape = fromRule(
      network,
      name === 'Error' || name === 'TimeoutError' ? errno : name,
      ctx,
      awsMessage
    )
    const attempts = attemptsOf(err)
    if (attempts > 1) shape.message += ` Tried ${attempts} times.`
    return shape
  }
  if (name === 'TimeoutError' || name === 'RequestTimeout' || name === 'RequestTimeoutException') {
    return fromRule(networkCodes.ETIMEDOUT as Rule, name, ctx, awsMessage)
  }

  if (isUnsupportedOperation(err)) return unsupportedOperation(undefined, err).toShape()
  const status = httpStatusOf(err)
  const isDeserialization =
    name === 'SyntaxError' || /Deserialization|Unexpected token|not valid JSON/i.test(awsMessage ?? '')
  if (
    isDeserialization ||
    (status !== undefined && status >= 300 && status !== 400 && !name.endsWith('Exception'))
  ) {
    return {
      code: 'ENDPOINT',
      name,
      message: `The endpoint answered, but not as the AWS service expected${status ? ` (HTTP ${status})` : ''}.`,
      hint: 'Check the connection’s endpoint URL: it should be the service’s base URL, e.g. http://127.0.0.1:5000.',
      detail: truncate(awsMessage ?? ''),
      retryable: status !== undefined && status >= 500
    }
  }
  if (name === 'AbortError') {
    return { code: 'CANCELLED', name, message: 'The operation was cancelled.' }
  }
  if (name.endsWith('Exception') && awsMessage) {
    return {
      code: 'INVALID_PARAMETER',
      name,
      message: 'Cognito refused the request.',
      detail: truncate(awsMessage)
    }
  }
  return {
    code: 'INTERNAL',
    name: 'InternalError',
    message: 'Something unexpected went wrong in the console.',
    hint: 'Try again; if it repeats, the detail helps a bug report.',
    detail: truncate(awsMessage ?? String(err))
  }
}
