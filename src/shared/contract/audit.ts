import { z } from 'zod'
import { local, query } from './define'
import type { FileSaveResult } from './users'
import { strict, text } from '../schemas'
import type { ErrorCode } from '../errors'

/** A JSON value as it is stored in the audit log (parameters after redaction). */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue }

/** One mutating call: who made it, where, what it asked for (secrets redacted) and how it ended. */
export interface AuditEntry {
  id: string
  /** ISO 8601, UTC. */
  time: string
  connectionId: string
  connectionName: string
  /** The AWS profile, or `environment` for keys from the environment. */
  profile: string
  /** The IAM identity the connection signs as (STS GetCallerIdentity), when it could be learnt. */
  callerArn?: string
  account?: string
  region: string
  endpoint?: string
  /** `cognito-idp`, `cognito-identity`, `iam`, `sts`, or `console` for a refusal before any AWS call. */
  service: string
  /** The AWS operation (e.g. `AdminDeleteUser`) or, for a refusal, the console channel. */
  operation: string
  /** User pool or identity pool id. */
  poolId?: string
  /** The user, group, app client or other resource the call was about. */
  target?: string
  parameters: AuditValue
  result: 'ok' | 'error'
  error?: { code: ErrorCode; name: string; message: string }
  /** The connection broke or timed out after the request was sent: AWS may have applied it. */
  uncertain?: boolean
  durationMs?: number
}

export const AUDIT_RESULTS = ['all', 'ok', 'error'] as const
export const AUDIT_EXPORT_FORMATS = ['jsonl', 'csv'] as const

const filterFields = {
  /** Matches operation, target, pool, caller, connection and error text (case-insensitive). */
  text: text(200).optional(),
  operation: text(128).optional(),
  result: z.enum(AUDIT_RESULTS).default('all'),
  poolId: text(128).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional()
}

export const auditListSchema = strict({
  ...filterFields,
  limit: z.number().int().min(1).max(1000).default(200)
})

export const auditExportSchema = strict({ ...filterFields, format: z.enum(AUDIT_EXPORT_FORMATS) })

export type AuditFilter = z.input<typeof auditListSchema>
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number]

export interface AuditPage {
  /** Newest first, at most `limit`. */
  entries: AuditEntry[]
  /** How many entries match the filter. */
  matched: number
  /** How many entries the log holds. */
  total: number
  /** Every operation in the log, for the filter. */
  operations: string[]
  /** Where the log lives on disk. */
  file: string
  /** Records that could not be written since the app started (disk full, folder not writable). */
  unwritten: number
}

export const auditContract = {
  list: query(auditListSchema).returns<AuditPage>(),
  /** Writes the matching records to a file the person picks in a save dialog. */
  export: local(auditExportSchema).returns<FileSaveResult>()
}
