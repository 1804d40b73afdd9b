import { getRiskConfiguration, setRiskConfiguration, setSecurityMode } from '../../cognito/threatProtection'
import type { DomainHandlers } from '../router'

export const threatProtectionHandlers: DomainHandlers<'threatProtection'> = {
  get: (req, ctx) => getRiskConfiguration(ctx.connections.active().clients.idp, req.poolId, req.clientId),
  set: (req, ctx) => setRiskConfiguration(ctx.connections.active().clients.idp, req),
  setMode: (req, ctx) => setSecurityMode(ctx.connections.active().clients.idp, req.poolId, req.mode)
}
