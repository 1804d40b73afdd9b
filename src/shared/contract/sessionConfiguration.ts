import { command, query } from './define'
import { clientIdSchema, strict, userPoolIdSchema } from '../schemas'
import {
  clientSessionSettingsSchema,
  poolSessionSettingsSchema,
  type ClientSessionSettings,
  type PoolSessionSettings
} from '../session-configuration-rules'

export interface PoolSessionConfiguration {
  poolId: string
  settings: PoolSessionSettings
}

export interface ClientSessionConfiguration {
  poolId: string
  clientId: string
  settings: ClientSessionSettings
}

const pool = { poolId: userPoolIdSchema }
const client = { poolId: userPoolIdSchema, clientId: clientIdSchema }

export const sessionConfigurationContract = {
  /** GetUserPoolSessionConfiguration: whether sessions are tracked, and how many a user may have. */
  getPool: query(strict(pool)).returns<PoolSessionConfiguration>(),
  /** SetUserPoolSessionConfiguration: both settings, pool-wide. */
  setPool: command(
    strict({ ...pool, settings: poolSessionSettingsSchema })
  ).returns<PoolSessionConfiguration>(),
  /** GetUserPoolClientSessionConfiguration: how long the client silently reuses an SSO session. */
  getClient: query(strict(client)).returns<ClientSessionConfiguration>(),
  /** SetUserPoolClientSessionConfiguration: one app client's SSO session reuse. */
  setClient: command(
    strict({ ...client, settings: clientSessionSettingsSchema })
  ).returns<ClientSessionConfiguration>()
}
