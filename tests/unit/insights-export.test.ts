import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { saveInsightsCsv, saveInsightsPng } from '../../src/main/cognito/insights'
import { createHarness } from '../support/harness'

/** A 1x1 transparent PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

function saveTo(name: string) {
  const path = join(mkdtempSync(join(tmpdir(), 'cac-insights-')), name)
  const asked: string[] = []
  return {
    path,
    asked,
    saveFile: async (request: { defaultName: string }) => {
      asked.push(request.defaultName)
      return path
    }
  }
}

describe('chart exports', () => {
  it('writes a chart table through the CSV writer, owner-only, formula cells escaped', async () => {
    const target = saveTo('statuses.csv')
    const result = await saveInsightsCsv(target.saveFile, {
      name: 'users-by-status',
      columns: ['Status', 'Users', 'Share'],
      rows: [
        ['CONFIRMED', 30, '75%'],
        ['=HYPERLINK("x")', 10, '25%']
      ]
    })
    expect(result).toEqual({ saved: true, path: target.path, count: 2 })
    expect(target.asked).toEqual(['users-by-status.csv'])
    expect(readFileSync(target.path, 'utf8')).toBe(
      'Status,Users,Share\r\nCONFIRMED,30,75%\r\n"\'=HYPERLINK(""x"")",10,25%'
    )
    expect(statSync(target.path).mode & 0o777).toBe(0o600)
  })

  it('writes a chart PNG byte for byte, and refuses bytes that are not a PNG', async () => {
    const target = saveTo('chart.png')
    await saveInsightsPng(target.saveFile, { name: 'signups', png: PNG })
    expect(readFileSync(target.path)).toEqual(Buffer.from(PNG, 'base64'))
    expect(statSync(target.path).mode & 0o777).toBe(0o600)
    const gif = Buffer.from('GIF89a-not-a-png').toString('base64')
    await expect(saveInsightsPng(target.saveFile, { name: 'x', png: gif })).rejects.toMatchObject({
      code: 'VALIDATION'
    })
  })

  it('refuses a file name with a folder in it before anything is asked', async () => {
    const h = await createHarness()
    try {
      const result = await h.call('insights', 'exportPng', { name: '../../etc/x', png: PNG })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.code).toBe('VALIDATION')
    } finally {
      h.dispose()
    }
  })
})
