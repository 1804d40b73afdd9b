import { saveAs } from '../../files/private-files'
import { cloudFormationTemplate } from '../../cognito/cloudformation'
import { applySnapshot, planFor, snapshotFromDocument, takeSnapshot } from '../../cognito/snapshots'
import type { SnapshotSource } from '@shared/contract/snapshots'
import { diffSnapshots, sectionsNotTaken, type PoolSnapshot } from '@shared/pool-snapshot'
import type { AppContext } from '../../context'
import type { DomainHandlers } from '../router'

/** A snapshot from where the request says: a pool read now (in any saved connection), the history, a file. */
async function resolve(source: SnapshotSource, ctx: AppContext): Promise<PoolSnapshot> {
  if (source.kind === 'history') return ctx.snapshots.read(source.poolId, source.id)
  if (source.kind === 'document') return snapshotFromDocument(source.text)
  const { connection, clients } = source.connectionId
    ? ctx.connections.open(source.connectionId)
    : ctx.connections.active()
  return takeSnapshot(clients.idp, source.poolId, { region: connection.region })
}

const label = (snapshot: PoolSnapshot) => ({ ...snapshot.source, takenAt: snapshot.takenAt })

const fileName = (snapshot: PoolSnapshot, extension: string) =>
  `${snapshot.source.poolName || snapshot.source.poolId}-${snapshot.takenAt.slice(0, 10)}.${extension}`

export const snapshotsHandlers: DomainHandlers<'snapshots'> = {
  take: async ({ poolId }, ctx) => {
    const { connection, clients } = ctx.connections.active()
    const snapshot = await takeSnapshot(clients.idp, poolId, { region: connection.region, reason: 'manual' })
    return { entry: await ctx.snapshots.record(snapshot), snapshot }
  },
  history: async ({ poolId }, ctx) => ({ entries: await ctx.snapshots.list(poolId) }),
  save: async ({ source }, ctx) => {
    const snapshot = await resolve(source, ctx)
    return saveAs(ctx.saveFile, {
      defaultName: fileName(snapshot, 'json'),
      filters: [{ name: 'JSON', extensions: ['json'] }],
      content: JSON.stringify(snapshot, null, 2),
      count: 1
    })
  },
  diff: async ({ left, right }, ctx) => {
    const [a, b] = [await resolve(left, ctx), await resolve(right, ctx)]
    return {
      left: label(a),
      right: label(b),
      differences: diffSnapshots(a, b),
      notTaken: sectionsNotTaken(a, b)
    }
  },
  plan: async ({ source, target }, ctx) => {
    const desired = await resolve(source, ctx)
    const { connection, clients } = ctx.connections.active()
    const current =
      'poolId' in target
        ? await takeSnapshot(clients.idp, target.poolId, { region: connection.region })
        : null
    return { source: label(desired), ...planFor(desired, current) }
  },
  apply: async ({ source, target, fingerprint }, ctx) => {
    const desired = await resolve(source, ctx)
    const { connection, clients } = ctx.connections.active()
    return applySnapshot(clients.idp, { desired, target, fingerprint, region: connection.region }, (before) =>
      ctx.snapshots.record(before)
    )
  },
  template: async ({ source }, ctx) => ({ yaml: cloudFormationTemplate(await resolve(source, ctx)) }),
  saveTemplate: async ({ source }, ctx) => {
    const snapshot = await resolve(source, ctx)
    return saveAs(ctx.saveFile, {
      defaultName: fileName(snapshot, 'yaml'),
      filters: [{ name: 'CloudFormation template', extensions: ['yaml', 'yml'] }],
      content: cloudFormationTemplate(snapshot),
      count: 1
    })
  }
}
