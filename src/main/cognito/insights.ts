import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider'
import type { InsightsDistribution, PoolInsights } from '@shared/contract/insights'
import type { FileSaveResult } from '@shared/contract/users'
import { AppError } from '@shared/errors'
import type { InsightPeriod } from '@shared/insights'
import type { SaveFileDialog } from '../context'
import { toCsv } from '../files/csv'
import { saveAs } from '../files/private-files'
import { describeUserSchema } from './user-schema'
import type { PoolIndex } from './users-index'

/** Insights read a loaded index (or one loading: its charts grow as it loads); a pool never indexed has none. */
function indexed(index: PoolIndex): PoolIndex {
  if (index.status.state === 'idle') {
    throw new AppError('PRECONDITION', 'This pool has not been indexed yet.', {
      hint: 'Load the pool index (Users → Pool index), then open Insights again.'
    })
  }
  return index
}

const since = (t0: number) => Math.round((performance.now() - t0) * 10) / 10

/** The pool's charts: the index gives the users, DescribeUserPool the temporary-password validity. */
export async function poolInsights(
  idp: CognitoIdentityProviderClient,
  index: PoolIndex,
  period: InsightPeriod,
  now = Date.now()
): Promise<PoolInsights> {
  indexed(index)
  const schema = await describeUserSchema(idp, index.status.poolId)
  const t0 = performance.now()
  // Computed in the index thread, over every indexed user.
  const summary = await index.aggregate(
    'insightsSummary',
    {},
    { period, validityDays: schema.passwordPolicy.temporaryPasswordValidityDays, now }
  )
  return {
    ...summary,
    poolId: index.status.poolId,
    status: index.snapshot(),
    mfaConfiguration: schema.mfaConfiguration,
    computedAt: new Date(now).toISOString(),
    attributeNames: await index.attributeNames(),
    tookMs: since(t0)
  }
}

export async function attributeDistribution(
  index: PoolIndex,
  attribute: string
): Promise<InsightsDistribution> {
  const t0 = performance.now()
  const result = await indexed(index).aggregate('insightsDistribution', {}, { attribute })
  return { ...result, status: index.snapshot(), tookMs: since(t0) }
}

export function saveInsightsCsv(
  saveFile: SaveFileDialog | undefined,
  request: { name: string; columns: string[]; rows: (string | number)[][] }
): Promise<FileSaveResult> {
  return saveAs(saveFile, {
    defaultName: `${request.name}.csv`,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    content: toCsv(request.columns, request.rows),
    count: request.rows.length
  })
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

export async function saveInsightsPng(
  saveFile: SaveFileDialog | undefined,
  request: { name: string; png: string }
): Promise<FileSaveResult> {
  const bytes = Buffer.from(request.png, 'base64')
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) {
    throw new AppError('VALIDATION', 'The chart image is not a PNG.', {
      hint: 'Export the chart again; if it keeps failing, export its data as CSV instead.'
    })
  }
  return saveAs(saveFile, {
    defaultName: `${request.name}.png`,
    filters: [{ name: 'PNG', extensions: ['png'] }],
    content: bytes,
    count: 1
  })
}
