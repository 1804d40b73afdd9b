import { formatNumber } from '../../format'

/** A size problem's parameters as its message shows them: byte counts with digit grouping. */
export function sizeParams<P extends object>(p: P): Record<string, unknown> {
  return {
    ...p,
    ...('bytes' in p && typeof p.bytes === 'number' ? { bytes: formatNumber(p.bytes) } : {}),
    ...('max' in p && typeof p.max === 'number' ? { max: formatNumber(p.max) } : {})
  }
}
