import { attributeDistribution, poolInsights, saveInsightsCsv, saveInsightsPng } from '../../cognito/insights'
import type { AppContext } from '../../context'
import type { DomainHandlers } from '../router'

const poolIndex = (ctx: AppContext, poolId: string) =>
  ctx.indexes.for(ctx.connections.active().connection.id, poolId)

export const insightsHandlers: DomainHandlers<'insights'> = {
  summary: (req, ctx) =>
    poolInsights(ctx.connections.active().clients.idp, poolIndex(ctx, req.poolId), req.period),
  distribution: (req, ctx) => attributeDistribution(poolIndex(ctx, req.poolId), req.attribute),
  exportCsv: (req, ctx) => saveInsightsCsv(ctx.saveFile, req),
  exportPng: (req, ctx) => saveInsightsPng(ctx.saveFile, req)
}
