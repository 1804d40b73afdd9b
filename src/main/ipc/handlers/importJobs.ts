import {
  createImportJob,
  csvHeader,
  describeImportJob,
  listImportJobs,
  pickImportFile,
  startImportJob,
  stopImportJob
} from '../../cognito/importJobs'
import type { DomainHandlers } from '../router'

export const importJobsHandlers: DomainHandlers<'importJobs'> = {
  header: async (req, ctx) => ({ header: await csvHeader(ctx.connections.active().clients.idp, req.poolId) }),
  pickFile: (req, ctx) =>
    pickImportFile(ctx.connections.active().clients.idp, ctx.openFile, ctx.importFiles, req.poolId),
  create: (req, ctx) => createImportJob(ctx.connections.active().clients.idp, ctx.importFiles, req),
  start: (req, ctx) => startImportJob(ctx.connections.active().clients.idp, req),
  stop: (req, ctx) => stopImportJob(ctx.connections.active().clients.idp, req),
  describe: (req, ctx) => describeImportJob(ctx.connections.active().clients.idp, req),
  list: (req, ctx) => listImportJobs(ctx.connections.active().clients.idp, req.poolId)
}
