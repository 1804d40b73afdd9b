import { AppError } from '@shared/errors'
import type { AppContext } from '../../context'
import { saveAs } from '../../files/private-files'
import type { JobConnection } from '../../jobs/jobs'
import { backupText } from '../../cognito/users-export'
import type { DomainHandlers } from '../router'

function jobConnection(ctx: AppContext): JobConnection {
  const { connection, clients } = ctx.connections.active()
  return {
    id: connection.id,
    idp: clients.idp,
    idpRetry: clients.idpRetry,
    index: (poolId) => ctx.indexes.loaded(connection.id, poolId)
  }
}

/** The import's check, row by row, reported to the window as it goes. */
const importProgress =
  (ctx: AppContext, poolId: string) => (progress: { checked: number; total: number; rows: number }) =>
    ctx.events.emit('jobs:importProgress', { poolId, ...progress })

export const jobsHandlers: DomainHandlers<'jobs'> = {
  plan: async (req, ctx) => {
    const conn = jobConnection(ctx)
    if ('query' in req.target) {
      const usernames = await ctx.indexes
        .require(conn.id, req.poolId)
        .usernames(req.target.query, req.target.except)
      if (usernames.length === 0) throw new AppError('PRECONDITION', 'No user matches that search.')
      return ctx.jobs.plan(conn, req.poolId, req.action, usernames)
    }
    return ctx.jobs.plan(conn, req.poolId, req.action, req.target.usernames)
  },
  planImport: (req, ctx) =>
    ctx.jobs.planImport(
      jobConnection(ctx),
      req.poolId,
      req.csv,
      req.sendInvitation,
      importProgress(ctx, req.poolId)
    ),
  planCopyUsers: async (req, ctx) => {
    const conn = jobConnection(ctx)
    const csv = await backupText(conn.idp, req.sourcePoolId)
    return ctx.jobs.planImport(conn, req.poolId, csv, req.sendInvitation, importProgress(ctx, req.poolId))
  },
  planItems: (req, ctx) => ctx.jobs.planItems(req.planId, req.offset, req.limit),
  start: (req, ctx) => ctx.jobs.start(req.planId, jobConnection(ctx)),
  pause: (req, ctx) => ctx.jobs.pause(req.jobId),
  resume: (req, ctx) => ctx.jobs.resume(req.jobId),
  cancel: (req, ctx) => ctx.jobs.cancel(req.jobId),
  rerun: (req, ctx) => ctx.jobs.rerun(req.jobId, jobConnection(ctx)),
  get: (req, ctx) => ctx.jobs.get(req.jobId),
  items: (req, ctx) => ctx.jobs.items(req.jobId, req.outcome, req.offset, req.limit),
  list: (_req, ctx) => ctx.jobs.list(),
  saveReport: (req, ctx) => {
    const report = ctx.jobs.reportFile(req.jobId, req.format)
    return saveAs(ctx.saveFile, {
      defaultName: `job-report-${req.jobId.slice(0, 8)}.${req.format}`,
      filters: [{ name: req.format.toUpperCase(), extensions: [req.format] }],
      content: report.chunks,
      count: report.count
    })
  }
}
