import { z } from 'zod'
import { AppError, ERROR_CODES } from '@shared/errors'
import { describe, expect, it } from 'vitest'
import { isCutConnection, isUnsupportedOperation, toAppError } from '../../src/main/aws/errors'

/** An error as the SDK throws it: a name, a message, sometimes a cause with an errno code. */
function sdkError(name: string, message = '', extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, ...extra })
}

const ctx = { profile: 'prod-admin', endpoint: 'http://127.0.0.1:5000', region: 'ap-northeast-1' }

describe('toAppError', () => {
  it('explains network loss, a dead endpoint and a hanging one, each with what to do', () => {
    const refused = toAppError(sdkError('Error', 'connect ECONNREFUSED', { code: 'ECONNREFUSED' }), ctx)
    expect(refused).toMatchObject({ code: 'ENDPOINT', retryable: true })
    expect(refused.message).toContain('http://127.0.0.1:5000')
    expect(refused.hint).toMatch(/Start the emulator|correct the connection/)

    const reset = toAppError(sdkError('Error', 'socket hang up', { cause: { code: 'ECONNRESET' } }), ctx)
    expect(reset).toMatchObject({
      code: 'NETWORK',
      retryable: true,
      hint: expect.stringMatching(/Try again/)
    })

    // As the SDK's HTTP handler throws it: a reset socket relabelled TimeoutError, after five attempts.
    const cut = sdkError('TimeoutError', 'socket hang up', {
      code: 'ECONNRESET',
      $metadata: { attempts: 5, totalRetryDelay: 321 }
    })
    expect(isCutConnection(cut)).toBe(true)
    expect(toAppError(cut, ctx)).toMatchObject({
      code: 'NETWORK',
      name: 'ECONNRESET',
      retryable: true,
      message: 'The connection to http://127.0.0.1:5000 was cut. Tried 5 times.',
      hint: expect.stringMatching(/VPN or proxy/)
    })
    const broken = toAppError(sdkError('TimeoutError', 'write EPIPE', { code: 'EPIPE' }), ctx)
    expect(broken).toMatchObject({
      code: 'NETWORK',
      message: 'The connection to http://127.0.0.1:5000 was cut.'
    })
    // A silent endpoint's timeout carries no errno: it stays TIMEOUT, and is no cut connection.
    expect(isCutConnection(sdkError('TimeoutError', 'socket timed out'))).toBe(false)

    const dns = toAppError(sdkError('Error', 'getaddrinfo EAI_AGAIN', { code: 'EAI_AGAIN' }), {})
    expect(dns).toMatchObject({ code: 'NETWORK', hint: expect.stringMatching(/network connection/) })

    for (const name of ['TimeoutError', 'RequestTimeout']) {
      const hung = toAppError(sdkError(name, 'Connection timed out after 30000 ms'), ctx)
      expect(hung).toMatchObject({ code: 'TIMEOUT', retryable: true })
      expect(hung.message).toContain('did not answer in time')
    }
  })

  it('tells expired credentials, an ended SSO session and missing credentials apart', () => {
    const expired = toAppError(
      sdkError('ExpiredTokenException', 'The security token included in the request is expired'),
      ctx
    )
    expect(expired).toMatchObject({ code: 'CREDENTIALS_EXPIRED' })
    expect(expired.hint).toContain('aws sso login --profile prod-admin')

    const sso = toAppError(
      sdkError(
        'TokenProviderError',
        'The SSO session associated with this profile has expired or is otherwise invalid.'
      ),
      ctx
    )
    expect(sso).toMatchObject({ code: 'SSO_LOGIN_REQUIRED', params: { profile: 'prod-admin' } })
    expect(sso.hint).toBe('Run: aws sso login --profile prod-admin, then test the connection again.')

    const missing = toAppError(
      sdkError('CredentialsProviderError', 'Could not load credentials from any providers'),
      ctx
    )
    expect(missing).toMatchObject({ code: 'CREDENTIALS_MISSING' })
    expect(missing.message).toContain('prod-admin')

    expect(toAppError(sdkError('UnrecognizedClientException', 'bad key'), ctx)).toMatchObject({
      code: 'ACCESS_DENIED'
    })
    expect(
      toAppError(sdkError('AccessDeniedException', 'not allowed: cognito-idp:AdminDeleteUser'), ctx)
    ).toMatchObject({
      code: 'ACCESS_DENIED',
      detail: 'not allowed: cognito-idp:AdminDeleteUser'
    })
  })

  it('says a page token expired and to start the list again', () => {
    for (const error of [
      sdkError('InvalidToken', 'Invalid Token: Invalid token'),
      sdkError('InvalidParameterException', 'Pagination token expired'),
      sdkError('InvalidNextTokenException', 'The nextToken is not valid')
    ]) {
      const shape = toAppError(error, ctx)
      expect(shape).toMatchObject({
        code: 'INVALID_PARAMETER',
        hint: 'Load the list again from the first page.'
      })
      expect(shape.message).toContain('page token has expired')
    }
    // Other refusals of a value keep their own wording and detail.
    expect(toAppError(sdkError('InvalidParameterException', 'Username is required'), ctx)).toMatchObject({
      message: 'Cognito refused a value in the request.',
      detail: 'Username is required'
    })
  })

  it('names an operation the endpoint lacks, and leaves Cognito’s own refusals alone', () => {
    const localStack = sdkError('InternalFailure', 'API action not yet implemented', {
      $metadata: { httpStatusCode: 501 }
    })
    const unknownTarget = sdkError('UnknownOperationException', '', { $metadata: { httpStatusCode: 400 } })
    const sts = sdkError('Error', 'XML parse error', {
      $metadata: { httpStatusCode: 400 },
      $responseBodyText: '{"message":"Missing x-amz-target header"}'
    })
    for (const e of [localStack, unknownTarget, sts]) {
      expect(toAppError(e, ctx)).toMatchObject({
        code: 'UNSUPPORTED_OPERATION',
        name: 'UnsupportedOperation'
      })
      expect(isUnsupportedOperation(e)).toBe(true)
    }
    // Real Cognito answers these for a disabled feature or a bad value: they are not a missing operation.
    const revokeOff = sdkError('UnsupportedOperationException', 'Token revocation is not enabled', {
      $metadata: { httpStatusCode: 400 }
    })
    const htmlOk = sdkError('SyntaxError', 'Unexpected token <', { $metadata: { httpStatusCode: 200 } })
    expect(isUnsupportedOperation(revokeOff)).toBe(false)
    expect(toAppError(htmlOk, ctx).code).toBe('ENDPOINT')
  })

  it('says a setting needs another feature plan, and where to change it', () => {
    const lite = sdkError(
      'FeatureUnavailableInTierException',
      'Log delivery of user activity requires PLUS',
      {
        $metadata: { httpStatusCode: 400 }
      }
    )
    expect(toAppError(lite, ctx)).toMatchObject({
      code: 'PRECONDITION',
      message: 'The pool’s feature plan does not include this.',
      hint: expect.stringContaining('Plus plan'),
      detail: expect.stringContaining('requires PLUS')
    })
  })

  it('explains an operation a replica refuses and sends the person to the primary', () => {
    const replica = sdkError('OperationNotEnabledException', 'Operation not enabled in replica region', {
      $metadata: { httpStatusCode: 400 }
    })
    expect(toAppError(replica, ctx)).toMatchObject({
      code: 'OPERATION_NOT_ENABLED',
      name: 'OperationNotEnabledException',
      message: expect.stringContaining('replica of a multi-Region pool'),
      hint: expect.stringContaining('primary pool'),
      detail: 'Operation not enabled in replica region'
    })
  })

  it('marks a conflict after a repeated write: the first attempt may have made it', () => {
    const exists = (attempts: number) =>
      toAppError(
        sdkError('UsernameExistsException', 'User account already exists', { $metadata: { attempts } }),
        ctx
      )
    expect(exists(1)).toMatchObject({ code: 'ALREADY_EXISTS' })
    expect(exists(1).params?.['retriedWrite']).toBeUndefined()
    expect(exists(3)).toMatchObject({ code: 'ALREADY_EXISTS', params: { retriedWrite: 3 } })
    // A repeated read or a refusal other than a conflict says nothing of the kind.
    const denied = toAppError(sdkError('NotAuthorizedException', 'no', { $metadata: { attempts: 3 } }), ctx)
    expect(denied.params?.['retriedWrite']).toBeUndefined()
  })

  it('marks throttles retryable', () => {
    expect(toAppError(sdkError('TooManyRequestsException', 'Rate exceeded'))).toMatchObject({
      code: 'THROTTLED',
      retryable: true
    })
  })

  it('never carries a stack trace, an exception class or an unbounded message across IPC', () => {
    const error = new TypeError(`boom ${'x'.repeat(5000)}`)
    const shape = toAppError(error)
    expect(shape.code).toBe('INTERNAL')
    expect(JSON.stringify(shape)).not.toMatch(/\bat .+\(.*:\d+:\d+\)|\.ts:\d+/)
    expect((shape.detail ?? '').length).toBeLessThanOrEqual(501)
    expect(Object.keys(shape).sort()).toEqual(['code', 'detail', 'hint', 'message', 'name'])
    expect(toAppError('a string was thrown').code).toBe('INTERNAL')
    expect(toAppError(null).code).toBe('INTERNAL')
    expect(toAppError(undefined).code).toBe('INTERNAL')
  })

  it('keeps an AppError as thrown and names zod fields', () => {
    expect(toAppError(new AppError('READ_ONLY', 'nothing was changed', { hint: 'turn it off' }))).toEqual({
      code: 'READ_ONLY',
      name: 'READ_ONLY',
      message: 'nothing was changed',
      hint: 'turn it off'
    })
    const zod = z.strictObject({ poolId: z.string() }).safeParse({ poolId: 1 })
    expect(zod.success).toBe(false)
    if (!zod.success) expect(toAppError(zod.error).message).toMatch(/^poolId: /)
  })

  it('maps every failure to a known code', () => {
    const samples = [
      sdkError('UserNotFoundException'),
      sdkError('Weird', 'x', { $metadata: { httpStatusCode: 502 } }),
      sdkError('SyntaxError', 'Unexpected token < in JSON'),
      sdkError('AbortError', 'aborted'),
      sdkError('NotImplementedError', 'not yet implemented'),
      sdkError('SomethingNewException', 'new')
    ]
    for (const s of samples) expect(ERROR_CODES).toContain(toAppError(s, ctx).code)
  })
})
