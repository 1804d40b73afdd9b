import { resetAuthenticator } from '../../cognito/authFactors'
import type { DomainHandlers } from '../router'

export const authFactorsHandlers: DomainHandlers<'authFactors'> = {
  resetAuthenticator: (req, ctx) => resetAuthenticator(ctx.connections.active().clients.idp, req)
}
