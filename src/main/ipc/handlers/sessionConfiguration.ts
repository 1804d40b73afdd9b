import {
  getClientSessionConfiguration,
  getPoolSessionConfiguration,
  setClientSessionConfiguration,
  setPoolSessionConfiguration
} from '../../cognito/sessionConfiguration'
import type { DomainHandlers } from '../router'

export const sessionConfigurationHandlers: DomainHandlers<'sessionConfiguration'> = {
  getPool: (req, ctx) => getPoolSessionConfiguration(ctx.connections.active().clients.idp, req.poolId),
  setPool: (req, ctx) => setPoolSessionConfiguration(ctx.connections.active().clients.idp, req),
  getClient: (req, ctx) => getClientSessionConfiguration(ctx.connections.active().clients.idp, req),
  setClient: (req, ctx) => setClientSessionConfiguration(ctx.connections.active().clients.idp, req)
}
