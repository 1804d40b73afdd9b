import {
  issueDeveloperToken,
  lookupDeveloperIdentity,
  mergeDeveloperIdentities,
  unlinkDeveloperIdentity
} from '../../cognito/developerIdentities'
import type { DomainHandlers } from '../router'

export const developerIdentitiesHandlers: DomainHandlers<'developerIdentities'> = {
  lookup: (req, ctx) =>
    lookupDeveloperIdentity(
      ctx.connections.active().clients.identity,
      req.identityPoolId,
      'identityId' in req ? { identityId: req.identityId } : { userIdentifier: req.userIdentifier }
    ),
  issueToken: (req, ctx) =>
    issueDeveloperToken(ctx.connections.active().clients.identity, req.identityPoolId, req.userIdentifier),
  merge: (req, ctx) =>
    mergeDeveloperIdentities(
      ctx.connections.active().clients.identity,
      req.identityPoolId,
      req.sourceUserIdentifier,
      req.destinationUserIdentifier
    ),
  unlink: (req, ctx) =>
    unlinkDeveloperIdentity(
      ctx.connections.active().clients.identity,
      req.identityPoolId,
      req.identityId,
      req.userIdentifier
    )
}
