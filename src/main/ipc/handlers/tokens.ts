import { oidcProvidersOf } from '../../cognito/identityProviders'
import { inspectToken } from '../../cognito/tokens'
import type { DomainHandlers } from '../router'

export const tokensHandlers: DomainHandlers<'tokens'> = {
  inspect: (req, ctx) => {
    const poolId = req.expectedPoolId
    return inspectToken(req.token, ctx.jwks, {
      expectedPoolId: poolId,
      expectedClientId: req.expectedClientId,
      expectedTokenUse: req.expectedTokenUse,
      expectedScopes: req.expectedScopes,
      expectedGroups: req.expectedGroups,
      endpoint: ctx.connections.activeConnection()?.endpoint,
      oidcProviders: poolId ? () => oidcProvidersOf(ctx.connections.active().clients.idp, poolId) : undefined
    })
  }
}
