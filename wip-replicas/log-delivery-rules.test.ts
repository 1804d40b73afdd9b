import { describe, expect, it } from 'vitest'
import { checkLogDestinationArn } from '@shared/arns'
import { logDeliveryProblems } from '@shared/log-delivery-rules'
import { replicaProblem } from '@shared/replica-rules'

describe('log destinations', () => {
  it('takes a log group and a stream in the pool’s Region and any S3 bucket', () => {
    const r = 'eu-west-1'
    expect(checkLogDestinationArn('cloudWatchLogs', `arn:aws:logs:${r}:123456789012:log-group:/aws/cognito/x`, r)).toBeNull()
    expect(checkLogDestinationArn('firehose', `arn:aws:firehose:${r}:123456789012:deliverystream/s-1`, r)).toBeNull()
    expect(checkLogDestinationArn('s3', 'arn:aws:s3:::my-logs', r)).toBeNull()
    expect(checkLogDestinationArn('s3', 'arn:aws:s3:eu-west-1:123456789012:my-logs', r)?.code).toBe('arnMalformed')
    expect(checkLogDestinationArn('cloudWatchLogs', 'arn:aws:logs:us-east-1:123456789012:log-group:x', r)).toEqual({
      code: 'arnOtherRegion',
      params: { region: 'us-east-1', expected: r }
    })
  })

  it('keeps message errors at ERROR to CloudWatch Logs and each source once', () => {
    const codes = logDeliveryProblems(
      [
        { eventSource: 'userNotification', logLevel: 'INFO', destination: 'firehose', arn: '' },
        { eventSource: 'userNotification', logLevel: 'ERROR', destination: 'cloudWatchLogs', arn: 'x' }
      ],
      'eu-west-1'
    ).map((p) => p.code)
    expect(codes).toEqual(['levelNotAllowed', 'destinationNotAllowed', 'arnRequired', 'sourceTwice', 'arnMalformed'])
  })
})

describe('replica Regions', () => {
  it('refuses the primary’s own Region, a Region already replicated and a malformed code', () => {
    expect(replicaProblem('eu-west-1', 'eu-west-1', [])?.code).toBe('primaryRegion')
    expect(replicaProblem('ap-south-1', 'eu-west-1', ['ap-south-1'])?.code).toBe('alreadyReplica')
    expect(replicaProblem('mars-1', 'eu-west-1', [])?.code).toBe('regionInvalid')
    expect(replicaProblem('ap-south-1', 'eu-west-1', [])).toBeNull()
  })
})
