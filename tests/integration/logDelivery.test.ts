import type {
  LogConfigurationType,
  SetLogDeliveryConfigurationCommandInput
} from '@aws-sdk/client-cognito-identity-provider'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { createHarness, type Harness } from '../support/harness'
import { answerLogDelivery } from '../support/log-delivery-answers'
import { plainPool } from '../support/pool-input'

const run = Date.now().toString(36)
let h: Harness
let poolId: string
let region: string
let stops: (() => void)[] = []
let sent: SetLogDeliveryConfigurationCommandInput[] = []

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  poolId = (await h.ok('pools', 'create', plainPool(`logs-${run}`))).id
  region = poolId.split('_')[0] ?? ''
})
afterAll(() => h?.dispose())
afterEach(() => {
  for (const stop of stops) stop()
  stops = []
})

// moto 5.2.1 implements neither GetLogDeliveryConfiguration nor SetLogDeliveryConfiguration: both are
// answered inside the connection's client (SDK-typed, after the audit observer). The pool is moto's.
function answerLogs(initial: LogConfigurationType[]): void {
  const answers = answerLogDelivery(h.ctx.connections.active().clients.idp, poolId, initial)
  sent = answers.sent
  stops.push(answers.stop)
}

describe('log delivery of a user pool', () => {
  it('reads each source with its destination and sends exactly the entries kept', async () => {
    const group = `arn:aws:logs:${region}:123456789012:log-group:/aws/cognito/errors`
    answerLogs([
      {
        EventSource: 'userNotification',
        LogLevel: 'ERROR',
        CloudWatchLogsConfiguration: { LogGroupArn: group }
      }
    ])
    expect(await h.ok('logDelivery', 'get', { poolId })).toEqual({
      poolId,
      entries: [
        { eventSource: 'userNotification', logLevel: 'ERROR', destination: 'cloudWatchLogs', arn: group }
      ]
    })
    const result = await h.ok('logDelivery', 'set', {
      poolId,
      entries: [
        { eventSource: 'userNotification', logLevel: 'ERROR', destination: 'cloudWatchLogs', arn: group },
        {
          eventSource: 'userAuthEvents',
          logLevel: 'INFO',
          destination: 's3',
          arn: 'arn:aws:s3:::auth-events-logs'
        }
      ]
    })
    expect(sent).toEqual([
      {
        UserPoolId: poolId,
        LogConfigurations: [
          {
            EventSource: 'userNotification',
            LogLevel: 'ERROR',
            CloudWatchLogsConfiguration: { LogGroupArn: group }
          },
          {
            EventSource: 'userAuthEvents',
            LogLevel: 'INFO',
            S3Configuration: { BucketArn: 'arn:aws:s3:::auth-events-logs' }
          }
        ]
      }
    ])
    expect(result.entries).toHaveLength(2)
    await h.ctx.audit.flush()
    const log = await h.ok('audit', 'list', { operation: 'SetLogDeliveryConfiguration' })
    expect(log.entries[0]).toMatchObject({ result: 'ok', poolId })
  })

  it('refuses a Firehose stream in another Region and message errors sent to S3, before any call', async () => {
    answerLogs([])
    const elsewhere = await h.call('logDelivery', 'set', {
      poolId,
      entries: [
        {
          eventSource: 'userAuthEvents',
          logLevel: 'INFO',
          destination: 'firehose',
          arn: 'arn:aws:firehose:xx-east-9:123456789012:deliverystream/events'
        }
      ]
    })
    expect(elsewhere).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', params: { reason: 'arnOtherRegion', expected: region } }
    })
    const s3 = await h.call('logDelivery', 'set', {
      poolId,
      entries: [
        { eventSource: 'userNotification', logLevel: 'ERROR', destination: 's3', arn: 'arn:aws:s3:::b-logs' }
      ]
    })
    expect(s3).toMatchObject({ ok: false, error: { params: { reason: 'destinationNotAllowed' } } })
    expect(sent).toEqual([])
  })

  it('stops all delivery with an empty list, and a read-only connection cannot change it', async () => {
    answerLogs([
      {
        EventSource: 'userAuthEvents',
        LogLevel: 'INFO',
        FirehoseConfiguration: {
          StreamArn: `arn:aws:firehose:${region}:123456789012:deliverystream/events`
        }
      }
    ])
    expect((await h.ok('logDelivery', 'get', { poolId })).entries).toEqual([
      {
        eventSource: 'userAuthEvents',
        logLevel: 'INFO',
        destination: 'firehose',
        arn: `arn:aws:firehose:${region}:123456789012:deliverystream/events`
      }
    ])
    expect(await h.ok('logDelivery', 'set', { poolId, entries: [] })).toEqual({ poolId, entries: [] })
    expect(sent).toEqual([{ UserPoolId: poolId, LogConfigurations: [] }])
    const ro = await createHarness({ endpoint: inject('motoEndpoint'), readOnly: true })
    try {
      expect(await ro.call('logDelivery', 'set', { poolId, entries: [] })).toMatchObject({
        ok: false,
        error: { code: 'READ_ONLY' }
      })
    } finally {
      ro.dispose()
    }
  })

  it('says plainly when the endpoint has no log delivery', async () => {
    const result = await h.call('logDelivery', 'get', { poolId })
    expect(result).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED_OPERATION' } })
  })
})
