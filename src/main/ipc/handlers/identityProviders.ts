import {
  createIdentityProvider,
  deleteIdentityProvider,
  describeIdentityProvider,
  discoverOidc,
  findIdentityProviderByIdentifier,
  listIdentityProviders,
  saveSigningCertificate,
  setProviderOnClient,
  signingCertificate,
  updateIdentityProvider
} from '../../cognito/identityProviders'
import type { DomainHandlers } from '../router'

export const identityProvidersHandlers: DomainHandlers<'identityProviders'> = {
  list: async (req, ctx) => ({
    providers: await listIdentityProviders(ctx.connections.active().clients.idp, req.poolId)
  }),
  describe: (req, ctx) =>
    describeIdentityProvider(ctx.connections.active().clients.idp, req.poolId, req.name),
  findByIdentifier: (req, ctx) =>
    findIdentityProviderByIdentifier(ctx.connections.active().clients.idp, req.poolId, req.identifier),
  discover: (req) => discoverOidc(req.issuer),
  create: (req, ctx) => createIdentityProvider(ctx.connections.active().clients.idp, req),
  update: (req, ctx) => updateIdentityProvider(ctx.connections.active().clients.idp, req),
  delete: async (req, ctx) => {
    await deleteIdentityProvider(ctx.connections.active().clients.idp, req.poolId, req.name)
    return { deleted: true }
  },
  signingCertificate: (req, ctx) => signingCertificate(ctx.connections.active().clients.idp, req.poolId),
  saveSigningCertificate: (req, ctx) =>
    saveSigningCertificate(ctx.connections.active().clients.idp, ctx.saveFile, req.poolId),
  setOnClient: (req, ctx) => setProviderOnClient(ctx.connections.active().clients.idp, req)
}
