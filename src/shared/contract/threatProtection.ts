import { z } from 'zod'
import { command, query } from './define'
import { clientIdSchema, strict, userPoolIdSchema } from '../schemas'
import { riskSettingsSchema, SECURITY_MODES, type RiskSettings } from '../threat-protection-rules'

export interface RiskConfiguration {
  poolId: string
  /** The app client asked for; absent for the pool-wide settings. */
  clientId?: string
  /**
   * Whose settings these are: the client's own override, or the pool's (a client without an override
   * follows the pool).
   */
  appliesTo: 'pool' | 'client'
  settings: RiskSettings
  lastModified?: string
}

const scope = { poolId: userPoolIdSchema, clientId: clientIdSchema.optional() }

export const threatProtectionContract = {
  /** DescribeRiskConfiguration, pool-wide or for one app client. */
  get: query(strict(scope)).returns<RiskConfiguration>(),
  /** SetRiskConfiguration: the whole configuration, pool-wide or as one app client's override. */
  set: command(strict({ ...scope, settings: riskSettingsSchema })).returns<RiskConfiguration>(),
  /** UpdateUserPool's UserPoolAddOns.AdvancedSecurityMode, every other field of the pool kept. */
  setMode: command(strict({ poolId: userPoolIdSchema, mode: z.enum(SECURITY_MODES) })).returns<{
    poolId: string
    mode: string
  }>()
}
