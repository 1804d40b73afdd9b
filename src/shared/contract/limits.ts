import { z } from 'zod'
import { local, query } from './define'
import { empty, strict } from '../schemas'
import { MAX_QUOTA, MIN_QUOTA, QUOTA_CATEGORIES, type QuotaCategory, type QuotaSource } from '../quotas'

/** Rates the person set in Settings, per quota category; categories left out use AWS's default. */
export const quotaOverridesSchema = z.partialRecord(
  z.enum(QUOTA_CATEGORIES),
  z
    .number()
    .min(MIN_QUOTA, `A rate is at least ${MIN_QUOTA} requests per second.`)
    .max(MAX_QUOTA, `A rate is at most ${MAX_QUOTA} requests per second.`)
)

export type QuotaOverrides = z.infer<typeof quotaOverridesSchema>

/** The active connection's provisioned limits, as GetProvisionedLimit answered them. */
export type AccountQuotas =
  | {
      state: 'read'
      /** Requests per second Cognito enforces for this account, per category it answered for. */
      values: Partial<Record<QuotaCategory, number>>
      /** Categories it did not answer for: their documented default stays. */
      notOffered: QuotaCategory[]
      readAt: string
    }
  /** The call was refused or is absent (an emulator, no cognito-idp:GetProvisionedLimit): the reason. */
  | { state: 'unavailable'; reason: string }
  | { state: 'noConnection' }

export interface QuotaSettings {
  /** AWS's documented defaults. */
  defaults: Record<QuotaCategory, number>
  overrides: QuotaOverrides
  account: AccountQuotas
  /** The rate the limiter uses per category, and where it came from. */
  inForce: Record<QuotaCategory, { value: number; source: QuotaSource }>
}

export const limitsContract = {
  /** The rates in force; reads the active connection's provisioned limits the first time. */
  quotas: query(empty).returns<QuotaSettings>(),
  /** Reads the active connection's provisioned limits again (after AWS raised one). */
  readAccount: query(empty).returns<QuotaSettings>(),
  setQuotas: local(strict({ overrides: quotaOverridesSchema })).returns<QuotaSettings>()
}
