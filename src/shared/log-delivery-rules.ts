import { z } from 'zod'
import { checkLogDestinationArn, LOG_DESTINATIONS, type ArnProblem, type LogDestination } from './arns'

/**
 * Log delivery of a user pool (SetLogDeliveryConfiguration): which events go where, and the pairings
 * Cognito accepts, checked once here so the form and main refuse the same settings for the same reason.
 */

export const LOG_EVENT_SOURCES = ['userNotification', 'userAuthEvents'] as const
export type LogEventSource = (typeof LOG_EVENT_SOURCES)[number]
export const LOG_LEVELS = ['ERROR', 'INFO'] as const

/**
 * What each source allows: message delivery errors go at ERROR level to CloudWatch Logs only; threat
 * protection's user activity (Plus plan) goes at INFO level to any of the three destinations.
 */
export const SOURCE_RULES: Record<
  LogEventSource,
  { level: (typeof LOG_LEVELS)[number]; destinations: readonly LogDestination[]; needsPlus: boolean }
> = {
  userNotification: { level: 'ERROR', destinations: ['cloudWatchLogs'], needsPlus: false },
  userAuthEvents: { level: 'INFO', destinations: LOG_DESTINATIONS, needsPlus: true }
}

export const logDeliveryEntrySchema = z.strictObject({
  eventSource: z.enum(LOG_EVENT_SOURCES),
  logLevel: z.enum(LOG_LEVELS),
  destination: z.enum(LOG_DESTINATIONS),
  arn: z.string().max(2048)
})
export type LogDeliveryEntry = z.output<typeof logDeliveryEntrySchema>

export type LogDeliveryProblem =
  | { field: string; code: 'sourceTwice'; params: { source: LogEventSource } }
  | { field: string; code: 'levelNotAllowed'; params: { source: LogEventSource; level: string } }
  | { field: string; code: 'destinationNotAllowed'; params: { source: LogEventSource; destination: string } }
  | { field: string; code: 'arnRequired'; params: { source: LogEventSource } }
  | { field: string; code: 'needsPlus'; params: { source: LogEventSource; plan: string } }
  | (ArnProblem & { field: string })

/**
 * What keeps the entries from being saved on a pool in `region`; empty when they can be saved. The
 * pool's feature plan is checked when known (`plan`); otherwise Cognito refuses a source it needs.
 */
export function logDeliveryProblems(
  entries: readonly LogDeliveryEntry[],
  region: string,
  plan?: string
): LogDeliveryProblem[] {
  const problems: LogDeliveryProblem[] = []
  const seen = new Set<LogEventSource>()
  for (const entry of entries) {
    const source = entry.eventSource
    const field = `${source}.arn`
    const rule = SOURCE_RULES[source]
    if (seen.has(source)) problems.push({ field: source, code: 'sourceTwice', params: { source } })
    seen.add(source)
    if (rule.needsPlus && plan && plan !== 'PLUS')
      problems.push({ field: source, code: 'needsPlus', params: { source, plan } })
    if (entry.logLevel !== rule.level)
      problems.push({ field: source, code: 'levelNotAllowed', params: { source, level: entry.logLevel } })
    if (!rule.destinations.includes(entry.destination))
      problems.push({
        field: source,
        code: 'destinationNotAllowed',
        params: { source, destination: entry.destination }
      })
    if (!entry.arn) problems.push({ field, code: 'arnRequired', params: { source } })
    else {
      const arn = checkLogDestinationArn(entry.destination, entry.arn, region)
      if (arn) problems.push({ ...arn, field })
    }
  }
  return problems
}
