// eslint-disable-next-line local/layer-imports -- until saving moves into the one private file writer (issue 10)
import { writeFile } from 'node:fs/promises'
import { AppError } from '@shared/errors'
import type { DomainHandlers } from '../router'

export const auditHandlers: DomainHandlers<'audit'> = {
  list: async ({ limit, ...filter }, ctx) => {
    // Records still waiting for the caller's identity belong in the answer.
    await ctx.audit.flush()
    return { ...ctx.audit.log.query(filter, limit), unwritten: ctx.audit.unwritten }
  },
  export: async ({ format, ...filter }, ctx) => {
    if (!ctx.saveFile) throw new AppError('NOT_SUPPORTED', 'Saving files is not available here.')
    await ctx.audit.flush()
    const rendered = ctx.audit.log.export(filter, format)
    const path = await ctx.saveFile({
      defaultName: rendered.filename,
      filters: [{ name: format === 'csv' ? 'CSV' : 'JSON Lines', extensions: [format] }]
    })
    if (path === null) return { saved: false, count: rendered.count }
    await writeFile(path, rendered.content, { encoding: 'utf8', mode: 0o600 })
    return { saved: true, path, count: rendered.count }
  }
}
