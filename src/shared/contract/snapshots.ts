import { z } from 'zod'
import { local, query, command } from './define'
import type { FileSaveResult } from './users'
import type { AppErrorShape } from '../errors'
import {
  SNAPSHOT_MAX_BYTES,
  type PlanStep,
  type PoolSnapshot,
  type ResourceDifference,
  type ResourceKind
} from '../pool-snapshot'
import { strict, text, userPoolIdSchema } from '../schemas'

/** A history entry's id: the time it was taken, safe as a file name. */
export const snapshotIdSchema = z
  .string()
  .regex(/^\d{8}T\d{9}Z(-\d+)?$/, 'A snapshot id looks like 20261127T101500123Z.')

/** Where a snapshot comes from: a pool read now (in any saved connection), the history, or a file's text. */
export const snapshotSourceSchema = z.discriminatedUnion('kind', [
  strict({
    kind: z.literal('live'),
    poolId: userPoolIdSchema,
    /** Another saved connection (another account or Region); the active one when absent. */
    connectionId: text(64).optional()
  }),
  strict({ kind: z.literal('history'), poolId: userPoolIdSchema, id: snapshotIdSchema }),
  strict({ kind: z.literal('document'), text: text(SNAPSHOT_MAX_BYTES, 2) })
])
export type SnapshotSource = z.infer<typeof snapshotSourceSchema>

const targetSchema = z.union([
  strict({ poolId: userPoolIdSchema }),
  strict({
    newPoolName: text(128, 1).regex(
      /^[\w\s+=,.@-]+$/,
      'A pool name is letters, digits, spaces and + = , . @ -.'
    )
  })
])

export interface SnapshotEntry {
  id: string
  takenAt: string
  poolName: string
  /** Why it was taken: "manual", or the channel of the change it preceded. */
  reason: string
}

/** What identifies a snapshot on screen. */
export type SnapshotLabel = PoolSnapshot['source'] & { takenAt: string }

export interface StepOutcome {
  step: PlanStep
  result: 'done' | 'failed' | 'notRun' | 'blocked'
  error?: AppErrorShape
}

export interface ApplyReport {
  /** The target pool (the new one's id when the plan created it). */
  poolId: string
  outcomes: StepOutcome[]
  /** Every runnable step was done. */
  complete: boolean
}

export const snapshotsContract = {
  /** Reads a pool's whole configuration now and keeps it in the pool's history. */
  take: query(strict({ poolId: userPoolIdSchema })).returns<{
    entry: SnapshotEntry
    snapshot: PoolSnapshot
  }>(),
  /** The snapshots kept for a pool, newest first (taken by hand and before each change). */
  history: query(strict({ poolId: userPoolIdSchema })).returns<{ entries: SnapshotEntry[] }>(),
  /** Saves a snapshot as a JSON file where the person chooses. */
  save: local(strict({ source: snapshotSourceSchema })).returns<FileSaveResult>(),
  /** Every difference between two snapshots, by resource and field. */
  diff: query(strict({ left: snapshotSourceSchema, right: snapshotSourceSchema })).returns<{
    left: SnapshotLabel
    right: SnapshotLabel
    differences: ResourceDifference[]
    /** Sections one of the two did not take (an older file, an endpoint without them): not compared. */
    notTaken: ResourceKind[]
  }>(),
  /** What applying a snapshot to a pool (or to a new pool) would do; nothing is sent. */
  plan: query(strict({ source: snapshotSourceSchema, target: targetSchema })).returns<{
    source: SnapshotLabel
    steps: PlanStep[]
    fingerprint: string
    /** Sections the snapshot or the target lacks: left as the target has them. */
    notTaken: ResourceKind[]
  }>(),
  /** Applies a plan the person confirmed (refused if the target changed since), stopping at a failure. */
  apply: command(
    strict({ source: snapshotSourceSchema, target: targetSchema, fingerprint: text(1_000_000) })
  ).returns<ApplyReport>(),
  /** The snapshot as a CloudFormation template (YAML), secrets as NoEcho parameters. */
  template: query(strict({ source: snapshotSourceSchema })).returns<{ yaml: string }>(),
  /** Saves that template where the person chooses. */
  saveTemplate: local(strict({ source: snapshotSourceSchema })).returns<FileSaveResult>()
}
