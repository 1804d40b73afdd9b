import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { ExportProgress } from '@shared/contract/users'
import { createHarness, type Harness } from '../support/harness'
import { createUsersPool, seedUsers } from '../support/user-pools'

// A users export reports how far it got while it writes, can be stopped (its partial file removed), and
// takes "all matching" a query or a ticked selection as a query or names, never the users themselves.
const run = Date.now().toString(36)
const USERS = 40
let h: Harness
let poolId: string
let dir: string
const query = { conditions: [{ attribute: 'custom:tenant', operator: 'equals' as const, value: 'acme' }] }

beforeAll(async () => {
  h = await createHarness({ endpoint: inject('motoEndpoint') })
  dir = mkdtempSync(join(tmpdir(), 'export-progress-'))
  let files = 0
  h.ctx.saveFile = async ({ defaultName }) => join(dir, `${files++}-${defaultName}`)
  const idp = h.ctx.connections.active().clients.idp
  poolId = await createUsersPool(idp, `export-progress-${run}`)
  await seedUsers(
    idp,
    poolId,
    Array.from({ length: USERS }, (_, i) => ({
      username: `p${String(i).padStart(2, '0')}`,
      attributes: { email: `p${i}@example.com`, 'custom:tenant': i % 2 ? 'other' : 'acme' }
    }))
  )
  await h.ok('users', 'indexStart', { poolId, includeGroups: false })
  await h.waitForEvent('users:indexProgress', (s) => s.poolId === poolId && s.state === 'done')
}, 120_000)
afterAll(() => h?.dispose())

function progressOf(exportId: string): ExportProgress[] {
  return h.events
    .filter((e) => e.event === 'users:exportProgress')
    .map((e) => e.payload as ExportProgress)
    .filter((p) => p.exportId === exportId)
}

describe('a users export', () => {
  it('over all matching a query reports its progress and sends no user through the window', async () => {
    const exportId = crypto.randomUUID()
    const before = h.events.length
    const answer = await h.call('users', 'export', {
      poolId,
      exportId,
      source: { kind: 'index', query, except: ['p00', 'p02'] },
      format: 'jsonl'
    })
    expect(answer).toMatchObject({ ok: true, data: { saved: true, count: USERS / 2 - 2 } })
    expect(JSON.stringify(answer).length).toBeLessThan(300)

    const progress = progressOf(exportId)
    expect(progress.length).toBeGreaterThanOrEqual(1)
    expect(progress.at(-1)).toEqual({ exportId, written: USERS / 2 - 2, total: USERS / 2 - 2 })
    // What went to the window while it ran: progress counts only, no usernames, no rows.
    const sent = JSON.stringify(h.events.slice(before))
    expect(sent).not.toContain('p04')
    expect(sent).not.toContain('@example.com')

    const path = answer.ok ? (answer.data.path ?? '') : ''
    expect(path.endsWith('.jsonl')).toBe(true)
    expect(statSync(path).mode & 0o777).toBe(0o600)
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n')
    const names = lines.map((line) => (JSON.parse(line) as { username: string }).username)
    expect(names).toHaveLength(USERS / 2 - 2)
    expect(names).not.toContain('p00')
    expect(names).toContain('p04')
    expect(names.every((name) => Number(name.slice(1)) % 2 === 0)).toBe(true)
  })

  it('of ticked index users writes those users, by name, in JSON', async () => {
    const answer = await h.ok('users', 'export', {
      poolId,
      source: { kind: 'indexUsers', usernames: ['p05', 'p07', 'gone'] },
      format: 'json'
    })
    expect(answer).toMatchObject({ saved: true, count: 2 })
    const rows = JSON.parse(readFileSync(answer.path ?? '', 'utf8')) as { username: string }[]
    expect(rows.map((row) => row.username)).toEqual(['p05', 'p07'])
  })

  it('stopped while it writes says so and leaves nothing on disk', async () => {
    const exportId = crypto.randomUUID()
    const cancelDir = mkdtempSync(join(tmpdir(), 'export-cancel-'))
    const target = join(cancelDir, 'users.csv')
    h.ctx.saveFile = async () => target
    let partial = 0
    let cancel: Promise<unknown> = Promise.resolve()
    // The first progress event comes once the first window is on disk: the file is partly written.
    const off = h.hub.subscribe((event, payload) => {
      if (event !== 'users:exportProgress' || (payload as ExportProgress).exportId !== exportId) return
      off()
      partial = existsSync(target) ? statSync(target).size : 0
      cancel = h.ok('users', 'exportCancel', { exportId })
    })
    const answer = await h.ok('users', 'export', {
      poolId,
      exportId,
      source: { kind: 'index' },
      format: 'csv',
      layout: 'table'
    })
    expect(await cancel).toEqual({ cancelled: true })
    expect(partial).toBeGreaterThan(0)
    expect(answer).toMatchObject({ saved: false, cancelled: true })
    expect(answer.path).toBeUndefined()
    expect(readdirSync(cancelDir)).toEqual([])
    // Nothing runs under that id any more.
    expect(await h.ok('users', 'exportCancel', { exportId })).toEqual({ cancelled: false })
  })
})
