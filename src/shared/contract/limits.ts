import { z } from 'zod'
import { local, query } from './define'
import { empty, strict } from '../schemas'
import { MAX_QUOTA, MIN_QUOTA, QUOTA_CATEGORIES, type QuotaCategory } from '../quotas'

/** Rates the person set in Settings, per quota category; categories left out use AWS's default. */
export const quotaOverridesSchema = z.partialRecord(
  z.enum(QUOTA_CATEGORIES),
  z
    .number()
    .min(MIN_QUOTA, `A rate is at least ${MIN_QUOTA} requests per second.`)
    .max(MAX_QUOTA, `A rate is at most ${MAX_QUOTA} requests per second.`)
)

export type QuotaOverrides = z.infer<typeof quotaOverridesSchema>

export interface QuotaSettings {
  defaults: Record<QuotaCategory, number>
  overrides: QuotaOverrides
}

export const limitsContract = {
  quotas: query(empty).returns<QuotaSettings>(),
  setQuotas: local(strict({ overrides: quotaOverridesSchema })).returns<QuotaSettings>()
}
