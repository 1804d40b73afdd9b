import {
  createBranding,
  createDomain,
  deleteBranding,
  deleteDomain,
  describeBranding,
  describeDomain,
  describeUiCustomization,
  editBranding,
  pickBrandingAsset,
  setUiCustomization,
  updateDomain
} from '../../cognito/domains'
import type { DomainHandlers } from '../router'

export const domainsHandlers: DomainHandlers<'domains'> = {
  describe: (req, ctx) => describeDomain(ctx.connections.active().clients.idp, req.poolId),
  create: (req, ctx) => createDomain(ctx.connections.active().clients.idp, req),
  update: (req, ctx) => updateDomain(ctx.connections.active().clients.idp, req),
  delete: async (req, ctx) => {
    await deleteDomain(ctx.connections.active().clients.idp, req.poolId, req.domain)
    return { deleted: true }
  },
  describeBranding: async (req, ctx) => ({
    branding: await describeBranding(ctx.connections.active().clients.idp, req.poolId, req.clientId)
  }),
  createBranding: async (req, ctx) => ({
    branding: await createBranding(ctx.connections.active().clients.idp, req.poolId, req.clientId)
  }),
  pickBrandingAsset: (req, ctx) => pickBrandingAsset(ctx.openFile, ctx.importFiles, req.poolId, req.category),
  updateBranding: async (req, ctx) => ({
    branding: await editBranding(ctx.connections.active().clients.idp, ctx.importFiles, req)
  }),
  deleteBranding: async (req, ctx) => {
    await deleteBranding(ctx.connections.active().clients.idp, req.poolId, req.brandingId)
    return { deleted: true }
  },
  describeUiCustomization: async (req, ctx) => ({
    style: await describeUiCustomization(ctx.connections.active().clients.idp, req.poolId, req.clientId)
  }),
  setUiCustomization: async (req, ctx) => ({
    style: await setUiCustomization(ctx.connections.active().clients.idp, ctx.importFiles, req)
  })
}
