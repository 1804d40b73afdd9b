import { inspectToken } from '../../cognito/tokens'
import type { DomainHandlers } from '../router'

export const tokensHandlers: DomainHandlers<'tokens'> = {
  inspect: (req, ctx) =>
    inspectToken(req.token, ctx.jwks, {
      expectedPoolId: req.expectedPoolId,
      expectedClientId: req.expectedClientId,
      expectedTokenUse: req.expectedTokenUse,
      expectedScopes: req.expectedScopes,
      expectedGroups: req.expectedGroups,
      endpoint: ctx.connections.activeConnection()?.endpoint
    })
}
