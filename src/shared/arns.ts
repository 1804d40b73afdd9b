/**
 * ARNs a person types or picks (Lambda functions, KMS keys, SES identities): parsed and checked once
 * here, so the form, main and the tests refuse the same values for the same reason.
 */

export interface ParsedArn {
  partition: string
  service: string
  region: string
  account: string
  resource: string
}

const ARN = /^arn:(aws[\w-]*):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|):(.+)$/

export function parseArn(value: string): ParsedArn | null {
  const match = ARN.exec(value.trim())
  if (!match) return null
  const [, partition = '', service = '', region = '', account = '', resource = ''] = match
  return { partition, service, region, account, resource }
}

/** The Region a user pool lives in, from its id (`ap-northeast-1_AbC123`). */
export function regionOfPool(poolId: string): string {
  return poolId.split('_')[0] ?? ''
}

/** The pool a user pool's or identity pool's ARN names (TagResource and its kin name pools by ARN). */
export function poolOfArn(value: string): string | undefined {
  const arn = parseArn(value)
  if (!arn || !arn.service.startsWith('cognito-')) return undefined
  return /^(?:userpool|identitypool)\/(.+)$/.exec(arn.resource)?.[1]
}

/** Why an ARN cannot be used; the screens word each code, `params` fill in the specifics. */
export type ArnProblem =
  | { code: 'arnMalformed'; params: { example: string } }
  | { code: 'arnOtherRegion'; params: { region: string; expected: string } }

/**
 * Checks that `value` is an ARN of `service` whose resource matches `resource`, in `region`
 * (Cognito calls functions, keys and identities only in the pool's own Region).
 */
export function checkRegionalArn(
  value: string,
  expect: { service: string; resource: RegExp; region: string; example: string }
): ArnProblem | null {
  const arn = parseArn(value)
  if (!arn || arn.service !== expect.service || !arn.account || !expect.resource.test(arn.resource))
    return { code: 'arnMalformed', params: { example: expect.example } }
  if (arn.region !== expect.region)
    return { code: 'arnOtherRegion', params: { region: arn.region, expected: expect.region } }
  return null
}

/**
 * A custom domain's certificate: an ACM certificate in us-east-1, whatever the pool's Region, since
 * Cognito serves the domain through CloudFront.
 */
export function checkCertificateArn(value: string): ArnProblem | null {
  return checkRegionalArn(value, {
    service: 'acm',
    resource: /^certificate\/[\w-]+$/,
    region: 'us-east-1',
    example: 'arn:aws:acm:us-east-1:123456789012:certificate/abcd1234-…'
  })
}

/** An IAM role a service assumes (a CloudWatch Logs role): IAM is global, so the ARN names no Region. */
export function checkRoleArn(value: string): Extract<ArnProblem, { code: 'arnMalformed' }> | null {
  const arn = parseArn(value)
  if (
    !arn ||
    arn.service !== 'iam' ||
    arn.region !== '' ||
    !arn.account ||
    !/^role\/[\w+=,.@\-/]{1,512}$/.test(arn.resource)
  )
    return { code: 'arnMalformed', params: { example: 'arn:aws:iam::123456789012:role/CognitoImportLogs' } }
  return null
}

/** Where Cognito delivers a pool's logs: a CloudWatch Logs group, an S3 bucket or a Firehose stream. */
export const LOG_DESTINATIONS = ['cloudWatchLogs', 's3', 'firehose'] as const
export type LogDestination = (typeof LOG_DESTINATIONS)[number]

/**
 * Checks a log destination's ARN: a log group or Firehose stream in the pool's Region, or an S3 bucket
 * (bucket ARNs name no Region or account).
 */
export function checkLogDestinationArn(
  destination: LogDestination,
  value: string,
  region: string
): ArnProblem | null {
  if (destination === 's3') {
    const arn = parseArn(value)
    const bucket = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
    return arn && arn.service === 's3' && !arn.region && !arn.account && bucket.test(arn.resource)
      ? null
      : { code: 'arnMalformed', params: { example: 'arn:aws:s3:::my-cognito-logs' } }
  }
  return destination === 'cloudWatchLogs'
    ? checkRegionalArn(value, {
        service: 'logs',
        resource: /^log-group:[\w/.#-]{1,512}(:\*)?$/,
        region,
        example: `arn:aws:logs:${region}:123456789012:log-group:/aws/cognito/my-pool`
      })
    : checkRegionalArn(value, {
        service: 'firehose',
        resource: /^deliverystream\/[\w.-]{1,64}$/,
        region,
        example: `arn:aws:firehose:${region}:123456789012:deliverystream/my-stream`
      })
}

/**
 * An identity pool's ARN (TagResource and its kin name it so): its Region is the id's prefix, the
 * partition and account are the caller's.
 */
export function identityPoolArn(identityPoolId: string, callerArn: string): string {
  const caller = parseArn(callerArn)
  const region = identityPoolId.split(':')[0] ?? ''
  return `arn:${caller?.partition ?? 'aws'}:cognito-identity:${region}:${caller?.account ?? ''}:identitypool/${identityPoolId}`
}
