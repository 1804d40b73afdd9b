import { describe, expect, it } from 'vitest'
import { checkLogDestinationArn } from '@shared/arns'
import { logDeliveryProblems } from '@shared/log-delivery-rules'

describe('log destinations', () => {
  const r = 'eu-west-1'

  it('takes a log group and a stream in the pool’s Region and any S3 bucket', () => {
    expect(
      checkLogDestinationArn('cloudWatchLogs', `arn:aws:logs:${r}:123456789012:log-group:/aws/cognito/x`, r)
    ).toBeNull()
    expect(
      checkLogDestinationArn('firehose', `arn:aws:firehose:${r}:123456789012:deliverystream/s-1`, r)
    ).toBeNull()
    expect(checkLogDestinationArn('s3', 'arn:aws:s3:::my-logs', r)).toBeNull()
  })

  it('refuses a bucket ARN with a Region, a log group elsewhere and a stream given as a log group', () => {
    expect(checkLogDestinationArn('s3', `arn:aws:s3:${r}:123456789012:my-logs`, r)).toEqual({
      code: 'arnMalformed',
      params: { example: 'arn:aws:s3:::my-cognito-logs' }
    })
    expect(
      checkLogDestinationArn('cloudWatchLogs', 'arn:aws:logs:us-east-1:123456789012:log-group:x', r)
    ).toEqual({ code: 'arnOtherRegion', params: { region: 'us-east-1', expected: r } })
    expect(
      checkLogDestinationArn('cloudWatchLogs', `arn:aws:firehose:${r}:123456789012:deliverystream/s`, r)?.code
    ).toBe('arnMalformed')
  })
})

describe('log delivery entries', () => {
  it('keeps message errors at ERROR to CloudWatch Logs, each source once, with an ARN', () => {
    const codes = logDeliveryProblems(
      [
        { eventSource: 'userNotification', logLevel: 'INFO', destination: 'firehose', arn: '' },
        { eventSource: 'userNotification', logLevel: 'ERROR', destination: 'cloudWatchLogs', arn: 'x' }
      ],
      'eu-west-1'
    ).map((p) => p.code)
    expect(codes).toEqual([
      'levelNotAllowed',
      'destinationNotAllowed',
      'arnRequired',
      'sourceTwice',
      'arnMalformed'
    ])
  })

  it('refuses user activity logs on a pool below the Plus plan, and lets them through when the plan is unknown', () => {
    const entry = {
      eventSource: 'userAuthEvents',
      logLevel: 'INFO',
      destination: 's3',
      arn: 'arn:aws:s3:::auth-logs'
    } as const
    expect(logDeliveryProblems([entry], 'eu-west-1', 'ESSENTIALS')).toEqual([
      { field: 'userAuthEvents', code: 'needsPlus', params: { source: 'userAuthEvents', plan: 'ESSENTIALS' } }
    ])
    expect(logDeliveryProblems([entry], 'eu-west-1', 'PLUS')).toEqual([])
    expect(logDeliveryProblems([entry], 'eu-west-1')).toEqual([])
  })
})
