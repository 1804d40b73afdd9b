import {
  GetLogDeliveryConfigurationCommand,
  SetLogDeliveryConfigurationCommand,
  type CognitoIdentityProviderClient,
  type LogConfigurationType,
  type LogDeliveryConfigurationType
} from '@aws-sdk/client-cognito-identity-provider'
import { regionOfPool } from '@shared/arns'
import type { PoolLogDelivery } from '@shared/contract/logDelivery'
import { AppError } from '@shared/errors'
import {
  logDeliveryProblems,
  type LogDeliveryEntry,
  type LogDeliveryProblem
} from '@shared/log-delivery-rules'

type Idp = CognitoIdentityProviderClient

/** One of Cognito's log configurations as an entry; one without a source or destination is left out. */
function entryOf(config: LogConfigurationType): LogDeliveryEntry[] {
  if (!config.EventSource || !config.LogLevel) return []
  const base = { eventSource: config.EventSource, logLevel: config.LogLevel }
  if (config.CloudWatchLogsConfiguration?.LogGroupArn)
    return [{ ...base, destination: 'cloudWatchLogs', arn: config.CloudWatchLogsConfiguration.LogGroupArn }]
  if (config.S3Configuration?.BucketArn)
    return [{ ...base, destination: 's3', arn: config.S3Configuration.BucketArn }]
  if (config.FirehoseConfiguration?.StreamArn)
    return [{ ...base, destination: 'firehose', arn: config.FirehoseConfiguration.StreamArn }]
  return []
}

function configOf(entry: LogDeliveryEntry): LogConfigurationType {
  const config: LogConfigurationType = { EventSource: entry.eventSource, LogLevel: entry.logLevel }
  if (entry.destination === 'cloudWatchLogs') config.CloudWatchLogsConfiguration = { LogGroupArn: entry.arn }
  else if (entry.destination === 's3') config.S3Configuration = { BucketArn: entry.arn }
  else config.FirehoseConfiguration = { StreamArn: entry.arn }
  return config
}

/** Cognito's log configurations as the entries the console edits. */
export const logEntriesOf = (configs: readonly LogConfigurationType[]): LogDeliveryEntry[] =>
  configs.flatMap(entryOf)

/** The entries as Cognito's log configurations, the shape a pool snapshot keeps. */
export const logConfigurationsOf = (entries: readonly LogDeliveryEntry[]): LogConfigurationType[] =>
  entries.map(configOf)

function deliveryOf(
  poolId: string,
  configuration: LogDeliveryConfigurationType | undefined
): PoolLogDelivery {
  return { poolId, entries: logEntriesOf(configuration?.LogConfigurations ?? []) }
}

export async function getLogDelivery(idp: Idp, poolId: string): Promise<PoolLogDelivery> {
  const { LogDeliveryConfiguration } = await idp.send(
    new GetLogDeliveryConfigurationCommand({ UserPoolId: poolId })
  )
  return deliveryOf(poolId, LogDeliveryConfiguration)
}

/** The English sentence of a refused entry; the renderer words the same code itself. */
function refusal(problem: LogDeliveryProblem): AppError {
  const sentence: Record<LogDeliveryProblem['code'], string> = {
    sourceTwice: 'An event source is given twice.',
    levelNotAllowed: 'This event source is not logged at that level.',
    destinationNotAllowed: 'This event source cannot be delivered there.',
    arnRequired: 'A log destination needs its ARN.',
    needsPlus: 'User activity logs need the Plus feature plan.',
    arnMalformed: 'The destination ARN is not valid.',
    arnOtherRegion: 'The destination is in another Region than the pool.'
  }
  return new AppError('VALIDATION', sentence[problem.code], {
    params: { reason: problem.code, field: problem.field, ...problem.params },
    hint: 'Correct the field named in the form and review again.'
  })
}

export async function setLogDelivery(
  idp: Idp,
  poolId: string,
  entries: LogDeliveryEntry[]
): Promise<PoolLogDelivery> {
  const problem = logDeliveryProblems(entries, regionOfPool(poolId))[0]
  if (problem) throw refusal(problem)
  const sent = { UserPoolId: poolId, LogConfigurations: logConfigurationsOf(entries) }
  const { LogDeliveryConfiguration } = await idp.send(new SetLogDeliveryConfigurationCommand(sent))
  // Cognito answers with what it applied; an answer without it means what was sent.
  return deliveryOf(poolId, LogDeliveryConfiguration ?? sent)
}
