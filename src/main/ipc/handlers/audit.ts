import { saveAs } from '../../files/private-files'
import type { DomainHandlers } from '../router'

export const auditHandlers: DomainHandlers<'audit'> = {
  list: async ({ limit, ...filter }, ctx) => {
    // Records still waiting for the caller's identity belong in the answer.
    await ctx.audit.flush()
    return { ...ctx.audit.log.query(filter, limit), unwritten: ctx.audit.unwritten }
  },
  export: async ({ format, ...filter }, ctx) => {
    await ctx.audit.flush()
    const rendered = ctx.audit.log.export(filter, format)
    return saveAs(ctx.saveFile, {
      defaultName: rendered.filename,
      filters: [{ name: format === 'csv' ? 'CSV' : 'JSON Lines', extensions: [format] }],
      content: rendered.content,
      count: rendered.count
    })
  }
}
