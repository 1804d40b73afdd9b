import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  appendPrivateFileSync,
  ensurePrivateDir,
  saveAs,
  writePrivateFile,
  writePrivateFileSync
} from '../../src/main/files/private-files'
import { createHarness, type Harness } from '../support/harness'

const modeOf = (path: string) => statSync(path).mode & 0o777
const fresh = () => mkdtempSync(join(tmpdir(), 'cac-files-'))

describe('files the app writes', () => {
  it('creates folders 0700 and narrows a wider one', () => {
    const base = fresh()
    const dir = join(base, 'a', 'b')
    ensurePrivateDir(dir)
    expect(modeOf(dir)).toBe(0o700)
    chmodSync(dir, 0o755)
    ensurePrivateDir(dir)
    expect(modeOf(dir)).toBe(0o700)
  })

  it('writes files 0600, including over an older 0644 file', async () => {
    const dir = fresh()
    const file = join(dir, 'old.csv')
    writeFileSync(file, 'old', { mode: 0o644 })
    await writePrivateFile(file, 'new')
    expect([modeOf(file), readFileSync(file, 'utf8')]).toEqual([0o600, 'new'])
    const other = join(dir, 'sync.json')
    writeFileSync(other, 'old', { mode: 0o644 })
    writePrivateFileSync(other, '{}')
    expect([modeOf(other), readFileSync(other, 'utf8')]).toEqual([0o600, '{}'])
  })

  it('appends to a log 0600 in a 0700 folder', () => {
    const file = join(fresh(), 'logs', 'audit.jsonl')
    appendPrivateFileSync(file, 'a\n')
    appendPrivateFileSync(file, 'b\n')
    expect([modeOf(file), modeOf(join(file, '..')), readFileSync(file, 'utf8')]).toEqual([
      0o600,
      0o700,
      'a\nb\n'
    ])
  })

  it('saves where the person chose, 0600, or reports the cancel', async () => {
    const file = join(fresh(), 'export.csv')
    const request = { defaultName: 'export.csv', filters: [], content: 'x', count: 1 }
    expect(await saveAs(async () => file, request)).toEqual({ saved: true, path: file, count: 1 })
    expect(modeOf(file)).toBe(0o600)
    expect(await saveAs(async () => null, request)).toEqual({ saved: false, count: 1 })
    await expect(saveAs(undefined, request)).rejects.toMatchObject({ code: 'NOT_SUPPORTED' })
  })

  it('writes streamed chunks 0600 as they come, and removes the partial file when one fails to come', async () => {
    const dir = fresh()
    const whole = join(dir, 'streamed.json')
    async function* chunks(failAfter?: number): AsyncGenerator<string> {
      for (let i = 0; i < 3; i += 1) {
        if (i === failAfter) throw new Error('the index was closed')
        yield `part${i};`
      }
    }
    await writePrivateFile(whole, chunks())
    expect([modeOf(whole), readFileSync(whole, 'utf8')]).toEqual([0o600, 'part0;part1;part2;'])
    const partial = join(dir, 'partial.json')
    await expect(writePrivateFile(partial, chunks(2))).rejects.toThrow('the index was closed')
    expect(existsSync(partial)).toBe(false)
  })

  describe('the app data folder', () => {
    let h: Harness | undefined
    afterEach(() => h?.dispose())

    it('keeps settings.json 0600 in a 0700 folder', async () => {
      h = await createHarness()
      await h.ok('settings', 'update', { theme: 'dark' })
      expect(modeOf(h.ctx.store.path)).toBe(0o600)
      expect(modeOf(h.dataDir)).toBe(0o700)
    })
  })
})
