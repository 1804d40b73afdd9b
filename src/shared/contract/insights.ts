import { z } from 'zod'
import { local, query } from './define'
import { columnSchema, type FileSaveResult, type IndexStatus } from './users'
import { INSIGHT_PERIODS, type AttributeDistribution, type PoolSummary } from '../insights'
import { strict, text, userPoolIdSchema } from '../schemas'

/** The Insights tab of a pool: its charts, computed where the pool index is. */
export interface PoolInsights extends PoolSummary {
  poolId: string
  /** The index the charts were computed from (when it was complete, or how far a load has got). */
  status: IndexStatus
  /** The pool's MFA setting: the index holds no per-user MFA state (ListUsers does not return it). */
  mfaConfiguration: 'OFF' | 'ON' | 'OPTIONAL'
  /** When the counts were taken (ISO 8601); invitation ages count back from it. */
  computedAt: string
  /** Attribute names seen in the index, for the distribution's picker. */
  attributeNames: string[]
  tookMs: number
}

export interface InsightsDistribution extends AttributeDistribution {
  status: IndexStatus
  tookMs: number
}

/** A file name without folders; the save dialog starts with it. */
const fileName = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[\w.\- ]+$/, 'A file name has letters, digits, spaces, dots, dashes and underscores only.')

/** A chart as PNG, base64 (a 1,600 px wide chart is well under a megabyte). */
const pngBase64 = z
  .string()
  .max(16_000_000)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'The image is not base64 text.')

export const insightsContract = {
  /** Every chart but the attribute distribution, over the pool's index. */
  summary: query(
    strict({ poolId: userPoolIdSchema, period: z.enum(INSIGHT_PERIODS) })
  ).returns<PoolInsights>(),
  /** The most common values of one column or attribute (`custom:tenant`, `locale`...). */
  distribution: query(
    strict({ poolId: userPoolIdSchema, attribute: columnSchema })
  ).returns<InsightsDistribution>(),
  /** A chart's data table as CSV, through the app's CSV writer, to a file the person picks. */
  exportCsv: local(
    strict({
      name: fileName,
      columns: z.array(text(200)).min(1).max(10),
      rows: z.array(z.array(z.union([text(2048), z.number()])).max(10)).max(5000)
    })
  ).returns<FileSaveResult>(),
  /** A chart as a PNG image, to a file the person picks. */
  exportPng: local(strict({ name: fileName, png: pngBase64 })).returns<FileSaveResult>()
}
