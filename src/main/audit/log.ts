import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AuditEntry, AuditExportFormat, AuditPage, auditListSchema } from '@shared/contract/audit'
import type { z } from 'zod'
import { toCsv } from '../files/csv'
import { appendPrivateFileSync } from '../files/private-files'

const AUDIT_FILE = 'audit.jsonl'

export type AuditQuery = Omit<z.output<typeof auditListSchema>, 'limit'>

/** The matching records rendered for a file. */
export interface AuditExport {
  filename: string
  content: string
  count: number
}

function matches(entry: AuditEntry, filter: AuditQuery): boolean {
  if (filter.result !== 'all' && entry.result !== filter.result) return false
  if (filter.operation && entry.operation !== filter.operation) return false
  if (filter.poolId && entry.poolId !== filter.poolId) return false
  if (filter.from && entry.time < new Date(filter.from).toISOString()) return false
  if (filter.to && entry.time > new Date(filter.to).toISOString()) return false
  if (filter.text) {
    const needle = filter.text.toLowerCase()
    const haystack = [
      entry.operation,
      entry.target,
      entry.poolId,
      entry.callerArn,
      entry.connectionName,
      entry.profile,
      entry.error?.code,
      entry.error?.message
    ]
    if (!haystack.some((v) => v?.toLowerCase().includes(needle))) return false
  }
  return true
}

const CSV_COLUMNS = [
  'time',
  'result',
  'operation',
  'target',
  'poolId',
  'region',
  'account',
  'callerArn',
  'profile',
  'connectionName',
  'errorCode',
  'errorMessage',
  'durationMs',
  'parameters'
] as const

/**
 * The append-only audit log: one JSON object per line in the app's data folder. Lines are appended
 * synchronously so a record is on disk before the call that made it returns to the screen.
 */
export class AuditLog {
  readonly file: string

  constructor(readonly dir: string) {
    this.file = join(dir, AUDIT_FILE)
  }

  append(entry: AuditEntry): void {
    appendPrivateFileSync(this.file, `${JSON.stringify(entry)}\n`)
  }

  /** Every readable record, oldest first; a damaged line is skipped rather than hiding the rest. */
  read(): AuditEntry[] {
    if (!existsSync(this.file)) return []
    const entries: AuditEntry[] = []
    for (const line of readFileSync(this.file, 'utf8').split('\n')) {
      if (!line.trim()) continue
      try {
        entries.push(JSON.parse(line) as AuditEntry)
      } catch {
        // A line cut short by a crash mid-write; the next ones are intact.
      }
    }
    return entries
  }

  query(filter: AuditQuery, limit: number): Omit<AuditPage, 'unwritten'> {
    const all = this.read()
    const matched = all.filter((e) => matches(e, filter)).reverse()
    return {
      entries: matched.slice(0, limit),
      matched: matched.length,
      total: all.length,
      operations: [...new Set(all.map((e) => e.operation))].sort(),
      file: this.file
    }
  }

  export(filter: AuditQuery, format: AuditExportFormat, now = new Date()): AuditExport {
    const entries = this.read().filter((e) => matches(e, filter))
    const stamp = now.toISOString().replace(/[:.]/g, '-').slice(0, 19)
    if (format === 'jsonl') {
      return {
        filename: `audit-${stamp}.jsonl`,
        content: entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length ? '\n' : ''),
        count: entries.length
      }
    }
    const rows = entries.map((e) => [
      e.time,
      e.result,
      e.operation,
      e.target ?? '',
      e.poolId ?? '',
      e.region,
      e.account ?? '',
      e.callerArn ?? '',
      e.profile,
      e.connectionName,
      e.error?.code ?? '',
      e.error?.message ?? '',
      e.durationMs ?? '',
      JSON.stringify(e.parameters)
    ])
    return {
      filename: `audit-${stamp}.csv`,
      content: toCsv(CSV_COLUMNS, rows),
      count: entries.length
    }
  }
}
