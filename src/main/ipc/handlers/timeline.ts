import { userTimeline } from '../../cognito/timeline'
import type { DomainHandlers } from '../router'

export const timelineHandlers: DomainHandlers<'timeline'> = {
  user: async (req, ctx) => {
    // Records still waiting for the caller's identity belong in the answer.
    await ctx.audit.flush()
    const audit = ctx.audit.log.query({ result: 'all', poolId: req.poolId }, 10_000).entries
    const jobs = ctx.jobs
      .list()
      .filter((j) => j.poolId === req.poolId)
      .map((j) => ctx.jobs.report(j.jobId))
    return userTimeline(ctx.connections.active().clients.idp, req, { audit, jobs })
  }
}
