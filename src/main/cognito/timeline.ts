import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type { AuditEntry } from '@shared/contract/audit'
import type { JobReport } from '@shared/contract/jobs'
import type { UserTimeline } from '@shared/contract/timeline'
import { lastSeen, mergeTimeline, type TimelineEntry } from '@shared/timeline'
import { getUserRow, listAuthEvents, type UserRef } from './user-actions'

/** What this console itself knows about the pool: its audit records and this session's bulk jobs. */
export interface ConsoleRecords {
  audit: readonly AuditEntry[]
  jobs: readonly JobReport[]
}

function auditEntries(
  records: readonly AuditEntry[],
  poolId: string,
  usernames: Set<string>
): TimelineEntry[] {
  return records
    .filter((e) => e.poolId === poolId && e.target !== undefined && usernames.has(e.target))
    .map((e) => ({
      at: e.time,
      kind: 'audit',
      key: `audit-${e.id}`,
      audit: {
        operation: e.operation,
        result: e.result,
        connection: e.connectionName,
        ...(e.error ? { errorCode: e.error.code } : {}),
        ...(e.callerArn ? { caller: e.callerArn } : {})
      }
    }))
}

function jobEntries(reports: readonly JobReport[], poolId: string, usernames: Set<string>): TimelineEntry[] {
  return reports
    .filter((r) => r.summary.poolId === poolId)
    .flatMap((r) =>
      r.items
        .filter((i) => usernames.has(i.username) && i.outcome !== 'pending')
        .map((i): TimelineEntry => ({
          at: i.at ?? r.summary.createdAt,
          kind: 'job',
          key: `job-${r.summary.jobId}-${i.username}`,
          job: {
            jobId: r.summary.jobId,
            kind: r.summary.kind,
            description: r.summary.description,
            outcome: i.outcome
          }
        }))
    )
}

/**
 * One list of what happened to a user: created and last modified, Cognito's auth events (with risk
 * and feedback), this console's audit records of changes to them, and the bulk-job steps that touched them.
 */
export async function userTimeline(
  idp: CognitoIdentityProviderClient,
  ref: UserRef,
  records: ConsoleRecords
): Promise<UserTimeline> {
  const [user, events] = await Promise.all([getUserRow(idp, ref), listAuthEvents(idp, ref)])
  // Records may name the user by the alias they were addressed with, or by their real username.
  const names = new Set([ref.username, user.username])
  const account: TimelineEntry[] = [
    { at: user.created, kind: 'account', key: 'created', account: 'created' },
    ...(user.modified && user.modified !== user.created
      ? [{ at: user.modified, kind: 'account' as const, key: 'modified', account: 'modified' as const }]
      : [])
  ]
  const auth: TimelineEntry[] = events.available
    ? events.items.map((e) => ({ at: e.created, kind: 'authEvent', key: `event-${e.id}`, authEvent: e }))
    : []
  const seen = events.available ? lastSeen(events.items) : undefined
  return {
    username: user.username,
    entries: mergeTimeline(
      account,
      auth,
      auditEntries(records.audit, ref.poolId, names),
      jobEntries(records.jobs, ref.poolId, names)
    ),
    authEvents: events.available ? { available: true } : { available: false, reason: events.reason },
    ...(seen ? { lastSeen: seen } : {})
  }
}
